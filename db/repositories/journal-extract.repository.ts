/**
 * What a journal extract (journalutskrift) holds: a patient's signed notes in a period with every signed version,
 * its diagnoses and measurements. Joined on the patient rather than listing note ids, so a journal of thousands of
 * notes never runs into SQLite's limit on bound values.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, JournalNoteRow, NoteDiagnosisRow, NoteMeasurementRow, NoteVersionRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Statuses of notes that were signed at some point; drafts and discarded drafts are never part of an extract. */
export const EXTRACT_STATUSES = ['signert', 'rettet', 'feilregistrert'] as const;

export interface ExtractFilter {
  patientId: string;
  /** Inclusive lower bound on occurred_at (an ISO instant). */
  fromInstant?: string | undefined;
  /** Exclusive upper bound on occurred_at (an ISO instant). */
  toInstant?: string | undefined;
}

/** The ids of the notes in the extract, as a subquery the other reads filter on. */
function noteIdsInPeriod(db: Db, f: ExtractFilter) {
  let q = db
    .selectFrom('journal_notes')
    .select('id')
    .where('patient_id', '=', f.patientId)
    .where('status', 'in', EXTRACT_STATUSES);
  if (f.fromInstant) q = q.where('occurred_at', '>=', f.fromInstant);
  if (f.toInstant) q = q.where('occurred_at', '<', f.toInstant);
  return q;
}

/** The ids of the signed versions of those notes; an open correction draft is not signed and so not included. */
function signedVersionIds(db: Db, f: ExtractFilter) {
  return db
    .selectFrom('note_versions')
    .select('id')
    .where('note_id', 'in', noteIdsInPeriod(db, f))
    .where('signed_at', 'is not', null);
}

/** The notes, oldest first (the order a reader of a paper journal expects). */
export async function extractNotes(db: Db, f: ExtractFilter): Promise<JournalNoteRow[]> {
  return db
    .selectFrom('journal_notes')
    .selectAll()
    .where('id', 'in', noteIdsInPeriod(db, f))
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

/** Every signed version of those notes, oldest first within each note. */
export async function extractSignedVersions(db: Db, f: ExtractFilter): Promise<NoteVersionRow[]> {
  return db
    .selectFrom('note_versions')
    .selectAll()
    .where('id', 'in', signedVersionIds(db, f))
    .orderBy('note_id')
    .orderBy('version')
    .execute();
}

export async function extractDiagnoses(db: Db, f: ExtractFilter): Promise<NoteDiagnosisRow[]> {
  return db
    .selectFrom('note_diagnoses')
    .selectAll()
    .where('version_id', 'in', signedVersionIds(db, f))
    .orderBy('version_id')
    .orderBy('position')
    .execute();
}

export async function extractMeasurements(db: Db, f: ExtractFilter): Promise<NoteMeasurementRow[]> {
  return db
    .selectFrom('note_measurements')
    .selectAll()
    .where('version_id', 'in', signedVersionIds(db, f))
    .orderBy('version_id')
    .orderBy('position')
    .execute();
}
