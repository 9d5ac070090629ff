/**
 * Appointments for the reminder tests, written straight into the timebok's tables (the timebok service is another
 * domain's; these tests only need rows as it would leave them). A patient with SMS consent through the real call.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppointmentStatus } from '../../db/schema-timebok';

export async function addResource(db: Kysely<Database>, name = 'Dr. Hansen (hjertespesialist)'): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('schedule_resources')
    .values({ id, user_id: null, name, kind: 'lege', created_at: '2026-01-01T00:00:00.000Z' })
    .execute();
  return id;
}

export async function addAppointment(
  db: Kysely<Database>,
  a: {
    patientId: string;
    resourceId: string;
    startsAt: string;
    bookedAt: string;
    status?: AppointmentStatus;
    type?: string;
    note?: string;
  },
): Promise<string> {
  const id = randomUUID();
  const ends = new Date(new Date(a.startsAt).getTime() + 20 * 60_000).toISOString();
  await db
    .insertInto('appointments')
    .values({
      id,
      patient_id: a.patientId,
      resource_id: a.resourceId,
      appointment_type: a.type ?? 'konsultasjon',
      starts_at: a.startsAt,
      ends_at: ends,
      status: a.status ?? 'booket',
      status_at: a.bookedAt,
      status_by: null,
      booked_at: a.bookedAt,
      booked_by: null,
      channel: 'telefon',
      note: a.note ?? null,
      cancelled_at: null,
      cancelled_by: null,
      cancel_reason: null,
      moved_from_id: null,
      moved_to_id: null,
    })
    .execute();
  return id;
}
