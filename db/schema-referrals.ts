/**
 * The referrals tables (migration 0009) as Kysely sees them; merged into Database in schema.ts. A sent referral
 * message is immutable (a trigger refuses updates of its content); only the receiver's answer is recorded on it.
 */
import type { Selectable } from 'kysely';

export type AddressServiceKind =
  'sykehusavdeling' | 'avtalespesialist' | 'dps' | 'radiologi' | 'laboratorium' | 'rehabilitering' | 'annet';

export interface AddressRegisterTable {
  her_id: string;
  /** The organisation's HER-id when this entry is a department or service under it. */
  parent_her_id: string | null;
  name: string;
  department: string | null;
  service_kind: AddressServiceKind;
  specialty: string | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  organisation_number: string | null;
  /** 1: a made-up HER-id (the demo register); never a real address. */
  test_value: number;
  source: 'demo' | 'import';
  search_text: string;
  active: number;
  updated_at: string;
}

export type ReferralStatus = 'utkast' | 'sendt' | 'annullert' | 'forkastet';

export interface ReferralTable {
  id: string;
  patient_id: string;
  author_id: string;
  status: ReferralStatus;
  recipient_her_id: string | null;
  content_json: string;
  document_id: string;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

export type ReferralMessageKind = 'ny' | 'endring' | 'kansellering';

export interface ReferralMessageTable {
  id: string;
  referral_id: string;
  msg_id: string;
  kind: ReferralMessageKind;
  recipient_her_id: string;
  recipient_json: string;
  content_json: string;
  reason: string | null;
  created_at: string;
  created_by: string;
  journal_note_id: string | null;
  apprec_status: 'ok' | 'avvist' | null;
  apprec_at: string | null;
  rejection_reason: string | null;
}

export interface ReferralTables {
  address_register: AddressRegisterTable;
  referrals: ReferralTable;
  referral_messages: ReferralMessageTable;
}

export type AddressRegisterRow = Selectable<AddressRegisterTable>;
export type ReferralRow = Selectable<ReferralTable>;
export type ReferralMessageRow = Selectable<ReferralMessageTable>;
