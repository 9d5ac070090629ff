/**
 * The venterom's queue entries and their history, and the few appointment columns the queue moves (ankommet, inne,
 * ferdig; the timebok service owns every other appointment status). State changes are compare-and-set: an update
 * names the state it expects and returns whether it matched, so two windows racing cannot both win.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import type { QueueEntryEventTable, QueueEntryRow, QueueEntryTable, QueueStatus, QueueTriage } from '../schema-queue';
import type { AppointmentStatus } from '../schema-timebok';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertQueueEntry(db: Db, row: Insertable<QueueEntryTable>): Promise<void> {
  await db.insertInto('queue_entries').values(row).execute();
}

export async function insertQueueEvent(db: Db, row: Insertable<QueueEntryEventTable>): Promise<void> {
  await db.insertInto('queue_entry_events').values(row).execute();
}

export async function findQueueEntry(db: Db, id: string): Promise<QueueEntryRow | undefined> {
  return db.selectFrom('queue_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findQueueEntryOfAppointment(db: Db, appointmentId: string): Promise<QueueEntryRow | undefined> {
  return db.selectFrom('queue_entries').selectAll().where('appointment_id', '=', appointmentId).executeTakeFirst();
}

/** The patient's entry that is venter or inne on `day` (at most one: a partial unique index says so). */
export async function findActiveQueueEntryOfPatient(
  db: Db,
  patientId: string,
  day: string,
): Promise<QueueEntryRow | undefined> {
  return db
    .selectFrom('queue_entries')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('day', '=', day)
    .where('status', 'in', ['venter', 'inne'])
    .executeTakeFirst();
}

export interface QueueEntryListRow extends QueueEntryRow {
  given_name: string;
  middle_name: string | null;
  family_name: string;
  birth_date: string;
  doctor_name: string | null;
  called_by_name: string | null;
}

/** Every entry of a day with the patient's name and the doctors' names. */
export async function queueEntriesOfDay(db: Db, day: string): Promise<QueueEntryListRow[]> {
  return db
    .selectFrom('queue_entries as q')
    .innerJoin('patients as p', 'p.id', 'q.patient_id')
    .leftJoin('users as d', 'd.id', 'q.doctor_id')
    .leftJoin('users as c', 'c.id', 'q.called_by')
    .selectAll('q')
    .select([
      'p.given_name',
      'p.middle_name',
      'p.family_name',
      'p.birth_date',
      'd.display_name as doctor_name',
      'c.display_name as called_by_name',
    ])
    .where('q.day', '=', day)
    .orderBy('q.arrived_at')
    .orderBy('q.id')
    .execute();
}

/** The waiting entries of a day, without names: what "Neste pasient" chooses from. */
export async function waitingEntriesOfDay(db: Db, day: string): Promise<QueueEntryRow[]> {
  return db
    .selectFrom('queue_entries')
    .selectAll()
    .where('day', '=', day)
    .where('status', '=', 'venter')
    .orderBy('arrived_at')
    .orderBy('id')
    .execute();
}

/**
 * Reserves a waiting entry for one doctor while their journal note is started. Succeeds only if the entry still
 * waits and nobody holds a live claim (one older than staleBefore has been abandoned by a crashed call).
 */
