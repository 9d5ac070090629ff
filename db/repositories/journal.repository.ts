/** Journal notes: encounters, note headers, versions (immutable once signed), diagnoses and measurements. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type {
  Database,
  EncounterRow,
  JournalNoteRow,
  NoteDiagnosisRow,
  NoteMeasurementRow,
  NoteVersionRow,
} from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertEncounter(db: Db, row: EncounterRow): Promise<void> {
  await db.insertInto('encounters').values(row).execute();
}

export async function insertNote(db: Db, row: JournalNoteRow): Promise<void> {
  await db.insertInto('journal_notes').values(row).execute();
}

export async function updateNote(
  db: Db,
  id: string,
  patch: Partial<
    Pick<
      JournalNoteRow,
      'status' | 'current_version_id' | 'draft_version_id' | 'main_diagnosis' | 'search_rowid' | 'updated_at'
    >
  >,
): Promise<void> {
  await db.updateTable('journal_notes').set(patch).where('id', '=', id).execute();
}

export async function findNote(db: Db, id: string): Promise<JournalNoteRow | undefined> {
  return db.selectFrom('journal_notes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertVersion(db: Db, row: NoteVersionRow): Promise<void> {
  await db.insertInto('note_versions').values(row).execute();
}

export async function findVersion(db: Db, id: string): Promise<NoteVersionRow | undefined> {
  return db.selectFrom('note_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function versionsOf(db: Db, noteId: string): Promise<NoteVersionRow[]> {
  return db.selectFrom('note_versions').selectAll().where('note_id', '=', noteId).orderBy('version').execute();
}

/** Saves draft text; the database itself refuses this for a signed version. */
export async function updateDraftVersion(
  db: Db,
  id: string,
  patch: Pick<NoteVersionRow, 'reason_for_contact' | 'anamnese' | 'funn' | 'vurdering' | 'tiltak' | 'saved_at'>,
): Promise<void> {
  await db.updateTable('note_versions').set(patch).where('id', '=', id).where('signed_at', 'is', null).execute();
}

export async function signVersion(db: Db, id: string, at: string, by: string): Promise<void> {
  await db
    .updateTable('note_versions')
    .set({ signed_at: at, signed_by: by, saved_at: at })
    .where('id', '=', id)
    .where('signed_at', 'is', null)
    .execute();
}

export async function replaceDraftDiagnoses(db: Db, versionId: string, rows: NoteDiagnosisRow[]): Promise<void> {
  await db.deleteFrom('note_diagnoses').where('version_id', '=', versionId).execute();
  if (rows.length > 0) await db.insertInto('note_diagnoses').values(rows).execute();
}

export async function replaceDraftMeasurements(db: Db, versionId: string, rows: NoteMeasurementRow[]): Promise<void> {
  await db.deleteFrom('note_measurements').where('version_id', '=', versionId).execute();
  if (rows.length > 0) await db.insertInto('note_measurements').values(rows).execute();
}

export async function diagnosesOf(db: Db, versionIds: readonly string[]): Promise<NoteDiagnosisRow[]> {
  if (versionIds.length === 0) return [];
  return db
    .selectFrom('note_diagnoses')
    .selectAll()
    .where('version_id', 'in', versionIds)
    .orderBy('version_id')
    .orderBy('position')
    .execute();
}

export async function measurementsOf(db: Db, versionIds: readonly string[]): Promise<NoteMeasurementRow[]> {
  if (versionIds.length === 0) return [];
  return db
    .selectFrom('note_measurements')
    .selectAll()
    .where('version_id', 'in', versionIds)
    .orderBy('version_id')
    .orderBy('position')
    .execute();
}

export interface TimelineFilter {
  patientId: string;
  contactType?: string | undefined;
  diagnosisCode?: string | undefined;
  authorId?: string | undefined;
  from?: string | undefined;
  /** Inclusive calendar date. */
  to?: string | undefined;
  /** Keyset: entries strictly older than this (occurred_at, id). */
  before?: { occurredAt: string; id: string } | undefined;
  limit: number;
}

