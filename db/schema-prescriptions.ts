/**
 * The e-resept tables (migration 0008) as Kysely sees them; merged into Database in schema.ts. A prescription's
 * content columns are immutable (a trigger refuses updates); only status and the state columns change.
 */
import type { Selectable } from 'kysely';

/** klar: stored and signed, in the outbox; sendt: delivered, waiting for RF's AppRec; then RF's answers. */
export type PrescriptionStatus = 'klar' | 'sendt' | 'registrert' | 'avvist' | 'utlevert' | 'tilbakekalt' | 'utlopt';

export interface PrescriptionTable {
  id: string;
  patient_id: string;
  prescriber_id: string;
  /** The M1's MsgId (= ReseptId in M5, M9.6, M6); stable across retries. */
  resept_id: string;
  created_at: string;
  signed_at: string | null;
  status: PrescriptionStatus;
  status_at: string;
  /** RF's reason in Norwegian when avvist. */
  rejection_reason: string | null;
  kind: 'hvit' | 'bla';
  product_id: string | null;
  package_id: string | null;
  varenr: string | null;
  substance_id: string | null;
  drug_name: string;
  name_form_strength: string;
  atc_code: string | null;
  atc_text: string | null;
  reseptgruppe: string;
  form_code: string | null;
  form_text: string | null;
  strength: string | null;
  pack_size: string | null;
  pack_unit: string | null;
  dssn: string;
  dosing_json: string | null;
  /** 9101 Legemiddelbruk: 1 fast, 2 kur, 3 ved behov. */
  usage_code: string | null;
  bruksomrade: string | null;
  packages: number | null;
  duration_days: number | null;
  reit: number;
  /** 7427 code, e.g. '200' for § 2. */
  refund_hjemmel: string | null;
  refund_code_system: string | null;
  refund_code: string | null;
  refund_code_text: string | null;
  locked: number;
  reference_number: string | null;
  no_substitution: number;
  note_to_pharmacy: string | null;
  valid_from: string;
  expires_on: string;
  renewed_from_id: string | null;
  revoked_at: string | null;
  revoke_reason: string | null;
  /** When our M5 was written to the outbox; the status changes only on RF's M5.2. */
  revoke_requested_at: string | null;
  last_dispensed_at: string | null;
}

export interface PrescriptionOverrideTable {
  id: string;
  prescription_id: string;
  check_id: string;
  check_kind: string;
  severity: string;
  message: string;
  reason: string;
  overridden_by: string;
  overridden_at: string;
}

export interface ReferenceNumberPoolTable {
  number: string;
  received_at: string;
  source_msg_id: string | null;
  used_by: string | null;
  used_at: string | null;
}

/** TEST certificates: a real deployment signs on a smart card or HSM and stores no private key. */
export interface PrescriberCertificateTable {
  user_id: string;
  hpr_number: string;
  certificate_pem: string;
  private_key_pem: string;
  created_at: string;
}

export interface PrescriptionTables {
  prescriptions: PrescriptionTable;
  prescription_overrides: PrescriptionOverrideTable;
  reference_number_pool: ReferenceNumberPoolTable;
  prescriber_certificates: PrescriberCertificateTable;
}

export type PrescriptionRow = Selectable<PrescriptionTable>;
export type PrescriptionOverrideRow = Selectable<PrescriptionOverrideTable>;
export type PrescriberCertificateRow = Selectable<PrescriberCertificateTable>;
