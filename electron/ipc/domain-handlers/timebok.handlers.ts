/** Handlers for the timebok calls: translate between the API and the services; rules and audit live in the services. */
import type { TimebokChange } from '../../../shared/api/timebok-views';
import { osloDate } from '../../../shared/rules/dates';
import type { timebokCalls } from '../../../shared/api/timebok.calls';
import type { CallEnv, DomainHandlers } from '../handler-kit';
import { requireCtx } from '../handler-kit';

/** Tells every window which day of which resource changed, so open timebok and venterom views refresh. */
function changed(env: CallEnv, change: TimebokChange): TimebokChange {
  for (const a of [change.appointment, change.previous]) {
    if (a) env.events.emit('all', 'timebok.changed', { date: a.date, resourceId: a.resourceId });
  }
  return change;
}

export const timebokHandlers: DomainHandlers<keyof typeof timebokCalls> = {
  'schedules.resources': (_input, env) => env.services.timebok.schedules.resources(requireCtx(env)),
  'schedules.saveResource': (input, env) => env.services.timebok.schedules.saveResource(requireCtx(env), input),
  'schedules.get': (input, env) => env.services.timebok.schedules.get(requireCtx(env), input.resourceId),
  'schedules.setWeek': async (input, env) => {
    const view = await env.services.timebok.schedules.setWeek(requireCtx(env), input);
    env.events.emit('all', 'timebok.changed', { date: input.validFrom, resourceId: input.resourceId });
    return view;
  },
  'schedules.addException': async (input, env) => {
    const added = await env.services.timebok.schedules.addException(requireCtx(env), input);
    env.events.emit('all', 'timebok.changed', { date: input.from, resourceId: input.resourceId });
    return added;
  },
  'schedules.removeException': async (input, env) => {
    const removed = await env.services.timebok.schedules.removeException(requireCtx(env), input.exceptionId);
    env.events.emit('all', 'timebok.changed', {
      date: osloDate(new Date(removed.startsAt)),
      resourceId: removed.resourceId,
    });
    return removed;
  },
  'schedules.affected': (input, env) => env.services.timebok.schedules.affected(requireCtx(env), input.exceptionId),
  'timebok.day': (input, env) => env.services.timebok.appointments.day(requireCtx(env), input),
  'timebok.week': (input, env) => env.services.timebok.appointments.week(requireCtx(env), input),
  'timebok.book': async (input, env) =>
    changed(env, await env.services.timebok.appointments.book(requireCtx(env), input)),
  'timebok.move': async (input, env) =>
    changed(env, await env.services.timebok.appointments.move(requireCtx(env), input)),
  'timebok.cancel': async (input, env) =>
    changed(env, await env.services.timebok.appointments.cancel(requireCtx(env), input)),
  'timebok.noShow': async (input, env) =>
    changed(env, await env.services.timebok.appointments.noShow(requireCtx(env), input.appointmentId)),
  'timebok.nextFree': (input, env) => env.services.timebok.appointments.nextFree(requireCtx(env), input),
  'timebok.appointment': (input, env) =>
    env.services.timebok.appointments.appointment(requireCtx(env), input.appointmentId),
  'timebok.patientAppointments': (input, env) =>
    env.services.timebok.appointments.patientAppointments(requireCtx(env), input.patientId),
};
