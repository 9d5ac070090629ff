import { describe, expect, it } from 'vitest';
import { closeBeforeQuit, type QuittableApp } from '../../electron/app/shutdown';
import { silentLogger } from '../../electron/logger';

/** A stand-in for Electron's app: will-quit listeners, and a quit() that fires them like Electron does. */
class FakeApp implements QuittableApp {
  private listener: ((event: { preventDefault(): void }) => void) | null = null;
  quits = 0;
  exited = false;

  on(_event: 'will-quit', listener: (event: { preventDefault(): void }) => void): this {
    this.listener = listener;
    return this;
  }

  quit(): void {
    this.quits++;
    let prevented = false;
    this.listener?.({ preventDefault: () => void (prevented = true) });
    if (!prevented) this.exited = true;
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('closing the backend on quit', () => {
  it('holds the quit until the backend has closed, then quits', async () => {
    const app = new FakeApp();
    const steps: string[] = [];
    let release: () => void = () => undefined;
    closeBeforeQuit(
      app,
      () => new Promise<void>((resolve) => (release = () => (steps.push('closed'), resolve()))),
      silentLogger,
    );

    app.quit();
    app.quit(); // a second quit while closing neither closes twice nor slips through
    expect(app.exited).toBe(false);
    release();
    await tick();
    expect(steps).toEqual(['closed']);
    expect(app.exited).toBe(true);
  });

  it('still quits when closing fails', async () => {
    const app = new FakeApp();
    closeBeforeQuit(app, () => Promise.reject(new Error('busy')), silentLogger);
    app.quit();
    await tick();
    expect(app.exited).toBe(true);
  });
});
