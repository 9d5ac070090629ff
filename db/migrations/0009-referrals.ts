/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import { sql, type Kysely } from 'kysely';

/*
 * Henvisning (HIS 80517:2017, profile HIS 1207:2018 "Henvisning ny tilstand").
 *
 * address_register: the services a GP refers to, by HER-id (Norsk helsenett's Adresseregisteret). The demo register
 * ships with made-up HER-ids, flagged test_value = 1 so no screen or message passes them off as real addresses.
 *
 * referrals: one row per referral, from utkast to sendt or annullert. Its content is the draft while it is an
 * utkast; once sent, what was sent is kept in referral_messages, which are never changed or deleted (a change or a
 * cancellation is a new message with its own MsgId, as the standard's ServType M and C are).
 */
const MESSAGE_CONTENT = [
  'referral_id',
  'msg_id',
  'kind',
  'recipient_her_id',
  'recipient_json',
  'content_json',
  'reason',
  'created_at',
  'created_by',
  'journal_note_id',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('address_register')
    .addColumn('her_id', 'text', (c) => c.primaryKey())
    // The organisation's own HER-id when this entry is a department or service under it (tjenestebasert
    // adressering, HIS 1153): MsgHead Receiver/Organisation carries the parent, the department below it.
    .addColumn('parent_her_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department', 'text')
    // sykehusavdeling | avtalespesialist | dps | radiologi | laboratorium | rehabilitering | annet
    .addColumn('service_kind', 'text', (c) => c.notNull())
    .addColumn('specialty', 'text')
    .addColumn('address_line', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('organisation_number', 'text')
    .addColumn('test_value', 'integer', (c) => c.notNull())
    // demo | import
    .addColumn('source', 'text', (c) => c.notNull())
    // Folded name, department, specialty and place, for search (search-fold.ts).
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    // utkast | sendt | annullert | forkastet
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recipient_her_id', 'text')
    // The content as the doctor last saved it (JSON); after sending, the content of the newest sent message.
    .addColumn('content_json', 'text', (c) => c.notNull())
    // Henvisning/DocumentId: the same through changes and cancellation (the first message's id).
    .addColumn('document_id', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .execute();
  await db.schema.createIndex('referrals_status').on('referrals').columns(['status', 'sent_at']).execute();
  await db.schema.createIndex('referrals_patient').on('referrals').columns(['patient_id', 'created_at']).execute();

  await db.schema
    .createTable('referral_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referral_id', 'text', (c) => c.notNull().references('referrals.id'))
    // The MsgHead MsgId; the outbox row carries the same id.
    .addColumn('msg_id', 'text', (c) => c.notNull().unique())
    // ny | endring | kansellering (ServType N, M, C)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient_her_id', 'text', (c) => c.notNull())
    .addColumn('recipient_json', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    // The doctor's words for a change or cancellation (ReqComment).
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('journal_note_id', 'text', (c) => c.references('journal_notes.id'))
    // ok | avvist, from the receiver's AppRec
    .addColumn('apprec_status', 'text')
    .addColumn('apprec_at', 'text')
    .addColumn('rejection_reason', 'text')
    .execute();
  await db.schema
    .createIndex('referral_messages_referral')
    .on('referral_messages')
    .columns(['referral_id', 'created_at'])
    .execute();

  // referrals.compose pre-fills the problem list (lasting diagnoses) for a patient with thousands of notes
  // (bench referrals.compose, p95 ≤ 30 ms): the notes are read from an index that covers the join column, and
  // only the few lasting diagnoses are probed. A partial index exists in PostgreSQL too.
  await db.schema
    .createIndex('journal_notes_patient_status_version')
    .on('journal_notes')
    .columns(['patient_id', 'status', 'current_version_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('note_diagnoses_lasting')
    .on('note_diagnoses')
    .column('version_id')
    .where(sql.ref('is_lasting'), '=', 1)
    .execute();

  const changed = sql.raw(MESSAGE_CONTENT.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR '));
  await sql`CREATE TRIGGER referral_messages_content_no_update BEFORE UPDATE ON referral_messages
    WHEN ${changed} BEGIN SELECT RAISE(ABORT, 'A sent referral message is never edited'); END`.execute(db);
  await sql`CREATE TRIGGER referral_messages_no_delete BEFORE DELETE ON referral_messages
    BEGIN SELECT RAISE(ABORT, 'Sent referral messages are never deleted'); END`.execute(db);
  await sql`CREATE TRIGGER referrals_no_delete BEFORE DELETE ON referrals
    BEGIN SELECT RAISE(ABORT, 'Referrals are never deleted'); END`.execute(db);
}
