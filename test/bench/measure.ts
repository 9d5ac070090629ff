/**
 * A benchmark measure: one file in measures/, registered in measures/index.ts. Latency is measured at the service
 * layer (audit and commit included) unless the name says otherwise; for a throughput measure `n` is the number of
 * operations and `ops_per_s` is the figure that counts.
 */
export interface BenchResult {
  /** Size of the data the measure ran on, or the number of operations for a throughput measure. */
  n: number;
  p50_ms: number;
  p95_ms: number;
  ops_per_s: number;
  /** Anything else worth reading next to the figures (repeats, chunk size, file size). */
  [extra: string]: number | string | boolean;
}

export interface BenchContext {
  /** Progress for a person watching: stderr only, stdout is for the JSON lines. */
  progress(line: string): void;
  /** A fresh folder, removed when the run ends. */
  tempDir(): string;
  /** A data folder holding a copy of a cached demo clinic with this many patients (built on first use). */
  demoClinicCopy(patients: number): Promise<string>;
}

export interface Measure {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}
