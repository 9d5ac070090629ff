/**
 * The database's shape as Kysely sees it. Ids are UUIDv7 text, instants ISO-8601 UTC text, dates YYYY-MM-DD,
 * booleans 0/1 integers (portable to PostgreSQL via the schema builder).
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { DrugCatalogueTables } from './schema-drugs';
import type { ClinicalInboxTables } from './schema-inbox';
import type { PrescriptionTables } from './schema-prescriptions';
import type { QueueTables } from './schema-queue';
import type { ReferralTables } from './schema-referrals';
import type { RequestTables } from './schema-requests';
import type { TimebokTables } from './schema-timebok';

export interface ClinicTable {
  id: string;
  name: string;
  organisation_number: string;
  her_id: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  hpr_number: string | null;
  password_hash: string;
  active: Generated<number>;
  created_at: string;
}

export interface AuditEventTable {
  id: string;
  at: string;
  /** Null for the system, the CLI, or a login attempt with an unknown user name. */
  actor_id: string | null;
  actor_name: string;
  role: string;
  workstation: string;
  action: string;
  outcome: string;
  patient_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  detail: string | null;
}

export interface PatientTable {
  id: string;
  identity_number: string;
  identity_type: string;
  given_name: string;
  middle_name: string | null;
  family_name: string;
  birth_date: string;
  sex: string;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  created_at: string;
  updated_at: string;
  mobile_phone: string | null;
  other_phone: string | null;
  email: string | null;
  preferred_language: string | null;
  interpreter_needed: Generated<number>;
  kommune_number: string | null;
  status: Generated<string>;
  deceased_on: string | null;
  sms_consent: Generated<number>;
  merged_into_id: string | null;
  /** Digits of both phone numbers, space-separated, for search by phone. */
  phone_digits: string | null;
}

export interface PatientRelationTable {
  id: string;
  patient_id: string;
  /** 'next_of_kin' | 'guardian' */
  kind: string;
  related_patient_id: string | null;
  name: string | null;
  relation: string | null;
  phone: string | null;
  created_at: string;
  ended_at: string | null;
}

