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
