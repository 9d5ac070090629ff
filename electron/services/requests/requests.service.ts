/**
 * Patients' requests (issue 7 item 4): Helsenorge-like messages (timebestilling, fornye resept, kontakt
 * legekontoret, vaksine) and SMS booking requests, each answered and closed with a trail (patient_request_events
 * and the audit log), never deleted. Reception (helsesekretær) and doctors work the inbox; a fornye-resept
 * request is clinical, routed to the patient's fastlege, and reception sees only that it exists and for whom.
 */
import type { Kysely, Transaction } from 'kysely';
import { findClinic } from '../../../db/repositories/clinic.repository';
import { currentMembership } from '../../../db/repositories/gp-lists.repository';
import { findPrescription } from '../../../db/repositories/prescriptions.repository';
import {
  closeRequest,
  findRequest,
  findRequestByExternalId,
  findRequestWithPatient,
  insertRequest,
  insertRequestEvent,
  listRequests,
  patientNamesOf,
  patientsBornOn,
  requestEvents,
  setRequestPatient,
} from '../../../db/repositories/requests.repository';
import {
  enqueueSms,
  findConsent,
  findSmsSettings,
  upcomingAppointmentsOf,
} from '../../../db/repositories/sms.repository';
import { listUsers } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import type { PatientRequestRow, SmsMatchStatus } from '../../../db/schema-requests';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { RequestDetail, RequestSummary, UpcomingAppointmentView } from '../../../shared/api/requests-views';
import { osloDate } from '../../../shared/rules/dates';
import { matchSmsPatients, parseSmsBooking } from '../../../shared/rules/sms-booking';
import type { RequestAnswer, RequestList, RequestReceive } from '../../../shared/schemas/requests.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { candidateIdsOf, detailOf, isRestricted, summaryOf, type SmsParseRecord } from './request-view';
import { confirmationText, gatewayPhone } from './sms-texts';

type Db = Kysely<Database> | Transaction<Database>;

/** Stable codes for what only the requests inbox refuses. */
export const RequestErrorCode = {
  alreadyAnswered: 'REQUEST_ALREADY_ANSWERED',
  notSms: 'REQUEST_NOT_SMS',
  clinical: 'REQUEST_CLINICAL',
  prescriptionMismatch: 'REQUEST_PRESCRIPTION_MISMATCH',
  unknownPhone: 'REQUEST_UNKNOWN_PHONE',
} as const;

/** The number is the patient's: their SMS consent's number, or the mobile in the register. */
async function isPatientsPhone(db: Kysely<Database> | Transaction<Database>, patientId: string, phone: string) {
  const patient = await requirePatient(db, patientId);
  const consent = await findConsent(db, patientId);
  const known = [consent?.phone, patient.mobile_phone].filter((p): p is string => !!p).map(gatewayPhone);
  return known.includes(gatewayPhone(phone));
}

const NOT_FOUND = 'Fant ikke henvendelsen.';

/** An SMS as the gateway hands it over. */
export interface IncomingSms {
  /** The gateway's id for the message: intake is idempotent on it. */
  gatewayId: string;
  from: string;
  text: string;
  receivedAt: string;
}

async function userNames(db: Db): Promise<Map<string, string>> {
  return new Map((await listUsers(db)).map((u) => [u.id, u.display_name]));
}

async function event(
  trx: Db,
  ctx: ServiceContext,
  requestId: string,
  kind: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  await insertRequestEvent(trx, {
    id: newId(),
    request_id: requestId,
    at: ctx.now.toISOString(),
    actor_id: ctx.user.id,
    actor_name: ctx.user.name,
    kind,
    detail: detail ? JSON.stringify(detail) : null,
  });
}