export interface CaveVersionTable {
  id: string;
  entry_id: string;
  version: number;
  patient_id: string;
  allergen_code: string | null;
  allergen_code_system: string | null;
  allergen_text: string;
  reaction: string | null;
  severity: string;
  certainty: string;
  source: string;
  noted_on: string;
  status: string;
  change_reason: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface GpListTable {
  doctor_id: string;
  list_ceiling: number;
  updated_at: string;
}

export interface ListMembershipTable {
  id: string;
  patient_id: string;
  doctor_id: string;
  from_date: string;
  to_date: string | null;
  source: string;
  created_at: string;
}

export interface WaitingListEntryTable {
  id: string;
  patient_id: string;
  doctor_id: string;
  requested_on: string;
  status: string;
  closed_on: string | null;
  created_at: string;
}

export interface EncounterTable {
  id: string;
  patient_id: string;
  occurred_at: string;
  contact_type: string;
  clinician_id: string;
  appointment_id: string | null;
  created_at: string;
}

export interface JournalNoteTable {
  id: string;
  patient_id: string;
  encounter_id: string;
  /** 'utkast' | 'signert' | 'rettet' | 'feilregistrert' | 'forkastet' */
  status: string;
  current_version_id: string;
  draft_version_id: string | null;
  occurred_at: string;
  contact_type: string;
  author_id: string;
  /** "ICPC-2 R74" of the current version, for the timeline filter. */
  main_diagnosis: string | null;
  search_rowid: number | null;
  created_at: string;
  updated_at: string;
}

export interface NoteVersionTable {
  id: string;
  note_id: string;
  version: number;
  /** 'original' | 'retting' | 'feilregistrering' */
  kind: string;
  reason_for_contact: string;
  anamnese: string;
  funn: string;
  vurdering: string;
  tiltak: string;
  change_reason: string | null;
  author_id: string;
  created_at: string;
  saved_at: string;
  signed_at: string | null;
  signed_by: string | null;
}

export interface NoteDiagnosisTable {
  id: string;
  version_id: string;
  code_system: string;
  code: string;
  title: string;
  is_main: number;
  is_lasting: number;
  position: number;
}

export interface NoteMeasurementTable {
  id: string;
  version_id: string;
  kind: string;
  value: number;
  unit: string;
  position: number;
}

export interface SnippetTable {
  id: string;
  owner_id: string;
  keyword: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface OutboxMessageTable {
  id: string;
  /** MsgHead MsgId: stable across retries, so the receiver can recognise a resend. */
  msg_id: string;
  /** e.g. 'ERM1', 'ERM5', 'ERM95', 'ERM41' */
  kind: string;
  receiver_her_id: string;
  /** The exact document to send (signed where the message is signed); sent byte for byte on every attempt. */
  payload: string;
  subject_type: string | null;
  subject_id: string | null;
  /** 'pending' | 'sent' | 'answered' | 'rejected' */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  answered_at: string | null;
  /** AppRec status: '1' OK, '2' avvist, '3' OK with errors. */
  answer_status: string | null;
}

export interface InboxMessageTable {
  id: string;
  msg_id: string;
  kind: string;
  in_reply_to: string | null;
  payload: string;
  received_at: string;
  processed_at: string | null;
  error: string | null;
}

/** Every table; the drug catalogue's (FEST) are declared in schema-drugs.ts, e-resept's in schema-prescriptions.ts. */
export interface Database
  extends
    DrugCatalogueTables,
    PrescriptionTables,
    ReferralTables,
    ClinicalInboxTables,
    TimebokTables,
    QueueTables,
    RequestTables {
  clinic: ClinicTable;
  users: UserTable;
  audit_events: AuditEventTable;
  patients: PatientTable;
  patient_relations: PatientRelationTable;
  cave_versions: CaveVersionTable;
  gp_lists: GpListTable;
  list_memberships: ListMembershipTable;
  waiting_list_entries: WaitingListEntryTable;
  /** FTS5 table (SQLite only); written by the patient-search repository alone. */
  patient_name_search: { rowid: number; names: string; patient_id: string; given_folded: string; sort_key: string };
  encounters: EncounterTable;
  journal_notes: JournalNoteTable;
  note_versions: NoteVersionTable;
  note_diagnoses: NoteDiagnosisTable;
  note_measurements: NoteMeasurementTable;
  snippets: SnippetTable;
  /** Contentless FTS5 table (SQLite only); written by the journal-search repository alone. */
  journal_search: { rowid: number; body: string };
  outbox_messages: OutboxMessageTable;
  inbox_messages: InboxMessageTable;
}

export type ClinicRow = Selectable<ClinicTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type NewAuditEventRow = Insertable<AuditEventTable>;
export type PatientRow = Selectable<PatientTable>;
export type NewPatientRow = Insertable<PatientTable>;
export type PatientUpdate = Updateable<PatientTable>;
export type PatientRelationRow = Selectable<PatientRelationTable>;
export type CaveVersionRow = Selectable<CaveVersionTable>;
export type ListMembershipRow = Selectable<ListMembershipTable>;
export type WaitingListEntryRow = Selectable<WaitingListEntryTable>;
export type EncounterRow = Selectable<EncounterTable>;
export type JournalNoteRow = Selectable<JournalNoteTable>;
export type NoteVersionRow = Selectable<NoteVersionTable>;
export type NoteDiagnosisRow = Selectable<NoteDiagnosisTable>;
export type NoteMeasurementRow = Selectable<NoteMeasurementTable>;
export type SnippetRow = Selectable<SnippetTable>;
export type OutboxMessageRow = Selectable<OutboxMessageTable>;
export type InboxMessageRow = Selectable<InboxMessageTable>;
