/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import { sql, type Kysely } from 'kysely';

/*
 * The clinical inbox (issue 6 item 5): every document another service sends the clinic (henvisning, dialogmelding,
 * epikrise, svarrapport, AppRec) or that is imported from a file, kept once per MsgId, matched to a patient and a
 * referral, read and filed by a clinician. Nothing clinical is deleted or overwritten (ARCHITECTURE.md, Data): what
 * was received (raw XML, the readable content, the schema errors) is frozen by a trigger; only the state moves.
 */
const CONTENT_COLUMNS = [
  'msg_id',
  'kind',
  'msg_type',
  'standard_version',
  'title',
  'received_at',
  'source',
  'document_date',
  'sender_name',
  'sender_her_id',
  'sender_person',
  'patient_ident',
  'patient_ident_type',
  'patient_name',
  'ref_to_parent',
  'ref_to_conversation',
  'schema_errors',
  'content_json',
  'raw_xml',
  'assessed_at',
  'frist_date',
  'right_to_care',
  'appointment_at',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incoming_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // MsgHead MsgId: a message is stored exactly once however often it is delivered or imported.
    .addColumn('msg_id', 'text', (c) => c.notNull().unique())
    // henvisning | dialogmelding | epikrise | svarrapport | apprec
    .addColumn('kind', 'text', (c) => c.notNull())
    // MsgInfo/Type V as sent, e.g. 'DIALOG_STATUS_HENVISNING', 'EPIKRISE', 'SVAR_LAB'
    .addColumn('msg_type', 'text', (c) => c.notNull())
    // e.g. 'Dialogmelding v1.1', 'Epikrise v1.2', 'Henvisning v2.0'
    .addColumn('standard_version', 'text', (c) => c.notNull())
    // What the document calls itself, e.g. 'Sykehusepikrise', 'Status på henvisning' (the list shows it).
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    // helsenett (through the delivery worker) | import (npm run cli -- import-message)
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source IN ('helsenett', 'import')`))
    // MsgHead GenDate: when the sender wrote it.
    .addColumn('document_date', 'text')
    .addColumn('sender_name', 'text', (c) => c.notNull())
    .addColumn('sender_her_id', 'text')
    .addColumn('sender_person', 'text')
    // The patient as the message names them (MsgHead Patient), kept whether or not it matched anyone.
    .addColumn('patient_ident', 'text')
    .addColumn('patient_ident_type', 'text')
    .addColumn('patient_name', 'text')
    .addColumn('ref_to_parent', 'text')
    .addColumn('ref_to_conversation', 'text')
    .addColumn('patient_id', 'text', (c) => c.references('patients.id'))
    // The referral it answers (referrals.id), found through ConversationRef -> outbox_messages.msg_id.
    .addColumn('referral_id', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('uavklart', 'til_behandling', 'arkivert', 'ugyldig')`),
    )
    .addColumn('unmatched_reason', 'text')
    // JSON array of the XSD errors, or null when the document validated.
    .addColumn('schema_errors', 'text')
    // The readable content (sections, diagnoses, assessment, medicines) as JSON: what the clinician is shown.
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('raw_xml', 'text', (c) => c.notNull())
    // Assessed facts of a dialogmelding about a referral (rettighetsvurdering, frist, appointment).
    .addColumn('assessed_at', 'text')
    .addColumn('frist_date', 'text')
    .addColumn('right_to_care', 'integer')
    .addColumn('appointment_at', 'text')
    .addColumn('matched_by', 'text', (c) => c.references('users.id'))
    .addColumn('matched_at', 'text')
    .addColumn('filed_by', 'text', (c) => c.references('users.id'))
    .addColumn('filed_at', 'text')
    .addColumn('journal_note_id', 'text', (c) => c.references('journal_notes.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incoming_documents_status')
    .on('incoming_documents')
    .columns(['status', 'received_at'])
    .execute();
  // "Alle": the newest documents whatever their state, without sorting the whole table.
  await db.schema.createIndex('incoming_documents_received').on('incoming_documents').column('received_at').execute();
  await db.schema
    .createIndex('incoming_documents_patient')
    .on('incoming_documents')
    .columns(['patient_id', 'received_at'])
    .execute();
  await db.schema
    .createIndex('incoming_documents_referral')
    .on('incoming_documents')
    .columns(['referral_id', 'received_at'])
    .execute();

  const changed = sql.raw(CONTENT_COLUMNS.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR '));
  await sql`CREATE TRIGGER incoming_documents_content_no_update BEFORE UPDATE ON incoming_documents
    WHEN ${changed} BEGIN SELECT RAISE(ABORT, 'A received document is never edited; only its state changes'); END`.execute(
    db,
  );
  await sql`CREATE TRIGGER incoming_documents_no_delete BEFORE DELETE ON incoming_documents
    BEGIN SELECT RAISE(ABORT, 'Received documents are never deleted'); END`.execute(db);
}
