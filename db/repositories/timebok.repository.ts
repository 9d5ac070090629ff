/**
 * Appointments, their history, and the double-booking guard: appointment_slot_units has one row per occupied
 * 5-minute unit of an active appointment under PRIMARY KEY (resource_id, unit_start), so a second booking of the
 * same time fails in the database itself (SQLite and PostgreSQL alike), whatever the callers checked before.
 */
import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../schema';
import type { AppointmentEventTable, AppointmentRow, AppointmentStatus, AppointmentTable } from '../schema-timebok';

type Db = Kysely<Database> | Transaction<Database>;

const ACTIVE = ['booket', 'ikke_mott', 'ankommet', 'inne', 'ferdig'] as const;

export interface AppointmentJoined extends AppointmentRow {
  given_name: string;
  middle_name: string | null;
  family_name: string;
  birth_date: string;
  resource_name: string;
}

function joined(db: Db) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('patients as p', 'p.id', 'a.patient_id')
    .innerJoin('schedule_resources as r', 'r.id', 'a.resource_id')
    .selectAll('a')
    .select(['p.given_name', 'p.middle_name', 'p.family_name', 'p.birth_date', 'r.name as resource_name']);
}

export async function findAppointment(db: Db, id: string): Promise<AppointmentJoined | undefined> {
  return joined(db).where('a.id', '=', id).executeTakeFirst();
}

/** Active appointments (those holding their slot) of these resources starting in [fromUtc, toUtc). */
export async function activeAppointmentsBetween(
  db: Db,
  resourceIds: readonly string[],
  fromUtc: string,
  toUtc: string,
): Promise<AppointmentJoined[]> {
  if (resourceIds.length === 0) return [];
  return joined(db)
    .where('a.resource_id', 'in', resourceIds)
    .where('a.starts_at', '>=', fromUtc)
    .where('a.starts_at', '<', toUtc)
    .where('a.status', 'in', ACTIVE)
    .orderBy('a.starts_at')
    .execute();
}

/** Active appointments of one resource overlapping [fromUtc, toUtc) (start before toUtc, end after fromUtc). */
export async function activeAppointmentsOverlapping(
  db: Db,
  resourceId: string,
  fromUtc: string,
  toUtc: string,
  /** The longest appointment, so the start bound can use the (resource_id, starts_at) index. */
  maxMinutes: number,
): Promise<AppointmentJoined[]> {
  const earliest = new Date(Date.parse(fromUtc) - maxMinutes * 60_000).toISOString();
  return joined(db)
    .where('a.resource_id', '=', resourceId)
    .where('a.starts_at', '>=', earliest)
    .where('a.starts_at', '<', toUtc)
    .where('a.ends_at', '>', fromUtc)
    .where('a.status', 'in', ACTIVE)
    .orderBy('a.starts_at')
    .execute();
}

export async function appointmentsOfPatient(db: Db, patientId: string): Promise<AppointmentJoined[]> {
  return joined(db).where('a.patient_id', '=', patientId).orderBy('a.starts_at', 'desc').limit(200).execute();
}

export async function insertAppointment(db: Db, row: Insertable<AppointmentTable>): Promise<void> {
  await db.insertInto('appointments').values(row).execute();
}

/**
 * Changes the appointment only if it still has the status the caller read: a cancel and a move of the same time from
 * two PCs at once cannot both succeed. False when someone else changed it first.
 */
export async function updateAppointment(
  db: Db,
  seen: { id: string; status: AppointmentStatus },
  patch: Updateable<AppointmentTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('appointments')
    .set(patch)
    .where('id', '=', seen.id)
    .where('status', '=', seen.status)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Occupies the units; throws the database's unique violation when one is taken (see isSlotTaken). */
export async function occupyUnits(
  db: Db,
  resourceId: string,
  appointmentId: string,
  unitStarts: readonly string[],
): Promise<void> {
  if (unitStarts.length === 0) return;
  await db
    .insertInto('appointment_slot_units')
    .values(unitStarts.map((u) => ({ resource_id: resourceId, unit_start: u, appointment_id: appointmentId })))
    .execute();
}

export async function releaseUnits(db: Db, appointmentId: string): Promise<void> {
  await db.deleteFrom('appointment_slot_units').where('appointment_id', '=', appointmentId).execute();
}

/** True when the error is the slot-unit key refusing a second booking (SQLite or PostgreSQL). */
export function isSlotTaken(error: unknown): boolean {
  const e = error as { code?: string; message?: string; constraint?: string };
  if (e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return (e.message ?? '').includes('appointment_slot_units');
  }
  return e.code === '23505' && (e.constraint ?? '').startsWith('appointment_slot_units');
}

/** True when another connection holds the write lock (SQLite); the caller may retry the whole transaction. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code === '40001';
}

export async function insertAppointmentEvent(db: Db, row: Insertable<AppointmentEventTable>): Promise<void> {
  await db.insertInto('appointment_events').values(row).execute();
}

export async function appointmentEvents(
  db: Db,
  appointmentId: string,
): Promise<(Omit<AppointmentEventTable, 'id' | 'appointment_id' | 'actor_id'> & { actor_name: string | null })[]> {
  return db
    .selectFrom('appointment_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.at', 'e.kind', 'e.from_status', 'e.to_status', 'e.detail', 'u.display_name as actor_name'])
    .where('e.appointment_id', '=', appointmentId)
    .orderBy('e.at')
    .execute();
}

/** Of these patients, those with at least one CAVE entry whose newest version is active. */
export async function patientsWithActiveCave(db: Db, patientIds: readonly string[]): Promise<Set<string>> {
  if (patientIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('cave_versions')
    .select(['patient_id', 'entry_id', 'version', 'status'])
    .where('patient_id', 'in', [...new Set(patientIds)])
    .orderBy('entry_id')
    .orderBy('version', 'desc')
    .execute();
  const seen = new Set<string>();
  const result = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.entry_id)) continue;
    seen.add(r.entry_id);
    if (r.status === 'aktiv') result.add(r.patient_id);
  }
  return result;
}

/** Many appointments with their units in few statements: seeding and benchmarks only. */
export async function bulkInsertAppointments(
  db: Db,
  rows: readonly Insertable<AppointmentTable>[],
  units: readonly { resource_id: string; unit_start: string; appointment_id: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 400)
    await db
      .insertInto('appointments')
      .values(rows.slice(i, i + 400))
      .execute();
  for (let i = 0; i < units.length; i += 1000) {
    await db
      .insertInto('appointment_slot_units')
      .values(units.slice(i, i + 1000))
      .execute();
  }
}
