/** Rows to views for the timebok calls. */
import type { AppointmentJoined } from '../../../db/repositories/timebok.repository';
import type { ScheduleExceptionRow, ScheduleResourceRow } from '../../../db/schema-timebok';
import type { AppointmentTypeCode } from '../../../shared/rules/appointment-types';
import type { AppointmentView, ExceptionView, ResourceView } from '../../../shared/api/timebok-views';
import { osloParts } from './oslo-time';

export function resourceView(r: ScheduleResourceRow): ResourceView {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    userId: r.user_id,
    sortOrder: r.sort_order,
    active: r.active === 1,
  };
}

export function exceptionView(e: ScheduleExceptionRow): ExceptionView {
  return {
    id: e.id,
    resourceId: e.resource_id,
    kind: e.kind,
    startsAt: e.starts_at,
    endsAt: e.ends_at,
    note: e.note,
  };
}

export function patientName(a: { given_name: string; middle_name: string | null; family_name: string }): string {
  return [a.given_name, a.middle_name, a.family_name].filter(Boolean).join(' ');
}

export function appointmentView(a: AppointmentJoined, cave?: boolean): AppointmentView {
  const start = osloParts(a.starts_at);
  const end = osloParts(a.ends_at);
  return {
    id: a.id,
    patientId: a.patient_id,
    patientName: patientName(a),
    birthDate: a.birth_date,
    resourceId: a.resource_id,
    resourceName: a.resource_name,
    appointmentType: a.appointment_type as AppointmentTypeCode,
    startsAt: a.starts_at,
    endsAt: a.ends_at,
    date: start.date,
    localStart: start.hhmm,
    localEnd: end.hhmm,
    status: a.status,
    urgent: a.urgent === 1,
    channel: a.channel,
    note: a.note,
    bookedAt: a.booked_at,
    cancelledAt: a.cancelled_at,
    cancelReason: a.cancel_reason,
    movedFromId: a.moved_from_id,
    movedToId: a.moved_to_id,
    ...(cave === undefined ? {} : { cave }),
  };
}
