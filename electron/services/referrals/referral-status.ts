/**
 * A referral's status for the tracking list, derived (never stored twice) from our row, the AppRecs on the messages
 * we sent, and what came back through Innboks (assessment with frist, appointment, epikrise). Overdue rules: no
 * AppRec within a day of sending (the receiver's system answers in minutes; a day means the message is stuck), and
 * no assessment within 10 working days of receipt (pasient- og brukerrettighetsloven § 2-2; shared/rules/working-days.ts).
 */
import type { ReferralDocumentFacts } from '../../../db/repositories/incoming-documents.repository';
import type { ReferralMessageRow, ReferralRow } from '../../../db/schema-referrals';
import type {
  ReferralEventKind,
  ReferralEventView,
  ReferralOverdue,
  ReferralStatusView,
} from '../../../shared/api/referral-views';
import { osloDate } from '../../../shared/rules/dates';
import { addWorkingDays } from '../../../shared/rules/working-days';

/** What came back through Innboks for a referral (the clinical inbox's referralDocumentFacts). */
export type ReferralFacts = ReferralDocumentFacts;

export const NO_FACTS: ReferralFacts = {
  assessedAt: null,
  frist: null,
  appointmentAt: null,
  rightToCare: null,
  epicrisisAt: null,
};

export const APPREC_DEADLINE_MS = 24 * 3600_000;
export const ASSESSMENT_WORKING_DAYS = 10;

export interface DerivedStatus {
  status: ReferralStatusView;
  statusAt: string;
  rejectionReason: string | null;
  overdue: ReferralOverdue;
}

export function deriveStatus(
  row: ReferralRow,
  messages: readonly ReferralMessageRow[],
  facts: ReferralFacts,
  now: Date,
): DerivedStatus {
  const none: ReferralOverdue = { noAppRec: false, noAssessment: false, assessmentDue: null };
  if (row.status === 'utkast' || row.status === 'forkastet') {
    return { status: row.status, statusAt: row.updated_at, rejectionReason: null, overdue: none };
  }
  if (row.status === 'annullert') {
    return { status: 'annullert', statusAt: row.cancelled_at ?? row.updated_at, rejectionReason: null, overdue: none };
  }
  const sent = messages.filter((m) => m.kind !== 'kansellering');
  const last = sent.at(-1);
  const firstOk = sent.find((m) => m.apprec_status === 'ok');
  const sentAt = row.sent_at ?? last?.created_at ?? row.updated_at;
  // The period runs from receipt: the first OK AppRec, or the day we sent it when no AppRec has come.
  const receivedOn = osloDate(new Date(firstOk?.apprec_at ?? sentAt));
  const assessmentDue = addWorkingDays(receivedOn, ASSESSMENT_WORKING_DAYS);
  const today = osloDate(now);
  if (last?.apprec_status === 'avvist') {
    return {
      status: 'avvist',
      statusAt: last.apprec_at ?? sentAt,
      rejectionReason: last.rejection_reason,
      overdue: { ...none, assessmentDue },
    };
  }
  const assessed = facts.assessedAt !== null || facts.frist !== null || facts.appointmentAt !== null;
  const overdue: ReferralOverdue = {
    noAppRec:
      !last?.apprec_status && now.getTime() - new Date(last?.created_at ?? sentAt).getTime() > APPREC_DEADLINE_MS,
    noAssessment: !assessed && facts.epicrisisAt === null && today > assessmentDue,
    assessmentDue,
  };
  if (facts.epicrisisAt) {
    return { status: 'epikrise_mottatt', statusAt: facts.epicrisisAt, rejectionReason: null, overdue };
  }
  if (assessed) {
    return {
      status: 'vurdert',
      statusAt: facts.assessedAt ?? sentAt,
      rejectionReason: null,
      overdue,
    };
  }
  if (firstOk || last?.apprec_status === 'ok') {
    return {
      status: 'mottatt',
      statusAt: last?.apprec_at ?? firstOk?.apprec_at ?? sentAt,
      rejectionReason: null,
      overdue,
    };
  }
  return { status: 'sendt', statusAt: sentAt, rejectionReason: null, overdue };
}

const KIND_LABELS = { ny: 'Sendt', endring: 'Endring sendt', kansellering: 'Annullering sendt' } as const;

/** The referral's history, oldest first: what we did and what came back. */
export function referralEvents(
  row: ReferralRow,
  messages: readonly ReferralMessageRow[],
  facts: ReferralFacts,
  recipientName: (herId: string) => string,
): ReferralEventView[] {
  const events: ReferralEventView[] = [
    { kind: 'opprettet', at: row.created_at, label: 'Utkast opprettet', detail: null },
  ];
  for (const m of messages) {
    events.push({
      kind: m.kind === 'ny' ? 'sendt' : m.kind === 'endring' ? 'endret' : 'annullert',
      at: m.created_at,
      label: `${KIND_LABELS[m.kind]} til ${recipientName(m.recipient_her_id)}`,
      detail: m.reason,
    });
    if (m.apprec_status === 'ok' && m.apprec_at) {
      events.push({ kind: 'mottatt', at: m.apprec_at, label: 'Mottatt (applikasjonskvittering OK)', detail: null });
    }
    if (m.apprec_status === 'avvist' && m.apprec_at) {
      events.push({ kind: 'avvist', at: m.apprec_at, label: 'Avvist av mottakeren', detail: m.rejection_reason });
    }
  }
  if (facts.assessedAt) {
    const rights =
      facts.rightToCare === null
        ? null
        : facts.rightToCare
          ? 'Rett til nødvendig helsehjelp'
          : 'Ikke rettighetspasient';
    const frist = facts.frist ? `Frist for helsehjelp ${dayMonthYear(facts.frist)}` : null;
    events.push({
      kind: 'vurdert',
      at: facts.assessedAt,
      label: 'Vurdert av spesialisthelsetjenesten',
      detail: [rights, frist].filter(Boolean).join('. ') || null,
    });
  }
  if (facts.appointmentAt) {
    events.push({ kind: 'time', at: facts.appointmentAt, label: 'Time hos spesialisten', detail: null });
  }
  if (facts.epicrisisAt)
    events.push({ kind: 'epikrise', at: facts.epicrisisAt, label: 'Epikrise mottatt', detail: null });
  return events.sort(byTime);
}

/** YYYY-MM-DD as the screen and the letter write a date: DD.MM.YYYY. */
function dayMonthYear(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** Where each kind of event falls within a day, for the events that carry a date without a time. */
const DAY_ORDER: Record<ReferralEventKind, number> = {
  opprettet: 0,
  sendt: 1,
  endret: 2,
  mottatt: 3,
  avvist: 3,
  annullert: 4,
  forkastet: 4,
  vurdert: 5,
  time: 6,
  epikrise: 7,
};

/**
 * Oldest first. The assessment carries a date only (Status på henvisning says the day it was assessed), so on its
 * own day it is placed by what must have come first (the receipt before the assessment, the assessment before the
 * epikrise), not before everything else that day.
 */
function byTime(a: ReferralEventView, b: ReferralEventView): number {
  const dateOnly = a.at.length === 10 || b.at.length === 10;
  if (dateOnly && a.at.slice(0, 10) === b.at.slice(0, 10)) return DAY_ORDER[a.kind] - DAY_ORDER[b.kind];
  return a.at.localeCompare(b.at);
}
