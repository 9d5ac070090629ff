/** Outputs of the requests.* calls. Clinical fields are null for a caller who may not read them (restricted). */
import type { RequestKindCode } from '../schemas/requests.schema';
import type { SmsMatchLevel } from '../rules/sms-booking';

export type RequestStatusCode = 'open' | 'closed';
export type SmsMatchStatusCode = 'matched' | 'needs_person' | 'unparsed';

export interface RequestPatientRef {
  id: string;
  name: string;
  birthDate: string;
  identityNumber: string;
}

export interface RequestSummary {
  id: string;
  kind: RequestKindCode;
  channel: 'helsenorge' | 'sms';
  status: RequestStatusCode;
  receivedAt: string;
  patient: RequestPatientRef | null;
  /** fornye_resept: the fastlege it is routed to. */
  doctor: { id: string; name: string } | null;
  /** The subject or the start of the message; null when restricted. */
  preview: string | null;
  /** True when the content is clinical and this caller may not read it. */
  restricted: boolean;
  smsStatus: SmsMatchStatusCode | null;
  answeredAt: string | null;
}

export interface SmsParsedView {
  ok: boolean;
  /** Why it could not be read, or why a person must match it. */
  reason: string | null;
  keyword: string | null;
  keywordMatches: boolean | null;
  birthDate: string | null;
  birthDateText: string | null;
  name: string | null;
  freeText: string | null;
}

export interface SmsCandidateView extends RequestPatientRef {
  level: SmsMatchLevel;
}

export interface RequestEventView {
  at: string;
  actorName: string;
  kind: string;
  detail: string | null;
}

export interface RequestDetail extends RequestSummary {
  subject: string | null;
  /** What the patient wrote; null when restricted. */
  message: string | null;
  /** fornye_resept: the prescription to renew (null when restricted). */
  prescription: { id: string; drugName: string; nameFormStrength: string; status: string } | null;
  fromPhone: string | null;
  sms: SmsParsedView | null;
  candidates: SmsCandidateView[];
  answer: { text: string; at: string; by: string } | null;
  /** Whether this caller may answer it (reception does not answer a fornye-resept request). */
  canAnswer: boolean;
  events: RequestEventView[];
}

export interface SmsConsentView {
  patientId: string;
  smsReminders: boolean;
  phone: string | null;
  updatedAt: string | null;
  /** record: set by requests.setConsent; patient-register: no record yet, the register's SMS consent applies. */
  source: 'record' | 'patient-register';
}

export interface SmsSettingsView {
  keyword: string | null;
  place: string | null;
}

export interface SmsOutboxView {
  id: string;
  purpose: 'reminder' | 'confirmation';
  toPhone: string;
  text: string;
  status: 'pending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

/** A booked appointment an answer can confirm (administrative: time and with whom, no type or reason). */
export interface UpcomingAppointmentView {
  id: string;
  startsAt: string;
  resourceName: string;
}
