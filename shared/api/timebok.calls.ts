/** The timebok calls and events of the contract; contract.ts gathers them into its registries. */
import { call, empty, event } from './call-spec';
import {
  appointmentIdSchema,
  bookSchema,
  cancelSchema,
  exceptionAddSchema,
  exceptionIdSchema,
  moveSchema,
  nextFreeSchema,
  patientAppointmentsSchema,
  resourceIdSchema,
  resourceSaveSchema,
  scheduleSetWeekSchema,
  timebokDaySchema,
  timebokWeekSchema,
} from '../schemas/timebok.schema';
import type {
  AppointmentDetailView,
  AppointmentView,
  ExceptionAdded,
  ExceptionView,
  FreeSlotView,
  ResourceView,
  ScheduleView,
  TimebokChange,
  TimebokDayView,
  TimebokWeekView,
} from './timebok-views';

export const timebokCalls = {
  'schedules.resources': call<ResourceView[]>()(empty),
  'schedules.saveResource': call<ResourceView>()(resourceSaveSchema),
  'schedules.get': call<ScheduleView>()(resourceIdSchema),
  'schedules.setWeek': call<ScheduleView>()(scheduleSetWeekSchema),
  'schedules.addException': call<ExceptionAdded>()(exceptionAddSchema),
  'schedules.removeException': call<ExceptionView>()(exceptionIdSchema),
  /** The booked patients an exception hits (patient data: the timebok permission). */
  'schedules.affected': call<AppointmentView[]>()(exceptionIdSchema),
  'timebok.day': call<TimebokDayView>()(timebokDaySchema),
  'timebok.week': call<TimebokWeekView>()(timebokWeekSchema),
  'timebok.book': call<TimebokChange>()(bookSchema),
  'timebok.move': call<TimebokChange>()(moveSchema),
  'timebok.cancel': call<TimebokChange>()(cancelSchema),
  'timebok.noShow': call<TimebokChange>()(appointmentIdSchema),
  'timebok.nextFree': call<FreeSlotView[]>()(nextFreeSchema),
  'timebok.appointment': call<AppointmentDetailView>()(appointmentIdSchema),
  'timebok.patientAppointments': call<AppointmentView[]>()(patientAppointmentsSchema),
} as const;

export const timebokEvents = {
  /** An appointment or a schedule changed on that Oslo date for that resource: refresh. */
  'timebok.changed': event<{ date: string; resourceId: string }>(),
} as const;
