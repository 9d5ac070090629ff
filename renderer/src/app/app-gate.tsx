import { errorMessage } from '../api/api-call-error';
import { useSession } from '../api/use-auth';
import { useSetupStatus } from '../api/use-setup';
import { LoginScreen } from '../features/auth/login.screen';
import { useSessionControl } from '../features/auth/session-control';
import { SetupScreen } from '../features/setup/setup.screen';
import { AppFrame } from '../features/shell/app-frame';
import { StartupError, StartupScreen } from './startup.screen';

/** Which screen the window shows: first-start setup, login, or the app, decided by asking main. */
export function AppGate() {
  const status = useSetupStatus();
  const configured = status.data?.configured === true;
  const session = useSession(configured);
  const { notice } = useSessionControl();

  if (status.isPending) return <StartupScreen />;
  if (status.isError)
    return <StartupError message={errorMessage(status.error)} onRetry={() => void status.refetch()} />;
  if (!configured) return <SetupScreen />;
  if (session.isPending) return <StartupScreen />;
  if (session.isError) {
    return <StartupError message={errorMessage(session.error)} onRetry={() => void session.refetch()} />;
  }
  if (!session.data) return <LoginScreen notice={notice} />;
  return <AppFrame session={session.data} />;
}
