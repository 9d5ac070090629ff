/** What the prescriptions.* calls return to the renderer. */
import type { FindingSeverity, RefundCode, RuleFinding } from '../rules/prescription-rules';

export type PrescriptionStatusView = 'klar' | 'sendt' | 'registrert' | 'avvist' | 'utlevert' | 'tilbakekalt' | 'utlopt';

export const PRESCRIPTION_STATUS_LABELS: Record<PrescriptionStatusView, string> = {
  klar: 'Klar til sending',
  sendt: 'Sendt',
  registrert: 'Registrert i reseptformidleren',
  avvist: 'Avvist',
  utlevert: 'Utlevert',
  tilbakekalt: 'Tilbakekalt',
  utlopt: 'Utløpt',
};

/** prescriptions.check: everything the screen shows before signing; nothing is stored. */
export interface PrescriptionCheckView {
  findings: RuleFinding[];
  /** Whether issue() would go through with reasons for every overridable finding. */
  blocked: boolean;
  expiry: { maxExpiresOn: string; expiresOn: string; rule: string };
  /** Blå resept: the hjemler and § 2 codes the catalogue gives, and the code pre-filled from the diagnoses. */
  refund: { hjemler: string[]; codes: RefundCode[]; suggestedCode?: RefundCode };
  drug: { name: string; nameFormStrength: string; atcCode: string | null; reseptgruppe: string };
}

export interface PrescriptionOverrideView {
  checkId: string;
  kind: string;
  severity: FindingSeverity;
  message: string;
  reason: string;
  by: string;
  at: string;
}

export interface PrescriptionView {
  id: string;
  reseptId: string;
  patientId: string;
  prescriberId: string;
  status: PrescriptionStatusView;
  statusLabel: string;
  statusAt: string;
  rejectionReason: string | null;
  createdAt: string;
  kind: 'hvit' | 'bla';
  drug: {
    name: string;
    nameFormStrength: string;
    atcCode: string | null;
    atcText: string | null;
    reseptgruppe: string;
    varenr: string | null;
    packSize: string | null;
    packUnit: string | null;
    strength: string | null;
    form: string | null;
  };
  dssn: string;
  bruksomrade: string | null;
  packages: number | null;
  durationDays: number | null;
  reit: number;
  refund: { hjemmel: string; code: RefundCode | null } | null;
  locked: boolean;
  referenceNumber: string | null;
  noSubstitution: boolean;
  validFrom: string;
  expiresOn: string;
  renewedFromId: string | null;
  revokeRequestedAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  lastDispensedAt: string | null;
  /** Current: the patient is still to use it (not revoked, rejected or expired). */
  current: boolean;
  overrides: PrescriptionOverrideView[];
}

/** prescriptions.issue and prescriptions.renew. */
export interface IssuedPrescription {
  prescription: PrescriptionView;
  /** The findings the doctor overrode, with the reasons recorded. */
  overridden: PrescriptionOverrideView[];
}

/** One prescription on RF's reseptliste (M9.6), with what the attached M1 says. */
export interface RfPrescriptionView {
  reseptId: string;
  /** Our own prescription with this ReseptId, when it is one of ours; null for other prescribers'. */
  prescriptionId: string | null;
  /** 7408 Status resept as RF gives it (E ekspederbar, U under ekspedering, T tilbakekalt, R avsluttet, ...). */
  statusCode: string;
  statusLabel: string;
  drug: { nameFormStrength: string; atcCode: string | null };
  dssn: string | null;
  prescribedOn: string | null;
  expiresOn: string | null;
  reit: number | null;
  kind: 'hvit' | 'bla' | null;
  locked: boolean;
  referenceNumber: string | null;
  prescriber: { name: string; hprNumber: string | null; organisation: string | null };
  lastDispensedAt: string | null;
  packagesDispensed: number;
  pharmacyName: string | null;
}

/** prescriptions.rfList: the patient's reseptliste from the last M9.5 → M9.6, if any. */
export interface RfPrescriptionListView {
  /** none: never asked; pending: the M9.5 waits for delivery or the answer; received; failed: RF refused it. */
  state: 'none' | 'pending' | 'received' | 'failed';
  requestedAt: string | null;
  receivedAt: string | null;
  /** RF's or our reason in Norwegian when failed; a note when the answer could not be read. */
  error: string | null;
  /** RF holds låste resepter for the patient that the list leaves out (no referansenummer given). */
  lockedPrescriptionsExist: boolean;
  /** The patient has blocked this prescriber: only our own prescriptions are listed. */
  patientReservation: boolean;
  /** 7407 Status søk, in Norwegian, when RF found nothing. */
  searchStatus: string | null;
  items: RfPrescriptionView[];
}
