/**
 * Closes the backend before the process ends, so the database is closed cleanly and the data-folder lock is
 * released. The app object is passed in so the ordering is testable in plain Node.
 */
import type { Logger } from '../logger';

export interface QuittableApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/** Holds the first will-quit until `close` settles, then quits again; later will-quits pass straight through. */
export function closeBeforeQuit(app: QuittableApp, close: () => Promise<void>, logger: Logger): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    const finish = async (): Promise<void> => {
      try {
        await close();
      } catch (error) {
        logger.error('backend did not close cleanly', { error: String(error) });
      }
      state = 'closed';
      app.quit();
    };
    void finish();
  });
}
