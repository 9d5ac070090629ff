import { closeDatabase } from '../../../db/backup';
import { openClinicDatabase } from '../../../electron/backend';
import { systemContext } from '../../../electron/services/context';
import { createDemoService } from '../../../electron/services/demo/demo.service';
import { DEFAULT_PATIENT_CHUNK, seedDemoPatients } from '../../../electron/services/demo/seed-patients';
import type { Measure } from '../measure';
import { percentile, round } from '../stats';

const ROWS = 100_000;

/**
 * Throughput of seed-demo's own insert path: generation, chunked transactions with the list memberships, guardian
 * relations and CAVE entries, the one audit row. The clinic and its doctors are set up first, outside the clock.
 */
export const seedPatientsMeasure: Measure = {
  name: 'seed.patients',
  description: `rows/s inserting ${ROWS} generated patients through seed-demo's code path`,
  async run(ctx) {
    const now = new Date();
    const { conn } = await openClinicDatabase(ctx.tempDir(), now);
    try {
      const system = systemContext('bench', 'bench', now);
      const staff = await createDemoService(conn.db).seedStaff(system);
      const started = performance.now();
      const outcome = await seedDemoPatients(conn.db, system, {
        count: ROWS,
        seed: 'bench',
        doctors: staff.doctors,
        onProgress: (done, total) => {
          if (done % 20_000 === 0 || done === total) ctx.progress(`  ${done} av ${total} pasienter`);
        },
      });
      const totalMs = performance.now() - started;
      return {
        n: outcome.inserted,
        // Per chunk transaction: what a chunk holds the write lock for.
        p50_ms: round(percentile(outcome.chunkMs, 50)),
        p95_ms: round(percentile(outcome.chunkMs, 95)),
        ops_per_s: Math.round(outcome.inserted / (totalMs / 1000)),
        chunk: DEFAULT_PATIENT_CHUNK,
        total_ms: round(totalMs, 1),
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
