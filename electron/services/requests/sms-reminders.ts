/**
 * SMS reminders about 48 hours before an appointment (DOMAIN.md, "Reception and appointments"): only for patients
 * who consent and have a number, not for appointments booked less than a day before they start, exactly once per
 * appointment (sms_outbox UNIQUE (purpose, appointment_id), so two planners or two PCs cannot both write one).
 * `planReminders` is run by a timer in the backend; each run writes the due reminders to the SMS outbox in one
 * transaction, and the SMS worker delivers them.
 */
import type { Kysely } from 'kysely';
import { findClinic } from '../../../db/repositories/clinic.repository';
import { enqueueSms, findSmsSettings, reminderCandidates } from '../../../db/repositories/sms.repository';
import type { Database } from '../../../db/schema';
import { recordAudit } from '../audit/audit.service';
import { systemContext } from '../context';
import { newId } from '../ids';
import { gatewayPhone, reminderText } from './sms-texts';

const HOUR_MS = 60 * 60_000;
/** A reminder goes out once an appointment is this close. */
export const REMINDER_LEAD_MS = 48 * HOUR_MS;
/** Appointments booked less than this before they start get no reminder (the patient just booked it). */
export const MIN_BOOKED_AHEAD_MS = 24 * HOUR_MS;

/** The pure rule for one appointment, given it is booked, consented and has no reminder yet. */
export function isReminderDue(a: { startsAt: Date; bookedAt: Date }, now: Date): boolean {
  const start = a.startsAt.getTime();
  if (start <= now.getTime()) return false;
  if (start - now.getTime() > REMINDER_LEAD_MS) return false;
  return start - a.bookedAt.getTime() >= MIN_BOOKED_AHEAD_MS;
}

export interface ReminderRun {
  planned: number;
}

export async function planReminders(db: Kysely<Database>, now: Date): Promise<ReminderRun> {
  return db.transaction().execute(async (trx) => {
    const candidates = await reminderCandidates(trx, {
      from: now.toISOString(),
      to: new Date(now.getTime() + REMINDER_LEAD_MS).toISOString(),
    });
    if (candidates.length === 0) return { planned: 0 };
    const clinic = await findClinic(trx);
    const settings = await findSmsSettings(trx);
    const ctx = systemContext('SMS-påminnelser', 'backend', now);
    const at = now.toISOString();
    let planned = 0;
    for (const c of candidates) {
      if (!c.phone) continue;
      if (!isReminderDue({ startsAt: new Date(c.starts_at), bookedAt: new Date(c.booked_at) }, now)) continue;
      const inserted = await enqueueSms(trx, {
        id: newId(),
        msg_id: newId(),
        to_phone: gatewayPhone(c.phone),
        text: reminderText({
          startsAt: new Date(c.starts_at),
          clinicName: clinic?.name ?? 'Legekontoret',
          place: settings?.place ?? null,
        }),
        purpose: 'reminder',
        appointment_id: c.appointment_id,
        request_id: null,
        patient_id: c.patient_id,
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        lease_owner: null,
        lease_until: null,
        last_error: null,
        created_at: at,
        sent_at: null,
      });
      if (!inserted) continue;
      planned++;
      await recordAudit(trx, ctx, {
        action: 'sms.reminder.planned',
        patientId: c.patient_id,
        entityType: 'appointment',
        entityId: c.appointment_id,
      });
    }
    return { planned };
  });
}
