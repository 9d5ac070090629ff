/**
 * The database's shape as Kysely sees it. Ids are UUIDv7 text, instants ISO-8601 UTC text, dates YYYY-MM-DD,
 * booleans 0/1 integers (portable to PostgreSQL via the schema builder).
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

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

export interface Database {
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
  patient_name_search: { rowid: number; names: string };
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
