/** Rows to views, with the clinical fields left out for a caller who may not read them. */
import type { PatientRequestEventRow, PatientRequestRow } from '../../../db/schema-requests';
import type { RequestListRow } from '../../../db/repositories/requests.repository';
import type {
  RequestDetail,
  RequestPatientRef,
  RequestSummary,
  SmsCandidateView,
  SmsParsedView,
} from '../../../shared/api/requests-views';
import type { SmsMatchLevel } from '../../../shared/rules/sms-booking';
import { CLINICAL_REQUEST_KINDS } from '../../../shared/schemas/requests.schema';
import type { Role } from '../../../shared/schemas/roles';

/** What the parser found, as stored in sms_parse (JSON). */
export interface SmsParseRecord {
  ok: boolean;
  reason: string | null;
  keyword: string | null;
  keywordMatches: boolean | null;
  birthDate: string | null;
  birthDateText: string | null;
  name: string | null;
  freeText: string | null;
}

export function isRestricted(kind: PatientRequestRow['kind'], role: Role | 'system'): boolean {
  return CLINICAL_REQUEST_KINDS.includes(kind) && role !== 'lege' && role !== 'system';
}

const PREVIEW_LENGTH = 80;

function preview(row: PatientRequestRow): string {
  const text = row.subject ?? row.message;
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

export function patientRefOf(row: RequestListRow): RequestPatientRef | null {
  if (!row.patient_id || !row.given_name || !row.family_name) return null;
  return {
    id: row.patient_id,
    name: [row.given_name, row.middle_name, row.family_name].filter(Boolean).join(' '),
    birthDate: row.birth_date ?? '',
    identityNumber: row.identity_number ?? '',
  };
}

export function summaryOf(
  row: RequestListRow,
  role: Role | 'system',
  doctorNames: ReadonlyMap<string, string>,
): RequestSummary {
  const restricted = isRestricted(row.kind, role);
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    status: row.status,
    receivedAt: row.received_at,
    patient: patientRefOf(row),
    doctor: row.doctor_id ? { id: row.doctor_id, name: doctorNames.get(row.doctor_id) ?? 'Ukjent lege' } : null,
    preview: restricted ? null : preview(row),
    restricted,
    smsStatus: row.sms_status,
    answeredAt: row.answered_at,
  };
}

export function parseRecordOf(row: PatientRequestRow): SmsParsedView | null {
  if (row.channel !== 'sms' || !row.sms_parse) return null;
  return JSON.parse(row.sms_parse) as SmsParseRecord;
}

export function candidateIdsOf(row: PatientRequestRow): { id: string; level: SmsMatchLevel }[] {
  if (!row.sms_candidates) return [];
  return JSON.parse(row.sms_candidates) as { id: string; level: SmsMatchLevel }[];
}

export function detailOf(
  row: RequestListRow,
  role: Role | 'system',
  extra: {
    doctorNames: ReadonlyMap<string, string>;
    candidates: SmsCandidateView[];
    prescription: RequestDetail['prescription'];
    events: readonly PatientRequestEventRow[];
  },
): RequestDetail {
  const summary = summaryOf(row, role, extra.doctorNames);
  const restricted = summary.restricted;
  return {
    ...summary,
    subject: restricted ? null : row.subject,
    message: restricted ? null : row.message,
    prescription: restricted ? null : extra.prescription,
    fromPhone: row.from_phone,
    sms: parseRecordOf(row),
    candidates: extra.candidates,
    answer:
      row.answer_text !== null && row.answered_at !== null
        ? {
            text: restricted ? 'Besvart av lege.' : row.answer_text,
            at: row.answered_at,
            by: row.answered_by ? (extra.doctorNames.get(row.answered_by) ?? 'Ukjent') : 'System',
          }
        : null,
    canAnswer: row.status === 'open' && !restricted,
    events: extra.events.map((e) => ({ at: e.at, actorName: e.actor_name, kind: e.kind, detail: e.detail })),
  };
}
