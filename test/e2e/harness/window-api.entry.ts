/**
 * Runs in the page before the app: builds `window.allmenn` with the same contract code as the Electron preload,
 * with Playwright's exposed binding standing in for ipcRenderer.invoke and a page function for events.
 */
import { createAllmennApi, type EventMessage, type InvokeRequest } from '../../../shared/api/client';
import type { Result } from '../../../shared/api/result';

interface HarnessWindow {
  __allmennInvoke(request: InvokeRequest): Promise<Result<unknown>>;
  __allmennDeliver?: (message: EventMessage) => void;
  allmenn?: unknown;
}

const w = window as unknown as HarnessWindow;
w.allmenn = createAllmennApi({
  invoke: (request) => w.__allmennInvoke(request),
  listen: (listener) => {
    w.__allmennDeliver = listener;
  },
});
