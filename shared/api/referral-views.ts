/** What the referrals.* calls return to the renderer. */
import type { AddressServiceKindCode, Hastegrad, ReferralContent, ReferralPurpose } from '../schemas/referral.schema';

/** The status the tracking list shows, derived from our own record, the AppRec and what came back (Innboks). */
export type ReferralStatusView =
  'utkast' | 'sendt' | 'mottatt' | 'avvist' | 'vurdert' | 'epikrise_mottatt' | 'annullert' | 'forkastet';

export const REFERRAL_STATUS_LABELS: Record<ReferralStatusView, string> = {
  utkast: 'Utkast',
  sendt: 'Sendt',
  mottatt: 'Mottatt',
  avvist: 'Avvist',
  vurdert: 'Vurdert',
  epikrise_mottatt: 'Epikrise mottatt',
  annullert: 'Annullert',
  forkastet: 'Forkastet',
};

export interface RecipientView {
  herId: string;
  name: string;
  department: string | null;
  kind: AddressServiceKindCode;
  kindLabel: string;
  specialty: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  organisationNumber: string | null;
  /** A made-up HER-id from the demo register: never a real address. */
  testValue: boolean;
}

export interface ReferralOverdue {
  /** No AppRec within a day of sending. */
  noAppRec: boolean;
  /** Not assessed within 10 working days of receipt (pasient- og brukerrettighetsloven § 2-2). */
  noAssessment: boolean;
  /** The last day of the assessment period (YYYY-MM-DD), once sent. */
  assessmentDue: string | null;
}

export interface ReferralListItem {
  id: string;
  patient: { id: string; name: string; identityNumber: string };
  authorName: string;
  recipient: { herId: string; name: string; department: string | null } | null;
  hastegrad: Hastegrad | null;
  purpose: ReferralPurpose | null;
  problemstilling: string;
  mainDiagnosis: { system: string; code: string; text: string } | null;
  status: ReferralStatusView;
  statusLabel: string;
  statusAt: string;
  rejectionReason: string | null;
  createdAt: string;
  sentAt: string | null;
  frist: string | null;
  appointmentAt: string | null;
  overdue: ReferralOverdue;
}

export type ReferralEventKind =
  'opprettet' | 'sendt' | 'endret' | 'annullert' | 'mottatt' | 'avvist' | 'vurdert' | 'time' | 'epikrise' | 'forkastet';

export interface ReferralEventView {
  kind: ReferralEventKind;
  at: string;
  label: string;
  detail: string | null;
}

export interface ReferralDetailView extends ReferralListItem {
  content: ReferralContent;
  documentId: string;
  cancelReason: string | null;
  rightToCare: boolean | null;
  events: ReferralEventView[];
  /** The recipient as the register describes it (null for a draft without one). */
  recipientEntry: RecipientView | null;
  /** The copy recipients as the register names them. */
  copyRecipients: RecipientView[];
}

/** A signed note offered for picking into the referral's history and findings. */
export interface ReferralNoteOption {
  noteId: string;
  occurredAt: string;
  contactType: string;
  reasonForContact: string;
  anamnese: string;
  funn: string;
  vurdering: string;
  diagnoses: { system: 'ICPC-2' | 'ICD-10'; code: string; text: string }[];
}

/** referrals.compose: everything the journal already knows, so the referral takes a few keystrokes. */
export interface ReferralComposeView {
  patient: {
    id: string;
    name: string;
    identityNumber: string;
    birthDate: string;
    addressLine: string | null;
    postalCode: string | null;
    city: string | null;
    phone: string | null;
    preferredLanguage: string | null;
    interpreterNeeded: boolean;
  };
  referrer: {
    name: string;
    hprNumber: string | null;
    clinicName: string;
    clinicHerId: string;
    clinicOrganisationNumber: string;
  };
  /** The pre-filled content of a new referral. */
  suggested: ReferralContent;
  /** Problem list and recent diagnoses, newest first, to pick from. */
  diagnosisOptions: { system: 'ICPC-2' | 'ICD-10'; code: string; text: string; lasting: boolean }[];
  recentNotes: ReferralNoteOption[];
  /** The patient's drafts, to continue one instead of starting another. */
  drafts: { id: string; updatedAt: string; recipientName: string | null }[];
}

export interface RegisterImportReport {
  fileName: string;
  added: number;
  updated: number;
  /** Lines that were not imported, each with a Norwegian reason. The import stops nothing else. */
  errors: { line: number; message: string }[];
}
