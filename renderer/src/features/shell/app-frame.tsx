import type { MouseEvent } from 'react';
import { useLocation } from 'react-router';
import type { SessionInfo } from '../../../../shared/api/views';
import { may } from '../../../../shared/schemas/roles';
import { useLogout } from '../../api/use-auth';
import { ErrorBoundary } from '../../ui/error-boundary';
import { useSessionControl } from '../auth/session-control';
import { MyDraftsNotice } from '../journal/drafts/my-drafts.notice';
import { JournalShortcuts } from '../journal/journal-shortcuts';
import { NewNoteProvider } from '../journal/new-note/new-note-context';
import { PatientContextProvider } from '../patients/patient-context';
import { AppRoutes } from './app-routes';
import { MainNav } from './main-nav';
import { PatientContextBar } from './patient-context-bar';
import { roomsFor } from './rooms';
import { ShellShortcuts } from './shell-shortcuts';
import { TopBar } from './top-bar';

/**
 * The logged-in frame: top bar, patient context (with CAVE), the rooms menu and the room itself. For doctors, the
 * journal's keys (Alt+J, Alt+N) and their unsigned drafts, offered back after login.
 */
export function AppFrame({ session }: { session: SessionInfo }) {
  const location = useLocation();
  const logout = useLogout();
  const { end } = useSessionControl();
  const rooms = roomsFor(session.user.role);
  const clinical = may(session.user.role, 'patientClinical');

  const onLogout = () => {
    if (logout.isPending) return;
    // Whatever main answers, this window stops showing the session: a shared PC must not stay open.
    logout.mutate(undefined, { onSettled: () => end('logout') });
  };

  return (
    <PatientContextProvider>
      <NewNoteProvider>
        <div className="app-frame">
          <a href="#main" className="skip-link" onClick={skipToMain}>
            Hopp til innholdet
          </a>
          <TopBar session={session} onLogout={onLogout} loggingOut={logout.isPending} />
          <PatientContextBar />
          <div className="app-frame__body">
            <MainNav rooms={rooms} />
            <main id="main" className="app-frame__main" tabIndex={-1}>
              {clinical && <MyDraftsNotice />}
              <ErrorBoundary resetKey={location.pathname}>
                <AppRoutes role={session.user.role} />
              </ErrorBoundary>
            </main>
          </div>
          <ShellShortcuts rooms={rooms} role={session.user.role} onLogout={onLogout} />
          <JournalShortcuts enabled={clinical} />
        </div>
      </NewNoteProvider>
    </PatientContextProvider>
  );
}

/** The app routes on the URL hash, so the skip link moves focus itself instead of changing the hash. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
