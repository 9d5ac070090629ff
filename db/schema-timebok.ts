/**
 * The timebok tables (migration 0011) as Kysely sees them; merged into Database in schema.ts. Schedules are
 * per resource; appointments keep history (cancel sets status, move writes a new row linked to the old);
 * appointment_slot_units holds one row per occupied 5-minute unit of an active appointment under a
 * PRIMARY KEY (resource_id, unit_start), which is the database's guard against double booking.
 */
import type { Generated, Selectable } from 'kysely';

export type ResourceKind = 'lege' | 'sykepleier' | 'lab';

/**
 * booket → (ankommet → inne → ferdig) | ikke_mott | avlyst | flyttet. The timebok service sets booket, flyttet,
 * avlyst and ikke_mott; the queue (venterom) moves ankommet, inne and ferdig. Only avlyst and flyttet free the
 * slot (their appointment_slot_units rows are deleted); every other status keeps it occupied.
 */
export type AppointmentStatus = 'booket' | 'flyttet' | 'avlyst' | 'ikke_mott' | 'ankommet' | 'inne' | 'ferdig';

export type AppointmentChannel = 'telefon' | 'skranke' | 'sms' | 'helsenorge';

export type ScheduleExceptionKind = 'ferie' | 'kurs' | 'sykdom' | 'annet';

export interface ScheduleResourceTable {
  id: string;
  /** The staff member behind the resource; null for a lab or a room. */
  user_id: string | null;
  name: string;
  kind: ResourceKind;
  sort_order: Generated<number>;
  active: Generated<number>;
  created_at: string;
}

/** One weekday of a resource's weekly template, in the clinic's local time (Europe/Oslo), times 'HH:MM'. */
export interface ScheduleTemplateTable {
  id: string;
  resource_id: string;
  /** ISO weekday: 1 mandag … 7 søndag. */
  weekday: number;
  work_start: string;
  work_end: string;
  lunch_start: string | null;
  lunch_end: string | null;
  /** The grid the timebok shows and books on; a multiple of 5. */
  slot_minutes: number;
  /** YYYY-MM-DD inclusive; valid_to null = open-ended. */
  valid_from: string;
  valid_to: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** A same-day urgent block ("akutttimer") of a template day, local 'HH:MM'. */
export interface ScheduleUrgentBlockTable {
  id: string;
  template_id: string;
  block_start: string;
  block_end: string;
}

/** A resource unavailable from starts_at to ends_at (ISO UTC); removed_at set when withdrawn. */
export interface ScheduleExceptionTable {
  id: string;
  resource_id: string;
  kind: ScheduleExceptionKind;
  starts_at: string;
  ends_at: string;
  note: string | null;
  created_at: string;
  created_by: string | null;
  removed_at: string | null;
  removed_by: string | null;
}

export interface AppointmentTable {
  id: string;
  patient_id: string;
  resource_id: string;
  /** An AppointmentTypeCode from shared/rules/appointment-types.ts. */
  appointment_type: string;
  /** ISO-8601 UTC. */
  starts_at: string;
  ends_at: string;
  status: AppointmentStatus;
  /** When and by whom the status last changed. */
  status_at: string;
  status_by: string | null;
  /** 1 when booked into a same-day urgent block. */
  urgent: Generated<number>;
  booked_at: string;
  booked_by: string | null;
  channel: AppointmentChannel;
  /** Administrative note (short, never clinical content). */
  note: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  /** The appointment this one replaced when moved; the old row has status 'flyttet' and moved_to_id set. */
  moved_from_id: string | null;
  moved_to_id: string | null;
}

/** One occupied 5-minute unit of an active appointment; PRIMARY KEY (resource_id, unit_start). */
export interface AppointmentSlotUnitTable {
  resource_id: string;
  /** ISO-8601 UTC of the unit's start (on a 5-minute boundary). */
  unit_start: string;
  appointment_id: string;
}

export interface AppointmentEventTable {
  id: string;
  appointment_id: string;
  at: string;
  actor_id: string | null;
  /** booket | flyttet | avlyst | ikke_mott | status */
  kind: string;
  from_status: string | null;
  to_status: string | null;
  /** JSON text: e.g. the reason, the new appointment id. */
  detail: string | null;
}

export interface TimebokTables {
  schedule_resources: ScheduleResourceTable;
  schedule_templates: ScheduleTemplateTable;
  schedule_urgent_blocks: ScheduleUrgentBlockTable;
  schedule_exceptions: ScheduleExceptionTable;
  appointments: AppointmentTable;
  appointment_slot_units: AppointmentSlotUnitTable;
  appointment_events: AppointmentEventTable;
}

export type AppointmentRow = Selectable<AppointmentTable>;
export type ScheduleResourceRow = Selectable<ScheduleResourceTable>;
export type ScheduleTemplateRow = Selectable<ScheduleTemplateTable>;
export type ScheduleExceptionRow = Selectable<ScheduleExceptionTable>;
