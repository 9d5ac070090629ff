/**
 * Signed journal notes in bulk, for the benchmarks' generated clinics (never the app: the app writes a note through
 * journal.service, one version at a time, with its audit row). The rows, the triggers that guard signed versions, the
 * FTS rowids (patients.rowid * 2^24 + n) and the folding are the app's own, so the index is what a clinic would have.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { foldForSearch } from '../../shared/rules/search-fold';

const PER_PATIENT = 2 ** 24;

export interface BulkDiagnosis {
  codeSystem: 'ICPC-2' | 'ICD-10';
  code: string;
  title: string;
  isMain: boolean;
  isLasting: boolean;
}

export interface BulkMeasurement {
  kind: string;
  value: number;
  unit: string;
}

export interface BulkVersion {
  id: string;
  kind: 'original' | 'retting' | 'feilregistrering';
  fields: { reasonForContact: string; anamnese: string; funn: string; vurdering: string; tiltak: string };
  changeReason: string | null;
  authorId: string;
  /** Written, saved and signed at this instant. */
  signedAt: string;
  diagnoses: readonly BulkDiagnosis[];
  measurements: readonly BulkMeasurement[];
}

export interface BulkNote {
  id: string;
  encounterId: string;
  occurredAt: string;
  contactType: string;
  authorId: string;
  /** Signed versions, oldest first; the last one is current. */
  versions: readonly BulkVersion[];
}

export interface JournalBulkWriter {
  /** Appends signed notes to one patient's journal. Call inside `transaction`. */
  addNotes(patientId: string, notes: readonly BulkNote[]): void;
  /** Runs `work` in one transaction (a chunk: thousands of notes, not one). */
  transaction(work: () => void): void;
  /** Restores the connection settings changed for the bulk load. */
  close(): void;
}

/** The text the journal service indexes for a version: the fields and the diagnosis codes (journal.service searchText). */
function searchText(v: BulkVersion): string {
  const f = v.fields;
  return [f.reasonForContact, f.anamnese, f.funn, f.vurdering, f.tiltak, ...v.diagnoses.map((d) => d.code)].join('\n');
}

function noteStatus(current: BulkVersion): string {
  if (current.kind === 'retting') return 'rettet';
  if (current.kind === 'feilregistrering') return 'feilregistrert';
  return 'signert';
}

/**
 * Prepared statements on the raw handle: Kysely's per-call compilation would dominate a million-row load. The
 * connection runs with synchronous = OFF and a large page cache while loading; a crash then loses only a benchmark
 * cache that is rebuilt anyway.
 */
export function createJournalBulkWriter(sqlite: BetterSqlite3.Database, newId: () => string): JournalBulkWriter {
  const restore = {
    synchronous: sqlite.pragma('synchronous', { simple: true }) as number,
    cacheSize: sqlite.pragma('cache_size', { simple: true }) as number,
  };
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');

  const patientRowid = sqlite.prepare<[string], { rowid: number }>('SELECT rowid FROM patients WHERE id = ?');
  // The same seek indexNoteText uses: max(rowid) on the contentless FTS5 table would scan the whole index.
  const maxSearchRowid = sqlite.prepare<[number, number], { m: number | null }>(
    'SELECT max(search_rowid) AS m FROM journal_notes WHERE search_rowid BETWEEN ? AND ?',
  );
  const insertEncounter = sqlite.prepare(
    `INSERT INTO encounters (id, patient_id, occurred_at, contact_type, clinician_id, appointment_id, created_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?)`,
  );
  const insertNote = sqlite.prepare(
    `INSERT INTO journal_notes (id, patient_id, encounter_id, status, current_version_id, draft_version_id,
       occurred_at, contact_type, author_id, main_diagnosis, search_rowid, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVersion = sqlite.prepare(
    `INSERT INTO note_versions (id, note_id, version, kind, reason_for_contact, anamnese, funn, vurdering, tiltak,
       change_reason, author_id, created_at, saved_at, signed_at, signed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const signVersion = sqlite.prepare('UPDATE note_versions SET signed_at = ?, signed_by = ? WHERE id = ?');
  const insertDiagnosis = sqlite.prepare(
    `INSERT INTO note_diagnoses (id, version_id, code_system, code, title, is_main, is_lasting, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeasurement = sqlite.prepare(
    'INSERT INTO note_measurements (id, version_id, kind, value, unit, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSearch = sqlite.prepare('INSERT INTO journal_search (rowid, body) VALUES (?, ?)');

  function addVersion(noteId: string, number: number, v: BulkVersion): void {
    const f = v.fields;
    const hasParts = v.diagnoses.length > 0 || v.measurements.length > 0;
    // Diagnoses and measurements go in before the version is signed: the database refuses additions after.
    insertVersion.run(
      v.id,
      noteId,
      number,
      v.kind,
      f.reasonForContact,
      f.anamnese,
      f.funn,
      f.vurdering,
      f.tiltak,
      v.changeReason,
      v.authorId,
      v.signedAt,
      v.signedAt,
      hasParts ? null : v.signedAt,
      hasParts ? null : v.authorId,
    );
    v.diagnoses.forEach((d, position) =>
      insertDiagnosis.run(
        newId(),
        v.id,
        d.codeSystem,
        d.code,
        d.title,
        d.isMain ? 1 : 0,
        d.isLasting ? 1 : 0,
        position,
      ),
    );
    v.measurements.forEach((m, position) => insertMeasurement.run(newId(), v.id, m.kind, m.value, m.unit, position));
    if (hasParts) signVersion.run(v.signedAt, v.authorId, v.id);
  }

  return {
    addNotes(patientId, notes) {
      const patient = patientRowid.get(patientId);
      if (!patient) throw new Error(`no patient ${patientId}`);
      const lo = patient.rowid * PER_PATIENT;
      let next = (maxSearchRowid.get(lo, lo + PER_PATIENT - 1)?.m ?? lo - 1) + 1;
      for (const note of notes) {
        const current = note.versions.at(-1);
        if (!current) throw new Error(`note ${note.id} has no version`);
        const main = current.diagnoses.find((d) => d.isMain);
        const rowid = next++;
        insertEncounter.run(
          note.encounterId,
          patientId,
          note.occurredAt,
          note.contactType,
          note.authorId,
          note.occurredAt,
        );
        insertNote.run(
          note.id,
          patientId,
          note.encounterId,
          noteStatus(current),
          current.id,
          note.occurredAt,
          note.contactType,
          note.authorId,
          main ? `${main.codeSystem} ${main.code}` : null,
          rowid,
          note.occurredAt,
          current.signedAt,
        );
        note.versions.forEach((v, i) => addVersion(note.id, i + 1, v));
        // Ascending rowids within a transaction let FTS5 append to its pending segment instead of flushing.
        insertSearch.run(rowid, foldForSearch(searchText(current)));
      }
    },
    transaction(work) {
      sqlite.transaction(work)();
    },
    close() {
      sqlite.pragma(`synchronous = ${restore.synchronous}`);
      sqlite.pragma(`cache_size = ${restore.cacheSize}`);
    },
  };
}

/** Every patient id in rowid order: the order in which bulk-loaded journals keep FTS rowids ascending. */
export function patientIdsInRowidOrder(sqlite: BetterSqlite3.Database): string[] {
  return sqlite
    .prepare<[], { id: string }>('SELECT id FROM patients ORDER BY rowid')
    .all()
    .map((r) => r.id);
}