export async function claimQueueEntry(
  db: Db,
  c: { id: string; token: string; by: string; at: string; staleBefore: string },
): Promise<boolean> {
  const result = await db
    .updateTable('queue_entries')
    .set({ claim_token: c.token, claim_by: c.by, claim_at: c.at })
    .where('id', '=', c.id)
    .where('status', '=', 'venter')
    .where((eb) => eb.or([eb('claim_token', 'is', null), eb('claim_at', '<', c.staleBefore)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseQueueClaim(db: Db, id: string, token: string): Promise<void> {
  await db
    .updateTable('queue_entries')
    .set({ claim_token: null, claim_by: null, claim_at: null })
    .where('id', '=', id)
    .where('claim_token', '=', token)
    .execute();
}

/** Moves the entry's status if it is still in `from` (and still claimed with `token`, when given). */
export async function moveQueueEntry(
  db: Db,
  m: {
    id: string;
    from: QueueStatus;
    to: QueueStatus;
    at: string;
    by: string | null;
    claimToken?: string;
    called?: { by: string; noteId: string };
  },
): Promise<boolean> {
  let query = db
    .updateTable('queue_entries')
    .set({
      status: m.to,
      status_at: m.at,
      status_by: m.by,
      claim_token: null,
      claim_by: null,
      claim_at: null,
      ...(m.called ? { called_by: m.called.by, called_at: m.at, note_id: m.called.noteId } : {}),
    })
    .where('id', '=', m.id)
    .where('status', '=', m.from);
  if (m.claimToken) query = query.where('claim_token', '=', m.claimToken);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setQueueTriage(db: Db, id: string, triage: QueueTriage): Promise<void> {
  await db.updateTable('queue_entries').set({ triage }).where('id', '=', id).execute();
}

export interface AppointmentForQueue {
  id: string;
  patient_id: string;
  starts_at: string;
  status: AppointmentStatus;
  appointment_type: string;
  doctor_id: string | null;
  resource_name: string;
}

export async function findAppointmentForQueue(db: Db, id: string): Promise<AppointmentForQueue | undefined> {
  return db
    .selectFrom('appointments as a')
    .innerJoin('schedule_resources as r', 'r.id', 'a.resource_id')
    .select([
      'a.id',
      'a.patient_id',
      'a.starts_at',
      'a.status',
      'a.appointment_type',
      'r.user_id as doctor_id',
      'r.name as resource_name',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export interface ExpectedAppointmentRow extends AppointmentForQueue {
  given_name: string;
  middle_name: string | null;
  family_name: string;
  birth_date: string;
}

/** Booked appointments starting in [from, to) that have not arrived (status still booket), in time order. */
export async function expectedAppointments(
  db: Db,
  range: { from: string; to: string },
  limit: number,
): Promise<ExpectedAppointmentRow[]> {
  return db
    .selectFrom('appointments as a')
    .innerJoin('schedule_resources as r', 'r.id', 'a.resource_id')
    .innerJoin('patients as p', 'p.id', 'a.patient_id')
    .select([
      'a.id',
      'a.patient_id',
      'a.starts_at',
      'a.status',
      'a.appointment_type',
      'r.user_id as doctor_id',
      'r.name as resource_name',
      'p.given_name',
      'p.middle_name',
      'p.family_name',
      'p.birth_date',
    ])
    .where('a.starts_at', '>=', range.from)
    .where('a.starts_at', '<', range.to)
    .where('a.status', '=', 'booket')
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .limit(limit)
    .execute();
}

/**
 * The queue's part of the appointment's life: ankommet, inne, ferdig. Compare-and-set on the status it expects, with
 * an appointment_events row like the timebok's own changes, so the appointment's history tells the whole day.
 */
export async function moveAppointmentStatus(
  db: Db,
  m: {
    id: string;
    from: readonly AppointmentStatus[];
    to: AppointmentStatus;
    at: string;
    by: string | null;
    eventId: string;
  },
): Promise<boolean> {
  const current = await db.selectFrom('appointments').select('status').where('id', '=', m.id).executeTakeFirst();
  if (!current || !m.from.includes(current.status)) return false;
  const result = await db
    .updateTable('appointments')
    .set({ status: m.to, status_at: m.at, status_by: m.by })
    .where('id', '=', m.id)
    .where('status', '=', current.status)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db
    .insertInto('appointment_events')
    .values({
      id: m.eventId,
      appointment_id: m.id,
      at: m.at,
      actor_id: m.by,
      kind: 'status',
      from_status: current.status,
      to_status: m.to,
      detail: JSON.stringify({ via: 'venterom' }),
    })
    .execute();
  return true;
}

/** An entry's history, oldest first. */
export async function queueEventsOfEntry(db: Db, entryId: string) {
  return db
    .selectFrom('queue_entry_events')
    .selectAll()
    .where('entry_id', '=', entryId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** A unique-key refusal from either database (SQLite's extended code, PostgreSQL's SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