export function createRequestsService(db: Kysely<Database>) {
  async function detail(trx: Db, ctx: ServiceContext, id: string): Promise<RequestDetail> {
    const row = await findRequestWithPatient(trx, id);
    if (!row) throw new ServiceError(ErrorCode.notFound, NOT_FOUND);
    const names = await userNames(trx);
    const candidateIds = candidateIdsOf(row);
    const refs = await patientNamesOf(
      trx,
      candidateIds.map((c) => c.id),
    );
    const candidates = candidateIds.flatMap((c) => {
      const p = refs.get(c.id);
      return p ? [{ id: c.id, level: c.level, ...p }] : [];
    });
    let prescription: RequestDetail['prescription'] = null;
    if (row.prescription_id && !isRestricted(row.kind, ctx.role)) {
      const p = await findPrescription(trx, row.prescription_id);
      if (p) {
        prescription = { id: p.id, drugName: p.drug_name, nameFormStrength: p.name_form_strength, status: p.status };
      }
    }
    return detailOf(row, ctx.role, {
      doctorNames: names,
      candidates,
      prescription,
      events: await requestEvents(trx, id),
    });
  }

  async function requireOpen(trx: Db, id: string): Promise<PatientRequestRow> {
    const row = await findRequest(trx, id);
    if (!row) throw new ServiceError(ErrorCode.notFound, NOT_FOUND);
    if (row.status !== 'open') {
      throw new ServiceError(RequestErrorCode.alreadyAnswered, 'Henvendelsen er allerede besvart og lukket.');
    }
    return row;
  }

  return {
    async list(ctx: ServiceContext, filter: RequestList): Promise<RequestSummary[]> {
      requireRole(ctx, PERMISSIONS.patientRequests);
      const rows = await listRequests(db, {
        status: filter.status,
        kind: filter.kind,
        doctorId: filter.mine ? (ctx.user.id ?? undefined) : undefined,
        limit: 500,
      });
      const names = await userNames(db);
      return rows.map((r) => summaryOf(r, ctx.role, names));
    },

    /** Opens one request; reading its content is audited with the patient (clinical for fornye resept). */
    async get(ctx: ServiceContext, requestId: string): Promise<RequestDetail> {
      requireRole(ctx, PERMISSIONS.patientRequests);
      return db.transaction().execute(async (trx) => {
        const view = await detail(trx, ctx, requestId);
        await recordAudit(trx, ctx, {
          action: 'request.open',
          ...(view.patient ? { patientId: view.patient.id } : {}),
          entityType: 'patient_request',
          entityId: requestId,
          detail: { kind: view.kind, restricted: view.restricted },
        });
        return view;
      });
    },

    /** Answers and closes; for an SMS the patient gets a confirmation SMS (no free text, no health information). */
    async answer(ctx: ServiceContext, input: RequestAnswer): Promise<RequestDetail> {
      requireRole(ctx, PERMISSIONS.patientRequests);
      return db.transaction().execute(async (trx) => {
        const row = await requireOpen(trx, input.requestId);
        if (isRestricted(row.kind, ctx.role)) {
          throw new ServiceError(
            RequestErrorCode.clinical,
            'En forespørsel om å fornye resept besvares av legen. Den er sendt til pasientens fastlege.',
          );
        }
        const at = ctx.now.toISOString();
        let confirmed: { startsAt: Date; place: string | null } | undefined;
        if (input.appointmentId) {
          if (row.channel !== 'sms' || !row.patient_id) {
            throw new ServiceError(
              RequestErrorCode.notSms,
              'En time kan bare bekreftes på SMS for en SMS som er knyttet til en pasient.',
            );
          }
          const upcoming = await upcomingAppointmentsOf(trx, row.patient_id, at);
          const appointment = upcoming.find((a) => a.id === input.appointmentId);
          if (!appointment) {
            throw new ServiceError(ErrorCode.notFound, 'Fant ikke en booket time for pasienten fremover.', {
              appointmentId: 'Velg en av pasientens timer',
            });
          }
          // Anyone who knows a name and a birth date can write the SMS: the time and place go back only to a number
          // the clinic already has for the patient.
          if (row.from_phone && !(await isPatientsPhone(trx, row.patient_id, row.from_phone))) {
            throw new ServiceError(
              RequestErrorCode.unknownPhone,
              'SMS-en kom fra et nummer som ikke er registrert på pasienten. Bekreft timen på telefon i stedet.',
              { appointmentId: 'Nummeret er ikke pasientens' },
            );
          }
          confirmed = { startsAt: new Date(appointment.starts_at), place: (await findSmsSettings(trx))?.place ?? null };
        }
        if (!(await closeRequest(trx, row.id, { text: input.answer, at, by: ctx.user.id }))) {
          throw new ServiceError(RequestErrorCode.alreadyAnswered, 'Henvendelsen er allerede besvart og lukket.');
        }
        await event(
          trx,
          ctx,
          row.id,
          'answered',
          input.appointmentId ? { appointmentId: input.appointmentId } : undefined,
        );
        if (row.channel === 'sms' && row.from_phone) {
          const clinic = await findClinic(trx);
          await enqueueSms(trx, {
            id: newId(),
            msg_id: newId(),
            to_phone: gatewayPhone(row.from_phone),
            text: confirmationText(clinic?.name ?? 'Legekontoret', confirmed),
            purpose: 'confirmation',
            appointment_id: null,
            request_id: row.id,
            patient_id: row.patient_id,
            status: 'pending',
            attempts: 0,
            next_attempt_at: at,
            lease_owner: null,
            lease_until: null,
            last_error: null,
            created_at: at,
            sent_at: null,
          });
        }
        await recordAudit(trx, ctx, {
          action: 'request.answer',
          ...(row.patient_id ? { patientId: row.patient_id } : {}),
          entityType: 'patient_request',
          entityId: row.id,
          detail: { kind: row.kind },
        });
        return detail(trx, ctx, row.id);
      });
    },

    /** Matches an SMS to a patient by hand (a person chose among the candidates or searched the register). */
    async match(ctx: ServiceContext, input: { requestId: string; patientId: string }): Promise<RequestDetail> {
      requireRole(ctx, PERMISSIONS.patientRequests);
      return db.transaction().execute(async (trx) => {
        const row = await requireOpen(trx, input.requestId);
        if (row.channel !== 'sms') {
          throw new ServiceError(RequestErrorCode.notSms, 'Bare en SMS kan knyttes til en pasient for hånd.');
        }
        await requirePatient(trx, input.patientId);
        await setRequestPatient(trx, row.id, { patientId: input.patientId, smsStatus: 'matched' });
        await event(trx, ctx, row.id, 'matched', { by: 'hand', previous: row.sms_status });
        await recordAudit(trx, ctx, {
          action: 'request.match',
          patientId: input.patientId,
          entityType: 'patient_request',
          entityId: row.id,
        });
        return detail(trx, ctx, row.id);
      });
    },

    /** The patient's booked appointments ahead (administrative: when and with whom), to confirm one in an answer. */
    async upcomingAppointments(ctx: ServiceContext, patientId: string): Promise<UpcomingAppointmentView[]> {
      requireRole(ctx, PERMISSIONS.patientRequests);
      await requirePatient(db, patientId);
      const rows = await upcomingAppointmentsOf(db, patientId, ctx.now.toISOString());
      return rows.map((r) => ({ id: r.id, startsAt: r.starts_at, resourceName: r.resource_name }));
    },

    /**
     * A Helsenorge-like message arriving (simulated). A fornye-resept request carries the prescription to renew
     * and goes to the patient's fastlege today, or to the prescriber when the patient is on no list.
     */
    async receive(ctx: ServiceContext, input: RequestReceive): Promise<RequestDetail> {
      requireRole(ctx, PERMISSIONS.patientRequests);
      return db.transaction().execute(async (trx) => {
        const externalId = input.externalId ?? newId();
        const existing = await findRequestByExternalId(trx, externalId);
        if (existing) return detail(trx, ctx, existing.id);
        await requirePatient(trx, input.patientId);
        let doctorId: string | null = null;
        if (input.kind === 'fornye_resept' && input.prescriptionId) {
          const prescription = await findPrescription(trx, input.prescriptionId);
          if (prescription?.patient_id !== input.patientId) {
            throw new ServiceError(RequestErrorCode.prescriptionMismatch, 'Resepten finnes ikke for denne pasienten.', {
              prescriptionId: 'Resepten finnes ikke for denne pasienten.',
            });
          }
          const membership = await currentMembership(trx, input.patientId, osloDate(ctx.now));
          doctorId = membership?.doctor_id ?? prescription.prescriber_id;
        }
        const id = newId();
        await insertRequest(trx, {
          id,
          kind: input.kind,
          channel: 'helsenorge',
          external_id: externalId,
          patient_id: input.patientId,
          doctor_id: doctorId,
          prescription_id: input.prescriptionId ?? null,
          subject: input.subject ?? null,
          message: input.message,
          from_phone: null,
          sms_status: null,
          sms_parse: null,
          sms_candidates: null,
          status: 'open',
          received_at: ctx.now.toISOString(),
          answer_text: null,
          answered_at: null,
          answered_by: null,
        });
        await event(trx, ctx, id, 'received', { channel: 'helsenorge', ...(doctorId ? { routedTo: doctorId } : {}) });
        await recordAudit(trx, ctx, {
          action: 'request.receive',
          patientId: input.patientId,
          entityType: 'patient_request',
          entityId: id,
          detail: { kind: input.kind },
        });
        return detail(trx, ctx, id);
      });
    },

    /**
     * An SMS from the gateway's inbox: parsed, matched by birth date and name, kept once per gateway id.
     * Returns the request id and whether it is new (false for a message the gateway delivered again).
     */
    async receiveSms(ctx: ServiceContext, sms: IncomingSms): Promise<{ requestId: string; created: boolean }> {
      return db.transaction().execute(async (trx) => {
        const externalId = `sms:${sms.gatewayId}`;
        const existing = await findRequestByExternalId(trx, externalId);
        if (existing) return { requestId: existing.id, created: false };
        const settings = await findSmsSettings(trx);
        const parsed = parseSmsBooking(sms.text, {
          keyword: settings?.keyword ?? null,
          today: osloDate(new Date(sms.receivedAt)),
        });
        let status: SmsMatchStatus;
        let record: SmsParseRecord;
        let patientId: string | null = null;
        let candidates: { id: string; level: string }[] = [];
        if (!parsed.ok) {
          status = 'unparsed';
          record = {
            ok: false,
            reason: parsed.reason,
            keyword: null,
            keywordMatches: null,
            birthDate: null,
            birthDateText: null,
            name: null,
            freeText: null,
          };
        } else {
          const born = await patientsBornOn(trx, parsed.birthDate);
          const match = matchSmsPatients(
            parsed,
            born.map((p) => ({
              id: p.id,
              givenName: p.given_name,
              middleName: p.middle_name,
              familyName: p.family_name,
            })),
          );
          status = match.status === 'matched' ? 'matched' : 'needs_person';
          patientId = match.patientId;
          candidates = match.candidates;
          record = {
            ok: true,
            reason: match.reason,
            keyword: parsed.keyword,
            keywordMatches: parsed.keywordMatches,
            birthDate: parsed.birthDate,
            birthDateText: parsed.birthDateText,
            name: match.name,
            freeText: match.freeText,
          };
        }
        const id = newId();
        await insertRequest(trx, {
          id,
          kind: 'sms_timebestilling',
          channel: 'sms',
          external_id: externalId,
          patient_id: patientId,
          doctor_id: null,
          prescription_id: null,
          subject: null,
          message: sms.text,
          from_phone: sms.from,
          sms_status: status,
          sms_parse: JSON.stringify(record),
          sms_candidates: JSON.stringify(candidates),
          status: 'open',
          received_at: sms.receivedAt,
          answer_text: null,
          answered_at: null,
          answered_by: null,
        });
        await event(trx, ctx, id, 'received', { channel: 'sms', smsStatus: status });
        if (patientId) await event(trx, ctx, id, 'matched', { by: 'birth date and name' });
        await recordAudit(trx, ctx, {
          action: 'request.receive',
          ...(patientId ? { patientId } : {}),
          entityType: 'patient_request',
          entityId: id,
          detail: { kind: 'sms_timebestilling', smsStatus: status },
        });
        return { requestId: id, created: true };
      });
    },
  };
}
export type RequestsService = ReturnType<typeof createRequestsService>;
