/**
 * A demo clinic with a big generated journal, cached in .bench-cache/ like the demo clinics: a million notes take
 * minutes to build, a copy takes seconds. Keyed by the journal generator's version, the demo clinic it grew from
 * (whose key holds the demo generator and the migrations) and the number of notes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase } from '../../db/backup';
import { databaseFile } from '../../db/paths';
import { createJournalBulkWriter, patientIdsInRowidOrder } from '../../db/repositories/journal-bulk.repository';
import { listUsers } from '../../db/repositories/users.repository';
import { openClinicDatabase } from '../../electron/backend';
import { newId } from '../../electron/services/ids';
import { BENCH_SEED, CACHE_DIR, cachedDemoDatabase } from './demo-cache';
import { JOURNAL_GENERATOR_VERSION, notesPerPatient, patientJournal, seededRandom } from './journal-data';
import type { BenchContext } from './measure';

/** A large fastlegekontor: about 15 000 patients on the lists of its doctors. */
export const JOURNAL_PATIENTS = 15_000;
export const DEFAULT_NOTES = 1_000_000;
/** The patient the timeline measure pages through. */
export const HEAVY_PATIENT_NOTES = 5_000;
/** Notes per transaction while loading. */
const CHUNK = 20_000;

export interface JournalDatabaseInfo {
  notes: number;
  patients: number;
  heavyPatientId: string;
  heavyPatientNotes: number;
  buildSeconds: number;
  fileBytes: number;
}

/** `--notes N` on the bench command line scales the journal (default a million). */
export function notesArgument(argv: readonly string[] = process.argv): number {
  const i = argv.indexOf('--notes');
  if (i === -1) return DEFAULT_NOTES;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 10_000) throw new Error('--notes må være et heltall, minst 10000');
  return n;
}

type Built = Omit<JournalDatabaseInfo, 'buildSeconds' | 'fileBytes'>;

async function buildJournal(dataDir: string, notes: number, progress: (line: string) => void): Promise<Built> {
  const started = performance.now();
  const now = new Date();
  const { conn } = await openClinicDatabase(dataDir, now);
  try {
    const doctors = (await listUsers(conn.db)).filter((u) => u.role === 'lege').map((u) => u.id);
    if (doctors.length === 0) throw new Error('the demo clinic has no doctors');
    const patients = patientIdsInRowidOrder(conn.sqlite);
    const random = seededRandom(`${BENCH_SEED}-journal-${notes}`);
    const heavy = Math.min(HEAVY_PATIENT_NOTES, Math.floor(notes / 2));
    const counts = notesPerPatient(random, patients.length, notes, heavy);
    const writer = createJournalBulkWriter(conn.sqlite, newId);
    const ctx = { random, newId, doctors, now };
    let done = 0;
    let reported = 0;
    let next = 0;
    try {
      while (next < patients.length) {
        writer.transaction(() => {
          let inChunk = 0;
          while (next < patients.length && inChunk < CHUNK) {
            const count = counts[next] ?? 0;
            writer.addNotes(patients[next] as string, patientJournal(ctx, count));
            inChunk += count;
            next++;
          }
          done += inChunk;
        });
        if (done - reported >= 100_000 || next === patients.length) {
          reported = done;
          const seconds = Math.round((performance.now() - started) / 1000);
          progress(`  journal: ${done} av ${notes} notater (${seconds} s)`);
        }
      }
    } finally {
      writer.close();
    }
    const heavyPatientId = patients[0];
    if (!heavyPatientId) throw new Error('the demo clinic has no patients');
    return { notes, patients: patients.length, heavyPatientId, heavyPatientNotes: heavy };
  } finally {
    await closeDatabase(conn);
  }
}

/** The cached database with `notes` generated notes and what it holds, built if missing. */
export async function cachedJournalDatabase(
  notes: number,
  progress: (line: string) => void,
): Promise<{ file: string; info: JournalDatabaseInfo }> {
  const demo = await cachedDemoDatabase(JOURNAL_PATIENTS, progress);
  const dir = path.join(
    CACHE_DIR,
    `journal-g${JOURNAL_GENERATOR_VERSION}-${path.basename(path.dirname(demo))}-n${notes}`,
  );
  const file = databaseFile(dir);
  const infoFile = path.join(dir, 'journal.json');
  if (fs.existsSync(file) && fs.existsSync(infoFile)) {
    return { file, info: JSON.parse(fs.readFileSync(infoFile, 'utf8')) as JournalDatabaseInfo };
  }
  progress(`Bygger journal med ${notes} notater i ${dir} (lagres til neste kjøring) …`);
  // Built beside the final folder and renamed, so an interrupted build never looks like a finished one.
  const building = `${dir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  fs.mkdirSync(building, { recursive: true });
  fs.copyFileSync(demo, databaseFile(building));
  const started = performance.now();
  const built = await buildJournal(building, notes, progress);
  const info: JournalDatabaseInfo = {
    ...built,
    buildSeconds: Math.round((performance.now() - started) / 100) / 10,
    fileBytes: fs.statSync(databaseFile(building)).size,
  };
  fs.writeFileSync(path.join(building, 'journal.json'), `${JSON.stringify(info, null, 2)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(building, dir);
  progress(`  journal bygget på ${info.buildSeconds} s, ${Math.round(info.fileBytes / 1e6)} MB`);
  return { file, info };
}

/** A data folder with a copy of the cached journal database, removed when the run ends. */
export async function journalClinicCopy(
  ctx: BenchContext,
  notes: number,
): Promise<{ dataDir: string; info: JournalDatabaseInfo }> {
  const { file, info } = await cachedJournalDatabase(notes, (line) => ctx.progress(line));
  const dataDir = ctx.tempDir();
  // A reflink where the file system has them (instant), else a plain copy.
  fs.copyFileSync(file, databaseFile(dataDir), fs.constants.COPYFILE_FICLONE);
  return { dataDir, info };
}
