import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../electron/integrations/outbox/retry-backoff';

describe('retry backoff', () => {
  const options = (random: number) => ({ baseMs: 1_000, maxMs: 60_000, random: () => random });

  it('doubles with every failure, between half and all of the exponential delay', () => {
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, options(1)))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, options(0)))).toEqual([500, 1_000, 2_000, 4_000]);
  });

  it('never waits longer than the cap, however long RF has been away', () => {
    expect(retryDelayMs(10, options(1))).toBe(60_000);
    expect(retryDelayMs(10_000, options(1))).toBe(60_000);
    expect(retryDelayMs(10_000, options(0))).toBe(30_000);
  });
});
