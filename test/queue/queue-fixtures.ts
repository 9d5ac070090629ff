/**
 * Appointments for the venterom tests, written straight into the timebok's tables: the queue only reads them, and
 * its tests should not depend on how the timebok books (that has tests of its own).
 */
import type { Backend } from '../../electron/backend';
import { newId } from '../../electron/services/ids';
import type { Caller } from '../support/clinic';
import { value } from '../support/clinic';
import { tnr } from '../support/people';

/** Monday 23 November 2026, 10:00 in Oslo (09:00 UTC). */
export const MONDAY_10 = new Date('2026-11-23T09:00:00.000Z');

/** A clock the test moves by hand. */
export function manualClock(start = MONDAY_10) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(minutes: number) {
      now += minutes * 60_000;
    },
  };
}

export async function resourceOf(backend: Backend, userId: string): Promise<string> {
  const db = backend.conn.db;
  const existing = await db
    .selectFrom('schedule_resources')
    .select('id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = newId();
  await db
    .insertInto('schedule_resources')
    .values({
      id,
      user_id: userId,
      name: `Lege ${userId.slice(-4)}`,
      kind: 'lege',
      created_at: MONDAY_10.toISOString(),
    })
    .execute();
  return id;
}

export async function seedAppointment(
  backend: Backend,
  a: { patientId: string; doctorId: string; startsAt: string; minutes?: number },
): Promise<string> {
  const id = newId();
  const resourceId = await resourceOf(backend, a.doctorId);
  const ends = new Date(Date.parse(a.startsAt) + (a.minutes ?? 20) * 60_000).toISOString();
  await backend.conn.db
    .insertInto('appointments')
    .values({
      id,
      patient_id: a.patientId,
      resource_id: resourceId,
      appointment_type: 'konsultasjon',
      starts_at: a.startsAt,
      ends_at: ends,
      status: 'booket',
      status_at: MONDAY_10.toISOString(),
      status_by: null,
      booked_at: MONDAY_10.toISOString(),
      booked_by: null,
      channel: 'telefon',
      note: null,
      cancelled_at: null,
      cancelled_by: null,
      cancel_reason: null,
      moved_from_id: null,
      moved_to_id: null,
    })
    .execute();
  return id;
}

let seq = 0;

/** A fictional patient with a Test Norge number, registered by the reception. */
export async function registerPatient(sekretaer: Caller, givenName: string, familyName = 'Testesen'): Promise<string> {
  seq += 1;
  const birth = `19${String(40 + (seq % 50)).padStart(2, '0')}-0${1 + (seq % 9)}-1${seq % 10}`;
  const card = value(
    await sekretaer('patients.register', {
      identityNumber: tnr(birth, seq % 2 === 0 ? 'female' : 'male', seq),
      givenName,
      familyName,
    }),
  );
  return card.id;
}
