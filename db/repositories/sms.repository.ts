/**
 * SMS: the patient's consent to reminders, the clinic's SMS set-up, the appointments due a reminder, and the SMS
 * outbox (claimed with a lease like outbox_messages, so two PCs sharing a database never send the same SMS twice).
 */
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema';
import type { SmsConsentRow, SmsOutboxRow, SmsOutboxTable } from '../schema-requests';

type Db = Kysely<Database> | Transaction<Database>;

export const SMS_SETTINGS_ID = 'clinic';

export async function findConsent(db: Db, patientId: string): Promise<SmsConsentRow | undefined> {
  return db.selectFrom('sms_consents').selectAll().where('patient_id', '=', patientId).executeTakeFirst();
}

export async function upsertConsent(db: Db, row: SmsConsentRow): Promise<void> {
  await db
    .insertInto('sms_consents')
    .values(row)
    .onConflict((oc) =>
      oc.column('patient_id').doUpdateSet({
        sms_reminders: row.sms_reminders,
        phone: row.phone,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}

export async function findSmsSettings(db: Db): Promise<{ keyword: string | null; place: string | null } | undefined> {
  return db
    .selectFrom('sms_settings')
    .select(['keyword', 'place'])
    .where('id', '=', SMS_SETTINGS_ID)
    .executeTakeFirst();
}

export async function upsertSmsSettings(
  db: Db,
  s: { keyword: string | null; place: string | null; at: string; by: string | null },
): Promise<void> {
  await db
    .insertInto('sms_settings')
    .values({ id: SMS_SETTINGS_ID, keyword: s.keyword, place: s.place, updated_at: s.at, updated_by: s.by })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ keyword: s.keyword, place: s.place, updated_at: s.at, updated_by: s.by }),
    )
    .execute();
}

export interface ReminderCandidateRow {
  appointment_id: string;
  patient_id: string;
  starts_at: string;
  booked_at: string;
  phone: string | null;
}

/**
 * Booked appointments starting in (from, to] whose patient consents to reminders and that have no reminder yet.
 * Consent is the patient's sms_consents record when there is one (set by requests.setConsent), else what the
 * patient register holds (patients.sms_consent and mobile_phone). The planner applies the booked-a-day-ahead rule
 * on these few rows (instants are ISO text: no date arithmetic in SQL, which differs between SQLite and PostgreSQL).
 */
export async function reminderCandidates(
  db: Db,
  window: { from: string; to: string },
): Promise<ReminderCandidateRow[]> {
  return (
    db
      .selectFrom('appointments as a')
      .innerJoin('patients as p', 'p.id', 'a.patient_id')
      .leftJoin('sms_consents as c', 'c.patient_id', 'a.patient_id')
      .select([
        'a.id as appointment_id',
        'a.patient_id',
        'a.starts_at',
        'a.booked_at',
        (eb) => eb.fn.coalesce('c.phone', 'p.mobile_phone').as('phone'),
      ])
      .where('a.status', '=', 'booket')
      // Never a reminder to a dead patient's phone, nor for a record merged into another.
      .where('p.status', '!=', 'dod')
      .where('p.merged_into_id', 'is', null)
      .where('a.starts_at', '>', window.from)
      .where('a.starts_at', '<=', window.to)
      .where((eb) => eb(eb.fn.coalesce('c.sms_reminders', 'p.sms_consent'), '=', 1))
      .where((w) =>
        w.not(
          w.exists(
            w
              .selectFrom('sms_outbox as o')
              .select('o.id')
              .whereRef('o.appointment_id', '=', 'a.id')
              .where('o.purpose', '=', 'reminder'),
          ),
        ),
      )
      .orderBy('a.starts_at')
      .execute()
  );
}

/** Writes one SMS; false when one for the same purpose and appointment or request is already there. */
export async function enqueueSms(db: Db, row: Insertable<SmsOutboxTable>): Promise<boolean> {
  const result = await db
    .insertInto('sms_outbox')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Claims due SMS for this worker until leaseUntil; an expired lease (a crashed worker) is taken over. */
export async function claimDueSms(
  db: Db,
  worker: { owner: string; now: string; leaseUntil: string; limit: number },
): Promise<SmsOutboxRow[]> {
  return db
    .updateTable('sms_outbox')
    .set({ lease_owner: worker.owner, lease_until: worker.leaseUntil })
    .where(
      'id',
      'in',
      db
        .selectFrom('sms_outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', worker.now)
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<', worker.now)]))
        .orderBy('next_attempt_at')
        .limit(worker.limit),
    )
    .returningAll()
    .execute();
}

/** Ends an SMS: sent (the gateway took it), failed (refused for good) or cancelled (its appointment is gone). */
export async function finishSms(
  db: Db,
  id: string,
  owner: string,
  end: { status: 'sent' | 'failed' | 'cancelled'; now: string; error?: string; attempted: boolean },
): Promise<void> {
  await db
    .updateTable('sms_outbox')
    .set({
      status: end.status,
      sent_at: end.status === 'sent' ? end.now : null,
      last_error: end.error ?? null,
      lease_owner: null,
      lease_until: null,
      attempts: end.attempted ? sql<number>`attempts + 1` : sql<number>`attempts`,
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute();
}

export async function retrySms(
  db: Db,
  id: string,
  owner: string,
  r: { nextAttemptAt: string; error: string },
): Promise<void> {
  await db
    .updateTable('sms_outbox')
    .set({
      next_attempt_at: r.nextAttemptAt,
      last_error: r.error,
      lease_owner: null,
      lease_until: null,
      attempts: sql<number>`attempts + 1`,
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute();
}

/** Where a reminder's appointment stands now: the worker cancels a reminder for one cancelled, moved or begun. */
export async function appointmentForReminder(
  db: Db,
  appointmentId: string,
): Promise<{ status: string; starts_at: string } | undefined> {
  return db
    .selectFrom('appointments')
    .select(['status', 'starts_at'])
    .where('id', '=', appointmentId)
    .executeTakeFirst();
}

export async function smsOutboxRows(db: Db, filter: { patientId?: string } = {}): Promise<SmsOutboxRow[]> {
  let query = db.selectFrom('sms_outbox').selectAll();
  if (filter.patientId) query = query.where('patient_id', '=', filter.patientId);
  return query.orderBy('created_at').orderBy('id').execute();
}

export interface UpcomingAppointmentRow {
  id: string;
  starts_at: string;
  resource_name: string;
}

/** A patient's booked appointments from `from` on (the timebok's table, read only): what an answer can confirm. */
export async function upcomingAppointmentsOf(
  db: Db,
  patientId: string,
  from: string,
): Promise<UpcomingAppointmentRow[]> {
  return db
    .selectFrom('appointments as a')
    .innerJoin('schedule_resources as r', 'r.id', 'a.resource_id')
    .select(['a.id', 'a.starts_at', 'r.name as resource_name'])
    .where('a.patient_id', '=', patientId)
    .where('a.status', '=', 'booket')
    .where('a.starts_at', '>', from)
    .orderBy('a.starts_at')
    .limit(20)
    .execute();
}
