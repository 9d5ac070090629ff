/**
 * The patient's consent to SMS reminders (with the number to use), the clinic's SMS set-up (keyword and place),
 * and the SMS log of a patient. Consent is administrative data: reception and doctors set it, audited.
 */
import type { Kysely } from 'kysely';
import {
  findConsent,
  findSmsSettings,
  smsOutboxRows,
  upsertConsent,
  upsertSmsSettings,
} from '../../../db/repositories/sms.repository';
import type { Database } from '../../../db/schema';
import type { SmsConsentView, SmsOutboxView, SmsSettingsView } from '../../../shared/api/requests-views';
import type { SmsConsentInput, SmsSettingsInput } from '../../../shared/schemas/requests.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { ErrorCode } from '../../../shared/api/error-codes';

/** Reception and doctors work with SMS; the administrator sets the clinic up. */
const SETTINGS_WRITERS = ['helsesekretaer', 'administrator'] as const;

export function createSmsSettingsService(db: Kysely<Database>) {
  return {
    async consent(ctx: ServiceContext, patientId: string): Promise<SmsConsentView> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      const patient = await requirePatient(db, patientId);
      const row = await findConsent(db, patientId);
      if (row) {
        return {
          patientId,
          smsReminders: row.sms_reminders === 1,
          phone: row.phone ?? patient.mobile_phone,
          updatedAt: row.updated_at,
          source: 'record',
        };
      }
      // No record yet: the reminders follow the patient register's SMS consent and mobile number.
      return {
        patientId,
        smsReminders: patient.sms_consent === 1,
        phone: patient.mobile_phone,
        updatedAt: null,
        source: 'patient-register',
      };
    },

    async setConsent(ctx: ServiceContext, input: SmsConsentInput): Promise<SmsConsentView> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      return db.transaction().execute(async (trx) => {
        const patient = await requirePatient(trx, input.patientId);
        const before = await findConsent(trx, input.patientId);
        const at = ctx.now.toISOString();
        const phone = input.phone ?? before?.phone ?? patient.mobile_phone;
        if (input.smsReminders && !phone) {
          throw new ServiceError(ErrorCode.invalidInput, 'Påminnelser på SMS trenger et mobilnummer.', {
            phone: 'Skriv et mobilnummer',
          });
        }
        await upsertConsent(trx, {
          patient_id: input.patientId,
          sms_reminders: input.smsReminders ? 1 : 0,
          phone,
          updated_at: at,
          updated_by: ctx.user.id,
        });
        await recordAudit(trx, ctx, {
          action: 'sms.consent.set',
          patientId: input.patientId,
          entityType: 'sms_consent',
          entityId: input.patientId,
          detail: { smsReminders: input.smsReminders, before: before ? before.sms_reminders === 1 : null },
        });
        return { patientId: input.patientId, smsReminders: input.smsReminders, phone, updatedAt: at, source: 'record' };
      });
    },

    async settings(ctx: ServiceContext): Promise<SmsSettingsView> {
      requireRole(ctx, [...PERMISSIONS.patientRequests, 'administrator']);
      const row = await findSmsSettings(db);
      return { keyword: row?.keyword ?? null, place: row?.place ?? null };
    },

    async setSettings(ctx: ServiceContext, input: SmsSettingsInput): Promise<SmsSettingsView> {
      requireRole(ctx, SETTINGS_WRITERS);
      return db.transaction().execute(async (trx) => {
        const keyword = input.keyword === '' ? null : input.keyword.toUpperCase();
        const place = input.place === '' ? null : input.place;
        await upsertSmsSettings(trx, { keyword, place, at: ctx.now.toISOString(), by: ctx.user.id });
        await recordAudit(trx, ctx, { action: 'sms.settings.set', detail: { keyword, place } });
        return { keyword, place };
      });
    },

    /** The SMS of one patient, newest last: what they were sent and whether it went. Administrative, audited. */
    async log(ctx: ServiceContext, patientId: string): Promise<SmsOutboxView[]> {
      requireRole(ctx, PERMISSIONS.patientRequests);
      return db.transaction().execute(async (trx) => {
        await requirePatient(trx, patientId);
        const rows = await smsOutboxRows(trx, { patientId });
        await recordAudit(trx, ctx, { action: 'sms.log', patientId, detail: { count: rows.length } });
        return rows.map((r) => ({
          id: r.id,
          purpose: r.purpose,
          toPhone: r.to_phone,
          text: r.text,
          status: r.status,
          attempts: r.attempts,
          createdAt: r.created_at,
          sentAt: r.sent_at,
        }));
      });
    },
  };
}
