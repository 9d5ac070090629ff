import { startBackend, type Backend, type BackendOptions } from '../../electron/backend';
import type { SenderInfo } from '../../electron/ipc/router';
import type { CallName, CallInput, CallOutput } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

export const TRUSTED_URL = 'app://allmenn/index.html';

export const demoSetup = {
  clinic: { name: 'Fjordbyen legesenter', organisationNumber: '974760673', herId: '81234' },
  admin: { username: 'admin', displayName: 'Ada Administrator', password: 'riktig-hest-batteri' },
};

export async function testBackend(
  dataDir: string,
  clock?: () => Date,
  delivery?: BackendOptions['delivery'],
): Promise<Backend> {
  return startBackend({
    dataDir,
    isTrustedUrl: (url) => url.startsWith('app://allmenn/'),
    workstation: 'test-pc',
    ...(clock ? { clock } : {}),
    ...(delivery ? { delivery } : {}),
  });
}

/** Calls through the real router, as a window would. */
export function caller(backend: Backend, sender: Partial<SenderInfo> = {}) {
  const from: SenderInfo = { id: 1, url: TRUSTED_URL, isTopFrame: true, ...sender };
  return <N extends CallName>(call: N, input: CallInput<N>) =>
    backend.router(from, { call, input }) as Promise<Result<CallOutput<N>>>;
}
