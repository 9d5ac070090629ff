/**
 * What referrals.compose reads from the journal to pre-fill a referral: the newest signed notes with their text and
 * diagnoses. Bounded by `limit` and served by journal_notes' (patient_id, occurred_at) index, so a journal of
 * thousands of notes costs the same as a short one.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, NoteDiagnosisRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface SignedNoteText {
  id: string;
  current_version_id: string;
  occurred_at: string;
  contact_type: string;
  reason_for_contact: string;
  anamnese: string;
  funn: string;
  vurdering: string;
}

export async function recentSignedNotes(db: Db, patientId: string, limit: number): Promise<SignedNoteText[]> {
  return db
    .selectFrom('journal_notes as n')
    .innerJoin('note_versions as v', 'v.id', 'n.current_version_id')
    .select([
      'n.id',
      'n.current_version_id',
      'n.occurred_at',
      'n.contact_type',
      'v.reason_for_contact',
      'v.anamnese',
      'v.funn',
      'v.vurdering',
    ])
    .where('n.patient_id', '=', patientId)
    .where('n.status', 'in', ['signert', 'rettet'])
    .orderBy('n.occurred_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
}

export async function diagnosesOfVersions(db: Db, versionIds: readonly string[]): Promise<NoteDiagnosisRow[]> {
  if (versionIds.length === 0) return [];
  return db
    .selectFrom('note_diagnoses')
    .selectAll()
    .where('version_id', 'in', versionIds)
    .orderBy('position')
    .execute();
}

/** Which of these notes are signed notes of this patient (attachments must be). */
export async function signedNotesOfPatient(db: Db, patientId: string, noteIds: readonly string[]): Promise<string[]> {
  if (noteIds.length === 0) return [];
  const rows = await db
    .selectFrom('journal_notes')
    .select('id')
    .where('patient_id', '=', patientId)
    .where('id', 'in', noteIds)
    .where('status', 'in', ['signert', 'rettet'])
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The patient's problem list (lasting diagnoses of current, signed notes), one row per code with the newest title
 * and when it was last noted, newest first. Grouped in SQL: a long journal notes the same few codes thousands of
 * times, and only the codes are wanted.
 */
export async function problemListCodes(
  db: Db,
  patientId: string,
): Promise<{ code_system: string; code: string; title: string; last_noted: string }[]> {
  return db
    .selectFrom('journal_notes as n')
    .innerJoin('note_diagnoses as d', 'd.version_id', 'n.current_version_id')
    .select((eb) => [
      'd.code_system',
      'd.code',
      eb.fn.max('d.title').as('title'),
      eb.fn.max('n.occurred_at').as('last_noted'),
    ])
    .where('n.patient_id', '=', patientId)
    .where('n.status', 'in', ['signert', 'rettet'])
    .where('d.is_lasting', '=', 1)
    .groupBy(['d.code_system', 'd.code'])
    .orderBy('last_noted', 'desc')
    .execute();
}
