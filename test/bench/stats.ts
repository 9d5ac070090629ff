/** Nearest-rank percentile: the sample at or above which p % of the samples lie. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function mean(samples: readonly number[]): number {
  return samples.reduce((a, b) => a + b, 0) / samples.length;
}

/** Three decimals are more than a millisecond timer on a PC can honestly give. */
export function round(value: number, decimals = 3): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** p50/p95 and the rate implied by the mean latency, for latency measures. */
export function latencySummary(samplesMs: readonly number[]): { p50_ms: number; p95_ms: number; ops_per_s: number } {
  return {
    p50_ms: round(percentile(samplesMs, 50)),
    p95_ms: round(percentile(samplesMs, 95)),
    ops_per_s: round(1000 / mean(samplesMs), 1),
  };
}
