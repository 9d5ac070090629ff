/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import type { Kysely } from 'kysely';

/*
 * Timebok (issue 7 items 1–2). Schedules are per resource (a doctor, a nurse, a lab): weekly templates in the
 * clinic's local time (Europe/Oslo, 'HH:MM'), with lunch, slot length and same-day urgent blocks ("akutttimer"),
 * and exceptions (ferie, kurs, sykdom) as UTC ranges. Appointments keep their history: a cancellation only sets
 * status and the cancel columns, a move writes a new row that points to the old (moved_from_id), and every change
 * is an appointment_events row.
 *
 * No double booking is enforced by the database, not the UI: appointment_slot_units holds one row per occupied
 * 5-minute unit of each ACTIVE appointment under PRIMARY KEY (resource_id, unit_start). Cancelling or moving
 * deletes the old appointment's units in the same transaction; the appointment row and its events stay. A plain
 * composite primary key, so PostgreSQL enforces exactly the same (no partial index or trigger needed).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('schedule_resources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The staff member behind the resource (null for a lab or a room).
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // lege | sykepleier | lab
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('schedule_resources_user').on('schedule_resources').column('user_id').execute();

  // One working day of the week for one resource; a new version starts on valid_from (the old one ends the day before).
  await db.schema
    .createTable('schedule_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) => c.notNull().references('schedule_resources.id'))
    // ISO weekday: 1 mandag … 7 søndag
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('work_start', 'text', (c) => c.notNull())
    .addColumn('work_end', 'text', (c) => c.notNull())
    .addColumn('lunch_start', 'text')
    .addColumn('lunch_end', 'text')
    .addColumn('slot_minutes', 'integer', (c) => c.notNull())
    // YYYY-MM-DD, inclusive; valid_to null = open-ended
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addUniqueConstraint('schedule_templates_resource_weekday_from', ['resource_id', 'weekday', 'valid_from'])
    .execute();

  // Same-day urgent blocks of a template day ("akutttimer"): bookable only on the day itself.
  await db.schema
    .createTable('schedule_urgent_blocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('template_id', 'text', (c) => c.notNull().references('schedule_templates.id').onDelete('cascade'))
    .addColumn('block_start', 'text', (c) => c.notNull())
    .addColumn('block_end', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('schedule_urgent_blocks_template')
    .on('schedule_urgent_blocks')
    .column('template_id')
    .execute();

  // A resource unavailable for a range (whole days or part of a day): ferie | kurs | sykdom | annet.
  await db.schema
    .createTable('schedule_exceptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_id', 'text', (c) => c.notNull().references('schedule_resources.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('removed_at', 'text')
    .addColumn('removed_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('schedule_exceptions_resource')
    .on('schedule_exceptions')
    .columns(['resource_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('resource_id', 'text', (c) => c.notNull().references('schedule_resources.id'))
    // konsultasjon | dobbelttime | telefon | video | e_konsultasjon | sykebesok | vaksine | lab
    .addColumn('appointment_type', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    // booket | flyttet | avlyst | ikke_mott | ankommet | inne | ferdig
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_at', 'text', (c) => c.notNull())
    .addColumn('status_by', 'text', (c) => c.references('users.id'))
    // 1 when booked into a same-day urgent block
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('booked_at', 'text', (c) => c.notNull())
    .addColumn('booked_by', 'text', (c) => c.references('users.id'))
    // telefon | skranke | sms | helsenorge
    .addColumn('channel', 'text', (c) => c.notNull())
    // Administrative only (never clinical content): shown to reception.
    .addColumn('note', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text', (c) => c.references('users.id'))
    .addColumn('cancel_reason', 'text')
    .addColumn('moved_from_id', 'text', (c) => c.references('appointments.id'))
    .addColumn('moved_to_id', 'text', (c) => c.references('appointments.id'))
    .execute();
  await db.schema
    .createIndex('appointments_resource_start')
    .on('appointments')
    .columns(['resource_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('appointments_patient_start')
    .on('appointments')
    .columns(['patient_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('appointments_start').on('appointments').column('starts_at').execute();

  // The double-booking guard: one row per occupied 5-minute unit of an active appointment.
  await db.schema
    .createTable('appointment_slot_units')
    .addColumn('resource_id', 'text', (c) => c.notNull().references('schedule_resources.id'))
    .addColumn('unit_start', 'text', (c) => c.notNull())
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
    .addPrimaryKeyConstraint('appointment_slot_units_pk', ['resource_id', 'unit_start'])
    .execute();
  await db.schema
    .createIndex('appointment_slot_units_appointment')
    .on('appointment_slot_units')
    .column('appointment_id')
    .execute();

  // History of every change to an appointment (booket, flyttet, avlyst, ikke_mott, and later status moves).
  await db.schema
    .createTable('appointment_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('detail', 'text')
    .execute();
  await db.schema
    .createIndex('appointment_events_appointment')
    .on('appointment_events')
    .columns(['appointment_id', 'at'])
    .execute();
}
