/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  const patientColumns: [string, 'text' | 'integer', string | number | null][] = [
    ['mobile_phone', 'text', null],
    ['other_phone', 'text', null],
    ['email', 'text', null],
    ['preferred_language', 'text', null],
    ['interpreter_needed', 'integer', 0],
    ['kommune_number', 'text', null],
    ['status', 'text', 'aktiv'],
    ['deceased_on', 'text', null],
    ['sms_consent', 'integer', 0],
    ['merged_into_id', 'text', null],
    ['phone_digits', 'text', null],
  ];
  for (const [name, type, dflt] of patientColumns) {
    await db.schema
      .alterTable('patients')
      .addColumn(name, type, (c) => (dflt === null ? c : c.notNull().defaultTo(dflt)))
      .execute();
  }
  await db.schema.createIndex('patients_phone_digits').on('patients').column('phone_digits').execute();

  await db.schema
    .createTable('patient_relations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('related_patient_id', 'text', (c) => c.references('patients.id'))
    .addColumn('name', 'text')
    .addColumn('relation', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('patient_relations_patient').on('patient_relations').column('patient_id').execute();
  await db.schema
    .createIndex('patient_relations_related')
    .on('patient_relations')
    .column('related_patient_id')
    .execute();

  // CAVE / kritisk informasjon: append-only versions; the newest version of an entry is its state.
  await db.schema
    .createTable('cave_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('allergen_code', 'text')
    .addColumn('allergen_code_system', 'text')
    .addColumn('allergen_text', 'text', (c) => c.notNull())
    .addColumn('reaction', 'text')
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('certainty', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('noted_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('change_reason', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addUniqueConstraint('cave_versions_entry_version', ['entry_id', 'version'])
    .execute();
  await db.schema.createIndex('cave_versions_patient').on('cave_versions').column('patient_id').execute();

  // Fastlegeliste: the doctor's listetak, list membership with history, and the venteliste.
  await db.schema
    .createTable('gp_lists')
    .addColumn('doctor_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('list_ceiling', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('list_memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('doctor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('list_memberships_patient')
    .on('list_memberships')
    .columns(['patient_id', 'to_date'])
    .execute();
  await db.schema
    .createIndex('list_memberships_doctor')
    .on('list_memberships')
    .columns(['doctor_id', 'to_date', 'patient_id'])
    .execute();
  await db.schema
    .createIndex('list_memberships_doctor_from')
    .on('list_memberships')
    .columns(['doctor_id', 'from_date'])
    .execute();
  await db.schema
    .createTable('waiting_list_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('doctor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('waiting_list_doctor')
    .on('waiting_list_entries')
    .columns(['doctor_id', 'status', 'requested_on'])
    .execute();

  // "Recent patients" per user reads the user's own patient.open events, newest first.
  await db.schema
    .createIndex('audit_events_actor_action_at')
    .on('audit_events')
    .columns(['actor_id', 'action', 'at'])
    .execute();

  // Name search: SQLite FTS5 behind the patient-search repository (a PostgreSQL twin will use its own index).
  // The repository writes folded names (shared/rules/search-fold.ts) with rowid = patients.rowid; the app fills
  // it for existing patients right after this migration, since folding is app code a migration may not import.
  await sql`CREATE VIRTUAL TABLE patient_name_search USING fts5(
    names, tokenize = "unicode61 remove_diacritics 0", prefix = '1 2 3')`.execute(db);
}
