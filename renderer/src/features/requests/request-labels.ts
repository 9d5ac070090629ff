/** Norwegian words for the request inbox. */
import type { RequestSummary } from '../../../../shared/api/requests-views';
import type { SmsMatchLevel } from '../../../../shared/rules/sms-booking';

export const SMS_STATUS_LABELS: Record<NonNullable<RequestSummary['smsStatus']>, string> = {
  matched: 'Pasient funnet',
  needs_person: 'Må avklares',
  unparsed: 'Kunne ikke leses',
};

export const SMS_STATUS_VARIANTS = {
  matched: 'success',
  needs_person: 'warning',
  unparsed: 'error',
} as const;

export const MATCH_LEVEL_LABELS: Record<SmsMatchLevel, string> = {
  full: 'Fødselsdato og navn',
  partial: 'Fødselsdato, navnet delvis',
  'birth-date': 'Bare fødselsdato',
};

export const EVENT_LABELS: Record<string, string> = {
  received: 'Mottatt',
  matched: 'Knyttet til pasient',
  answered: 'Besvart og lukket',
};

/** The timebok (H5's room); the patient goes along in the query so the timebok can open on them. */
export function timebokPathFor(patientId: string): string {
  return `/timebok?pasient=${encodeURIComponent(patientId)}`;
}

/** The answer field: Alt+B and a finished match put the cursor here. */
export const ANSWER_FIELD_ID = 'request-answer';
