/**
 * The venterom tables (migration 0012) as Kysely sees them; merged into Database in schema.ts. Only the state of an
 * entry moves; every change is also a queue_entry_events row.
 */
import type { Selectable } from 'kysely';

export type QueueSource = 'timebestilt' | 'drop_in';
export type QueueTriage = 'akutt' | 'haster' | 'vanlig';
export type QueueStatus = 'venter' | 'inne' | 'ferdig' | 'gatt';
export type QueueEventKind = 'ankommet' | 'drop_in' | 'triage' | 'inne' | 'ferdig' | 'gatt';

export interface QueueEntryTable {
  id: string;
  /** The clinic's calendar day (Europe/Oslo). */
  day: string;
  patient_id: string;
  source: QueueSource;
  appointment_id: string | null;
  scheduled_at: string | null;
  triage: QueueTriage | null;
  /** Administrative only. */
  reason: string | null;
  doctor_id: string | null;
  status: QueueStatus;
  status_at: string;
  status_by: string | null;
  arrived_at: string;
  arrived_by: string | null;
  called_by: string | null;
  called_at: string | null;
  note_id: string | null;
  claim_token: string | null;
  claim_by: string | null;
  claim_at: string | null;
}

export interface QueueEntryEventTable {
  id: string;
  entry_id: string;
  at: string;
  actor_id: string | null;
  kind: QueueEventKind;
  from_status: QueueStatus | null;
  to_status: QueueStatus | null;
  from_triage: QueueTriage | null;
  to_triage: QueueTriage | null;
  detail: string | null;
}

export interface QueueTables {
  queue_entries: QueueEntryTable;
  queue_entry_events: QueueEntryEventTable;
}

export type QueueEntryRow = Selectable<QueueEntryTable>;
export type QueueEntryEventRow = Selectable<QueueEntryEventTable>;
