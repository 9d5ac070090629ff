/**
 * Generated demo clinics, cached in .bench-cache/ between runs: building 100 000 patients takes seconds, a copy
 * takes milliseconds. The key holds the generator's version and the schema's migrations, so a change to either
 * builds afresh instead of measuring stale data.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase } from '../../db/backup';
import { migrations } from '../../db/migrations/index';
import { databaseFile } from '../../db/paths';
import { openClinicDatabase } from '../../electron/backend';
import { systemContext } from '../../electron/services/context';
import { createDemoService } from '../../electron/services/demo/demo.service';
import { DEMO_GENERATOR_VERSION } from '../../electron/services/demo/demo-patients';

export const CACHE_DIR = path.resolve(import.meta.dirname, '../../.bench-cache');
export const BENCH_SEED = 'bench';

/**
 * The migrations' names and code: an unreleased migration may still change (an index added to 0009 while it is
 * being built), and every cache built on the schema must notice.
 */
export function schemaFingerprint(): string {
  return crypto
    .createHash('sha256')
    .update(
      Object.entries(migrations)
        .map(([name, m]) => `${name}\n${m.up.toString()}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 12);
}

function cacheKey(patients: number): string {
  return `demo-g${DEMO_GENERATOR_VERSION}-s${schemaFingerprint()}-p${patients}`;
}

async function buildDemoClinic(dataDir: string, patients: number, progress: (line: string) => void): Promise<void> {
  const now = new Date();
  const { conn } = await openClinicDatabase(dataDir, now);
  try {
    await createDemoService(conn.db).seed(systemContext('bench', 'bench', now), {
      patients,
      seed: BENCH_SEED,
      onProgress: (done, total) => progress(`  bygger testdata: ${done} av ${total} pasienter`),
    });
  } finally {
    await closeDatabase(conn);
  }
}

/** The cached database file for a demo clinic with this many patients, built if missing. */
export async function cachedDemoDatabase(patients: number, progress: (line: string) => void): Promise<string> {
  const dir = path.join(CACHE_DIR, cacheKey(patients));
  const file = databaseFile(dir);
  if (fs.existsSync(file)) return file;
  progress(`Bygger testdata i ${dir} (lagres til neste kjøring) …`);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Built beside the final folder and renamed, so an interrupted build never looks like a finished one.
  const building = `${dir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  await buildDemoClinic(building, patients, progress);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(building, dir);
  return file;
}
