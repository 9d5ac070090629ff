/**
 * Inserts generated patients in chunks, one transaction per chunk: the write lock is held for a few milliseconds at
 * a time and the WAL stays small even for 100 000 patients. One audit row covers the whole seeding (not one per
 * patient), written in the last chunk's transaction so it exists exactly when every patient does.
 * seed-demo and the seed.patients benchmark both run this.
 */
import type { Kysely } from 'kysely';
import { insertPatients } from '../../../db/repositories/patients.repository';
import type { Database, NewPatientRow } from '../../../db/schema';
import { recordAudit } from '../audit/audit.service';
import type { ServiceContext } from '../context';
import { createDemoPatientGenerator, DEMO_GENERATOR_VERSION, toPatientRow } from './demo-patients';

export const DEFAULT_PATIENT_CHUNK = 5000;

export interface SeedPatientsOptions {
  count: number;
  seed: string | number;
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedPatientsOutcome {
  inserted: number;
  /** Wall time of each chunk's transaction (generation excluded), for the benchmark. */
  chunkMs: number[];
}

export async function seedDemoPatients(
  db: Kysely<Database>,
  ctx: ServiceContext,
  options: SeedPatientsOptions,
): Promise<SeedPatientsOutcome> {
  const chunkSize = options.chunkSize ?? DEFAULT_PATIENT_CHUNK;
  const generator = createDemoPatientGenerator(options.seed);
  const chunkMs: number[] = [];
  const at = ctx.now.toISOString();
  let done = 0;
  do {
    const size = Math.min(chunkSize, options.count - done);
    const rows: NewPatientRow[] = [];
    for (let i = 0; i < size; i++) rows.push(toPatientRow(generator.next(), at));
    const last = done + size >= options.count;
    const started = performance.now();
    await db.transaction().execute(async (trx) => {
      await insertPatients(trx, rows);
      if (last) {
        await recordAudit(trx, ctx, {
          action: 'demo.seed_patients',
          entityType: 'patient',
          detail: { count: options.count, seed: String(options.seed), generatorVersion: DEMO_GENERATOR_VERSION },
        });
      }
    });
    chunkMs.push(performance.now() - started);
    done += size;
    options.onProgress?.(done, options.count);
  } while (done < options.count);
  return { inserted: done, chunkMs };
}
