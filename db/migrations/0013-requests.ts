/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import type { Kysely } from 'kysely';

/*
 * Patient requests and SMS (issue 7 items 4–5). A request (Helsenorge-like or an SMS) is kept once per external
 * id, answered and closed, never deleted; its history is patient_request_events (append-only) beside the audit
 * log. SMS reminders go through sms_outbox like outbox_messages (lease, retry with backoff, stable msg_id), with
 * UNIQUE (purpose, appointment_id) so an appointment gets exactly one reminder however often the planner runs or
 * how many PCs run it. Plain unique constraints (NULLs are distinct in SQLite and PostgreSQL alike).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('patient_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // timebestilling | fornye_resept | kontakt | vaksine | sms_timebestilling
    .addColumn('kind', 'text', (c) => c.notNull())
    // helsenorge | sms
    .addColumn('channel', 'text', (c) => c.notNull())
    // The sender's id for the message (Helsenorge message id, the SMS gateway's id): intake is idempotent on it.
    .addColumn('external_id', 'text', (c) => c.notNull().unique())
    // Null for an SMS nobody has matched to a patient yet.
    .addColumn('patient_id', 'text', (c) => c.references('patients.id'))
    // fornye_resept: the patient's fastlege when it came in.
    .addColumn('doctor_id', 'text', (c) => c.references('users.id'))
    // fornye_resept: the prescription to renew.
    .addColumn('prescription_id', 'text', (c) => c.references('prescriptions.id'))
    .addColumn('subject', 'text')
    // What the patient wrote. Clinical for fornye_resept: only clinicians read it.
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('from_phone', 'text')
    // SMS: matched | needs_person | unparsed
    .addColumn('sms_status', 'text')
    // SMS: JSON of the parsed fields (birth date, name, free text, keyword) or the reason it could not be read.
    .addColumn('sms_parse', 'text')
    // SMS: JSON [{ id, level }] of the patients it could be.
    .addColumn('sms_candidates', 'text')
    // open | closed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('patient_requests_status_received')
    .on('patient_requests')
    .columns(['status', 'received_at'])
    .execute();
  await db.schema.createIndex('patient_requests_patient').on('patient_requests').column('patient_id').execute();
  await db.schema
    .createIndex('patient_requests_doctor')
    .on('patient_requests')
    .columns(['doctor_id', 'status'])
    .execute();

  // Append-only history of a request: received, matched (by the parser or by hand), answered.
  await db.schema
    .createTable('patient_request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('patient_requests.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();
  await db.schema
    .createIndex('patient_request_events_request')
    .on('patient_request_events')
    .columns(['request_id', 'at'])
    .execute();

  // The patient's consent to SMS reminders and the number to send them to (set by a call, audited).
  await db.schema
    .createTable('sms_consents')
    .addColumn('patient_id', 'text', (c) => c.primaryKey().references('patients.id'))
    .addColumn('sms_reminders', 'integer', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();

  // The clinic's SMS set-up: the keyword patients start a booking SMS with, and the place reminders name.
  await db.schema
    .createTable('sms_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('keyword', 'text')
    .addColumn('place', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('sms_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('msg_id', 'text', (c) => c.notNull().unique())
    .addColumn('to_phone', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    // reminder | confirmation
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('appointment_id', 'text', (c) => c.references('appointments.id'))
    .addColumn('request_id', 'text', (c) => c.references('patient_requests.id'))
    .addColumn('patient_id', 'text', (c) => c.references('patients.id'))
    // pending | sent | failed | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('sms_outbox_one_per_appointment', ['purpose', 'appointment_id'])
    .addUniqueConstraint('sms_outbox_one_per_request', ['purpose', 'request_id'])
    .execute();
  await db.schema.createIndex('sms_outbox_due').on('sms_outbox').columns(['status', 'next_attempt_at']).execute();
}
