/** What the schedules.* and timebok.* calls return. Administrative data only, except a doctor's own CAVE flag. */
import type { AppointmentTypeCode } from '../rules/appointment-types';

export type ResourceKind = 'lege' | 'sykepleier' | 'lab';
export type AppointmentStatus = 'booket' | 'flyttet' | 'avlyst' | 'ikke_mott' | 'ankommet' | 'inne' | 'ferdig';
export type BookingChannel = 'telefon' | 'skranke' | 'sms' | 'helsenorge';
export type ExceptionKind = 'ferie' | 'kurs' | 'sykdom' | 'annet';

export interface ResourceView {
  id: string;
  name: string;
  kind: ResourceKind;
  userId: string | null;
  sortOrder: number;
  active: boolean;
}

export interface TemplateDayView {
  weekday: number;
  workStart: string;
  workEnd: string;
  lunchStart: string | null;
  lunchEnd: string | null;
  slotMinutes: number;
  urgentBlocks: { start: string; end: string }[];
  validFrom: string;
  validTo: string | null;
}

export interface ExceptionView {
  id: string;
  resourceId: string;
  kind: ExceptionKind;
  startsAt: string;
  endsAt: string;
  note: string | null;
}

export interface ScheduleView {
  resource: ResourceView;
  /** The template days in force on `asOf` (and later versions), by weekday. */
  days: TemplateDayView[];
  /** Exceptions that end today or later. */
  exceptions: ExceptionView[];
}

export interface ExceptionAdded {
  exception: ExceptionView;
  /** How many active appointments fall in it (the list needs the timebok permission: schedules.affected). */
  affectedCount: number;
}

export interface AppointmentView {
  id: string;
  patientId: string;
  patientName: string;
  birthDate: string;
  resourceId: string;
  resourceName: string;
  appointmentType: AppointmentTypeCode;
  startsAt: string;
  endsAt: string;
  /** Oslo local date and 'HH:MM' of start and end. */
  date: string;
  localStart: string;
  localEnd: string;
  status: AppointmentStatus;
  urgent: boolean;
  channel: BookingChannel;
  note: string | null;
  bookedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  movedFromId: string | null;
  movedToId: string | null;
  /** Only on a doctor's own day list: the patient has active CAVE entries. Undefined elsewhere. */
  cave?: boolean;
}

/** ledig: bookable; akutt: reserved for same-day urgent needs; opptatt: booked; fravaer: in an exception. */
export type SlotState = 'ledig' | 'akutt' | 'opptatt' | 'fravaer';

export interface SlotView {
  startsAt: string;
  endsAt: string;
  localStart: string;
  state: SlotState;
  /** Already begun (not bookable). */
  past: boolean;
}

export interface ResourceDayView {
  resource: ResourceView;
  /** Null: not working that day. */
  hours: { start: string; end: string; lunchStart: string | null; lunchEnd: string | null; slotMinutes: number } | null;
  slots: SlotView[];
  exceptions: ExceptionView[];
  appointments: AppointmentView[];
}

export interface TimebokDayView {
  date: string;
  /** Today in Oslo, for the UI's same-day rules. */
  today: string;
  resources: ResourceDayView[];
}

export interface TimebokWeekView {
  resource: ResourceView;
  /** Monday … Sunday of the week holding `date`. */
  days: (Omit<ResourceDayView, 'resource'> & { date: string })[];
  today: string;
}

export interface FreeSlotView {
  resourceId: string;
  startsAt: string;
  endsAt: string;
  date: string;
  localStart: string;
  urgent: boolean;
}

export interface AppointmentEventView {
  at: string;
  kind: string;
  actorName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  detail: string | null;
}

export interface AppointmentDetailView extends AppointmentView {
  history: AppointmentEventView[];
}

/** What a change returns, so the handler can tell other windows which day and resource changed. */
export interface TimebokChange {
  appointment: AppointmentView;
  /** The appointment it replaced (a move) or null. */
  previous: AppointmentView | null;
}
