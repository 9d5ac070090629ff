/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('encounters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('contact_type', 'text', (c) => c.notNull())
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('appointment_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // The note's header: where it belongs and a pointer to its current version. Clinical text lives in versions.
  await db.schema
    .createTable('journal_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    // The version in force: the newest signed one, or the first draft of a note never signed.
    .addColumn('current_version_id', 'text', (c) => c.notNull())
    // The open draft (a new note or a correction being written), if any.
    .addColumn('draft_version_id', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('contact_type', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('main_diagnosis', 'text')
    .addColumn('search_rowid', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('journal_notes_patient_time')
    .on('journal_notes')
    .columns(['patient_id', 'occurred_at', 'id'])
    .execute();
  await db.schema.createIndex('journal_notes_search_rowid').on('journal_notes').column('search_rowid').execute();
  await db.schema
    .createIndex('journal_notes_author_status')
    .on('journal_notes')
    .columns(['author_id', 'status'])
    .execute();

  await db.schema
    .createTable('note_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('note_id', 'text', (c) => c.notNull().references('journal_notes.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason_for_contact', 'text', (c) => c.notNull())
    .addColumn('anamnese', 'text', (c) => c.notNull())
    .addColumn('funn', 'text', (c) => c.notNull())
    .addColumn('vurdering', 'text', (c) => c.notNull())
    .addColumn('tiltak', 'text', (c) => c.notNull())
    .addColumn('change_reason', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text', (c) => c.references('users.id'))
    .addUniqueConstraint('note_versions_note_version', ['note_id', 'version'])
    .execute();

  await db.schema
    .createTable('note_diagnoses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('note_versions.id'))
    .addColumn('code_system', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('is_main', 'integer', (c) => c.notNull())
    .addColumn('is_lasting', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('note_diagnoses_version').on('note_diagnoses').column('version_id').execute();

  await db.schema
    .createTable('note_measurements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('note_versions.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('note_measurements_version').on('note_measurements').column('version_id').execute();

  await db.schema
    .createTable('snippets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('keyword', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('snippets_owner_keyword', ['owner_id', 'keyword'])
    .execute();

  await db.schema
    .createIndex('audit_events_entity')
    .on('audit_events')
    .columns(['entity_type', 'entity_id', 'at'])
    .execute();

  // Immutability in the database itself, not only in code (helsepersonelloven § 42: retting is a new entry).
  await sql`CREATE TRIGGER note_versions_signed_no_update BEFORE UPDATE ON note_versions
    WHEN OLD.signed_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'A signed journal note version cannot be changed'); END`.execute(db);
  await sql`CREATE TRIGGER note_versions_no_delete BEFORE DELETE ON note_versions
    BEGIN SELECT RAISE(ABORT, 'Journal note versions are never deleted'); END`.execute(db);
  for (const table of ['note_diagnoses', 'note_measurements']) {
    const signed = sql.raw(`(SELECT signed_at FROM note_versions WHERE id = OLD.version_id) IS NOT NULL`);
    const signedNew = sql.raw(`(SELECT signed_at FROM note_versions WHERE id = NEW.version_id) IS NOT NULL`);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_signed_no_update`)} BEFORE UPDATE ON ${sql.table(table)}
      WHEN ${signed} BEGIN SELECT RAISE(ABORT, 'Part of a signed journal note'); END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_signed_no_delete`)} BEFORE DELETE ON ${sql.table(table)}
      WHEN ${signed} BEGIN SELECT RAISE(ABORT, 'Part of a signed journal note'); END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_signed_no_insert`)} BEFORE INSERT ON ${sql.table(table)}
      WHEN ${signedNew} BEGIN SELECT RAISE(ABORT, 'Part of a signed journal note'); END`.execute(db);
  }
  await sql`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'Audit events cannot be changed'); END`.execute(db);
  await sql`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'Audit events cannot be deleted'); END`.execute(db);

  // Full-text search within one patient's journal: contentless FTS5 (the text is in note_versions). The rowid is
  // patients.rowid * 2^24 + n, so a rowid range confines a query to one patient without scanning others' hits.
  await sql`CREATE VIRTUAL TABLE journal_search USING fts5(
    body, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0")`.execute(db);
}
