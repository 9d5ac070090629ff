/**
 * When to try a transport failure again: exponential, capped, with jitter, so that fifty PCs whose reseptformidler
 * comes back at the same moment do not all knock at once ("equal jitter": half the delay fixed, half random).
 */

export interface BackoffOptions {
  /** The delay after the first failure. */
  baseMs: number;
  /** The longest delay, however many failures. */
  maxMs: number;
  /** 0..1, replaceable so a test can fix the jitter. */
  random: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 5 * 60_000, random: Math.random };

/** `failures` counts earlier attempts of this message (0 after the first failure). */
export function retryDelayMs(failures: number, options: BackoffOptions): number {
  // 2 ** 30 is already far past any cap; clamping keeps the power finite for a message retried for weeks.
  const exponential = options.baseMs * 2 ** Math.min(Math.max(failures, 0), 30);
  const capped = Math.min(options.maxMs, exponential);
  return Math.round(capped / 2 + (capped / 2) * options.random());
}
