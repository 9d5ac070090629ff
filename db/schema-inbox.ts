/** The inbox tables (migration 0010) as Kysely sees them; merged into Database in schema.ts. */
import type { Insertable, Selectable } from 'kysely';

/** One document another service sent the clinic, or one imported from a file; stored once per MsgId. */
export interface IncomingDocumentTable {
  id: string;
  msg_id: string;
  /** 'henvisning' | 'dialogmelding' | 'epikrise' | 'svarrapport' | 'apprec' */
  kind: string;
  msg_type: string;
  standard_version: string;
  title: string;
  received_at: string;
  /** 'helsenett' | 'import' */
  source: string;
  document_date: string | null;
  sender_name: string;
  sender_her_id: string | null;
  sender_person: string | null;
  patient_ident: string | null;
  patient_ident_type: string | null;
  patient_name: string | null;
  ref_to_parent: string | null;
  ref_to_conversation: string | null;
  patient_id: string | null;
  referral_id: string | null;
  /** 'uavklart' | 'til_behandling' | 'arkivert' | 'ugyldig' */
  status: string;
  unmatched_reason: string | null;
  /** JSON string[] or null. */
  schema_errors: string | null;
  /** JSON of ReadableDocument (shared/api/inbox-views.ts). */
  content_json: string;
  raw_xml: string;
  assessed_at: string | null;
  /** YYYY-MM-DD */
  frist_date: string | null;
  /** 0/1 or null when not assessed. */
  right_to_care: number | null;
  appointment_at: string | null;
  matched_by: string | null;
  matched_at: string | null;
  filed_by: string | null;
  filed_at: string | null;
  journal_note_id: string | null;
  updated_at: string;
}

export interface ClinicalInboxTables {
  incoming_documents: IncomingDocumentTable;
}

export type IncomingDocumentRow = Selectable<IncomingDocumentTable>;
export type NewIncomingDocumentRow = Insertable<IncomingDocumentTable>;
