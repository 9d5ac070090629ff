/**
 * The patient-request and SMS tables (migration 0013) as Kysely sees them; merged into Database in schema.ts.
 * Requests are answered and closed, never deleted; sms_outbox works like outbox_messages (lease, retry).
 */
import type { Selectable } from 'kysely';

export type RequestKind = 'timebestilling' | 'fornye_resept' | 'kontakt' | 'vaksine' | 'sms_timebestilling';
export type RequestChannel = 'helsenorge' | 'sms';
export type RequestStatus = 'open' | 'closed';
export type SmsMatchStatus = 'matched' | 'needs_person' | 'unparsed';

export interface PatientRequestTable {
  id: string;
  kind: RequestKind;
  channel: RequestChannel;
  /** The sender's id for the message; intake is idempotent on it. */
  external_id: string;
  patient_id: string | null;
  /** fornye_resept: the patient's fastlege when it came in. */
  doctor_id: string | null;
  prescription_id: string | null;
  subject: string | null;
  /** What the patient wrote; clinical for fornye_resept. */
  message: string;
  from_phone: string | null;
  sms_status: SmsMatchStatus | null;
  /** JSON: SmsParseRecord (requests.repository.ts). */
  sms_parse: string | null;
  /** JSON: [{ id, level }]. */
  sms_candidates: string | null;
  status: RequestStatus;
  received_at: string;
  answer_text: string | null;
  answered_at: string | null;
  answered_by: string | null;
}

export interface PatientRequestEventTable {
  id: string;
  request_id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  /** received | matched | answered */
  kind: string;
  /** JSON; never clinical free text. */
  detail: string | null;
}

export interface SmsConsentTable {
  patient_id: string;
  /** 0/1 */
  sms_reminders: number;
  phone: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface SmsSettingsTable {
  /** Always 'clinic': one row. */
  id: string;
  keyword: string | null;
  place: string | null;
  updated_at: string;
  updated_by: string | null;
}

export type SmsPurpose = 'reminder' | 'confirmation';
export type SmsOutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled';

export interface SmsOutboxTable {
  id: string;
  msg_id: string;
  to_phone: string;
  text: string;
  purpose: SmsPurpose;
  appointment_id: string | null;
  request_id: string | null;
  patient_id: string | null;
  status: SmsOutboxStatus;
  attempts: number;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface RequestTables {
  patient_requests: PatientRequestTable;
  patient_request_events: PatientRequestEventTable;
  sms_consents: SmsConsentTable;
  sms_settings: SmsSettingsTable;
  sms_outbox: SmsOutboxTable;
}

export type PatientRequestRow = Selectable<PatientRequestTable>;
export type PatientRequestEventRow = Selectable<PatientRequestEventTable>;
export type SmsConsentRow = Selectable<SmsConsentTable>;
export type SmsOutboxRow = Selectable<SmsOutboxTable>;
