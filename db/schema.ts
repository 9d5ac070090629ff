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
}

export interface Database {
  clinic: ClinicTable;
  users: UserTable;
  audit_events: AuditEventTable;
  patients: PatientTable;
}

export type ClinicRow = Selectable<ClinicTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type NewAuditEventRow = Insertable<AuditEventTable>;
export type PatientRow = Selectable<PatientTable>;
export type NewPatientRow = Insertable<PatientTable>;
export type PatientUpdate = Updateable<PatientTable>;
