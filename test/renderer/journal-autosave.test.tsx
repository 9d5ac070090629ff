import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveScheduler, type AutosaveStatus } from '../../renderer/src/features/journal/editor/autosave-scheduler';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A scheduler whose saves record what had been typed when each save started, and take `roundTripMs` to answer. */
function rig(options: { roundTripMs?: number; fail?: (attempt: number) => Error | null } = {}) {
  let typed = 0;
  let attempt = 0;
  const starts: { at: number; typed: number }[] = [];
  const statuses: AutosaveStatus[] = [];
  const scheduler = new AutosaveScheduler({
    onStatus: (s) => statuses.push(s),
    describeError: (e) => (e instanceof Error ? e.message : 'feil'),
    isPermanent: (e) => e instanceof Error && e.message === 'avvist',
    savedAt: null,
  });
  scheduler.setSave(() => {
    starts.push({ at: Date.now(), typed });
    const failure = options.fail?.(attempt++) ?? null;
    return new Promise((resolve, reject) =>
      setTimeout(() => (failure ? reject(failure) : resolve(new Date().toISOString())), options.roundTripMs ?? 20),
    );
  });
  const type = () => {
    typed++;
    scheduler.touch();
  };
  return { scheduler, starts, statuses, type, typed: () => typed };
}

describe('autosave timing', () => {
  it('saves at least every 1.5 s during continuous typing, so no keystroke waits 2 s, and 1 s after the last one', async () => {
    const { starts, type, typed } = rig();
    const t0 = Date.now();
    for (let i = 0; i < 60; i++) {
      type();
      await vi.advanceTimersByTimeAsync(100);
    }
    const stoppedAt = Date.now();
    await vi.advanceTimersByTimeAsync(2000);

    expect(starts[0]!.at - t0).toBeLessThanOrEqual(1500);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!.at - starts[i - 1]!.at).toBeLessThanOrEqual(1500);
    const last = starts.at(-1)!;
    expect(last.typed).toBe(typed());
    expect(last.at - stoppedAt).toBeLessThanOrEqual(1000);
    // Not a save per keystroke either.
    expect(starts.length).toBeLessThan(10);
  });

  it('saves once, a second after a single keystroke', async () => {
    const { starts, type } = rig();
    const t0 = Date.now();
    type();
    await vi.advanceTimersByTimeAsync(5000);
    expect(starts.map((s) => s.at - t0)).toEqual([1000]);
  });

  it('shows a failed save and retries it by itself; the next success clears the error', async () => {
    const { starts, statuses, type } = rig({ fail: (n) => (n < 2 ? new Error('Kontakten ble brutt.') : null) });
    type();
    await vi.advanceTimersByTimeAsync(1100);
    expect(statuses.at(-1)).toMatchObject({ error: 'Kontakten ble brutt.', willRetry: true, dirty: true });
    await vi.advanceTimersByTimeAsync(3000);
    expect(starts).toHaveLength(3);
    expect(statuses.at(-1)).toMatchObject({ error: null, dirty: false });
  });

  it('does not hammer main with a refusal no retry can mend, but tries again at the next change', async () => {
    const { starts, statuses, type } = rig({ fail: (n) => (n === 0 ? new Error('avvist') : null) });
    type();
    await vi.advanceTimersByTimeAsync(5000);
    expect(starts).toHaveLength(1);
    expect(statuses.at(-1)).toMatchObject({ error: 'avvist', willRetry: false });
    type();
    await vi.advanceTimersByTimeAsync(1100);
    expect(starts).toHaveLength(2);
    expect(statuses.at(-1)).toMatchObject({ error: null });
  });

  it('flush() waits for a save on its way and then saves what came after it', async () => {
    const { scheduler, starts, type, typed } = rig({ roundTripMs: 300 });
    type();
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts).toHaveLength(1);
    type();
    const flushed = scheduler.flush();
    await vi.advanceTimersByTimeAsync(700);
    await expect(flushed).resolves.toBe(true);
    expect(starts.map((s) => s.typed)).toEqual([1, typed()]);
  });
});