export interface TimelineRow extends JournalNoteRow {
  reason_for_contact: string;
  vurdering: string;
  version_count: number;
}

/** One page of a patient's journal, newest first, keyset-paged on (occurred_at, id). */
export async function timelinePage(db: Db, f: TimelineFilter): Promise<TimelineRow[]> {
  let q = db
    .selectFrom('journal_notes as n')
    .innerJoin('note_versions as v', 'v.id', 'n.current_version_id')
    .selectAll('n')
    .select([
      'v.reason_for_contact',
      'v.vurdering',
      (eb) =>
        eb
          .selectFrom('note_versions as c')
          .whereRef('c.note_id', '=', 'n.id')
          .select((s) => s.fn.countAll<number>().as('k'))
          .as('version_count'),
    ])
    .where('n.patient_id', '=', f.patientId);
  if (f.contactType) q = q.where('n.contact_type', '=', f.contactType);
  if (f.authorId) q = q.where('n.author_id', '=', f.authorId);
  if (f.from) q = q.where('n.occurred_at', '>=', f.from);
  if (f.to) q = q.where('n.occurred_at', '<', `${f.to}\u{10FFFF}`);
  if (f.diagnosisCode) {
    const code = f.diagnosisCode;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('note_diagnoses as d')
          .whereRef('d.version_id', '=', 'n.current_version_id')
          .where('d.code', '=', code)
          .select(sql`1`.as('one')),
      ),
    );
  }
  if (f.before) {
    const { occurredAt, id } = f.before;
    q = q.where((eb) =>
      eb.or([
        eb('n.occurred_at', '<', occurredAt),
        eb.and([eb('n.occurred_at', '=', occurredAt), eb('n.id', '<', id)]),
      ]),
    );
  }
  const rows = await q.orderBy('n.occurred_at', 'desc').orderBy('n.id', 'desc').limit(f.limit).execute();
  return rows.map((r) => ({ ...r, version_count: Number(r.version_count ?? 0) }));
}

export async function draftsOfAuthor(db: Db, authorId: string): Promise<(NoteVersionRow & { patient_id: string })[]> {
  return db
    .selectFrom('note_versions as v')
    .innerJoin('journal_notes as n', 'n.id', 'v.note_id')
    .selectAll('v')
    .select('n.patient_id')
    .where('v.author_id', '=', authorId)
    .where('v.signed_at', 'is', null)
    .whereRef('n.draft_version_id', '=', 'v.id')
    .orderBy('v.saved_at', 'desc')
    .execute();
}

/** Lasting diagnoses from the current, signed versions of the patient's notes that are not entered in error. */
export async function lastingDiagnoses(
  db: Db,
  patientId: string,
): Promise<{ code_system: string; code: string; title: string; occurred_at: string }[]> {
  return db
    .selectFrom('journal_notes as n')
    .innerJoin('note_versions as v', 'v.id', 'n.current_version_id')
    .innerJoin('note_diagnoses as d', 'd.version_id', 'v.id')
    .select(['d.code_system', 'd.code', 'd.title', 'n.occurred_at'])
    .where('n.patient_id', '=', patientId)
    .where('n.status', 'in', ['signert', 'rettet'])
    .where('d.is_lasting', '=', 1)
    .orderBy('n.occurred_at')
    .execute();
}

/** The current version's text of each note, with the note's time and status: one query for a page of search hits. */
export async function currentTextsOf(
  db: Db,
  noteIds: readonly string[],
): Promise<
  (Pick<JournalNoteRow, 'id' | 'occurred_at' | 'status'> &
    Pick<NoteVersionRow, 'reason_for_contact' | 'anamnese' | 'funn' | 'vurdering' | 'tiltak'>)[]
> {
  if (noteIds.length === 0) return [];
  return db
    .selectFrom('journal_notes as n')
    .innerJoin('note_versions as v', 'v.id', 'n.current_version_id')
    .select([
      'n.id',
      'n.occurred_at',
      'n.status',
      'v.reason_for_contact',
      'v.anamnese',
      'v.funn',
      'v.vurdering',
      'v.tiltak',
    ])
    .where('n.id', 'in', noteIds)
    .execute();
}
