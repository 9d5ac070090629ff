/**
 * The timebok in memory for component tests, put on a FakeAllmenn's API beside its other handlers: two doctors
 * working 08:00–12:00 every day with 20-minute slots (Oslo winter time, UTC+1, so the fake needs no time zone
 * code), akutttimer 11:20–12:00, booking with main's slot-taken message and code, cancel, move and ikke møtt.
 * The administrator is refused the day view, as main does.
 */
import type {
  AppointmentView,
  ResourceDayView,
  ResourceView,
  ScheduleView,
  SlotView,
  TimebokChange,
} from '../../../shared/api/timebok-views';
import { calls } from '../../../shared/api/contract';
import { ErrorCode } from '../../../shared/api/error-codes';
import { fail, ok, type Result } from '../../../shared/api/result';
import { APPOINTMENT_TYPES } from '../../../shared/rules/appointment-types';
import type {
  BookInput,
  CancelInput,
  ExceptionAdd,
  MoveInput,
  ScheduleSetWeek,
} from '../../../shared/schemas/timebok.schema';
import type { FakeAllmenn } from './fake-allmenn';
import { fixtureId } from './fake-patient-fixtures';

export const FAKE_RESOURCES: ResourceView[] = [
  { id: fixtureId(801), name: 'Dr. Ingrid Haugland', kind: 'lege', userId: 'u-lege', sortOrder: 1, active: true },
  { id: fixtureId(802), name: 'Dr. Jonas Brekke', kind: 'lege', userId: null, sortOrder: 2, active: true },
];

export const SLOT_TAKEN = {
  code: 'TIMEBOK_SLOT_TAKEN',
  message: 'Timen er nettopp tatt av en annen. Velg en annen tid.',
};

export interface FakeTimebok {
  appointments: AppointmentView[];
  /** What schedules.setWeek and schedules.addException were sent. */
  weeks: ScheduleSetWeek[];
  exceptions: ExceptionAdd[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
/** Oslo local (winter, UTC+1) date and minutes to a UTC instant. */
const instant = (date: string, minutes: number) =>
  new Date(Date.parse(`${date}T00:00:00.000Z`) + (minutes - 60) * 60_000).toISOString();
const local = (iso: string) => {
  const d = new Date(Date.parse(iso) + 60 * 60_000);
  return { date: d.toISOString().slice(0, 10), minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
};

export function addFakeTimebok(fake: FakeAllmenn): FakeTimebok {
  const store: FakeTimebok = { appointments: [], weeks: [], exceptions: [] };
  const role = () => fake.session?.summary.role;

  const answer = async <T>(call: keyof typeof calls, input: unknown, run: (parsed: never) => Result<T>) => {
    fake.calls.push({ call, input });
    fake.callTimes.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const parsed = calls[call].input.safeParse(input);
    if (!parsed.success) return fail(ErrorCode.invalidInput, 'Noen felt er ikke fylt ut riktig.');
    return run(parsed.data as never);
  };
  const forbidden = () => fail(ErrorCode.forbidden, 'Du har ikke tilgang til dette med din rolle.');
  const active = (a: AppointmentView) => a.status !== 'avlyst' && a.status !== 'flyttet';

  const dayOf = (resource: ResourceView, date: string): ResourceDayView => {
    // A doctor's own column flags CAVE, as main does; nobody else's.
    const own = role() === 'lege' && resource.userId === fake.session?.summary.id;
    const appointments = store.appointments
      .filter((a) => a.resourceId === resource.id && a.date === date && active(a))
      .map((a) => {
        if (!own) return a;
        const cave = fake.register.patients.find((p) => p.id === a.patientId)?.cave ?? [];
        return { ...a, cave: cave.some((c) => c.status === 'aktiv') };
      });
    const slots: SlotView[] = [];
    for (let m = 8 * 60; m < 12 * 60; m += 20) {
      const busy = appointments.some((a) => {
        const s = local(a.startsAt).minutes;
        const e = local(a.endsAt).minutes;
        return s < m + 20 && m < e;
      });
      slots.push({
        startsAt: instant(date, m),
        endsAt: instant(date, m + 20),
        localStart: clock(m),
        state: busy ? 'opptatt' : m >= 11 * 60 + 20 ? 'akutt' : 'ledig',
        past: Date.parse(instant(date, m)) < Date.now(),
      });
    }
    return {
      resource,
      hours: { start: '08:00', end: '12:00', lunchStart: null, lunchEnd: null, slotMinutes: 20 },
      slots,
      exceptions: [],
      appointments,
    };
  };

  const book = (input: BookInput): Result<TimebokChange> => {
    if (role() === 'administrator') return forbidden();
    const patient = fake.register.patients.find((p) => p.id === input.patientId);
    const resource = FAKE_RESOURCES.find((r) => r.id === input.resourceId);
    if (!patient || !resource) return fail(ErrorCode.notFound, 'Fant ikke pasienten.');
    const minutes = APPOINTMENT_TYPES[input.appointmentType].minutes;
    const endsAt = new Date(Date.parse(input.startsAt) + minutes * 60_000).toISOString();
    const clash = store.appointments.some(
      (a) => active(a) && a.resourceId === resource.id && a.startsAt < endsAt && input.startsAt < a.endsAt,
    );
    if (clash) return fail(SLOT_TAKEN.code, SLOT_TAKEN.message);
    const start = local(input.startsAt);
    const appointment: AppointmentView = {
      id: fixtureId(1000 + store.appointments.length),
      patientId: patient.id,
      patientName: `${patient.givenName} ${patient.familyName}`,
      birthDate: patient.birthDate,
      resourceId: resource.id,
      resourceName: resource.name,
      appointmentType: input.appointmentType,
      startsAt: input.startsAt,
      endsAt,
      date: start.date,
      localStart: clock(start.minutes),
      localEnd: clock(start.minutes + minutes),
      status: 'booket',
      urgent: false,
      channel: input.channel,
      note: input.note ?? null,
      bookedAt: new Date().toISOString(),
      cancelledAt: null,
      cancelReason: null,
      movedFromId: null,
      movedToId: null,
    };
    store.appointments.push(appointment);
    return ok({ appointment, previous: null });
  };

  const change = (id: string, patch: Partial<AppointmentView>): AppointmentView | undefined => {
    const i = store.appointments.findIndex((a) => a.id === id);
    const current = store.appointments[i];
    if (!current) return undefined;
    const updated = { ...current, ...patch };
    store.appointments[i] = updated;
    return updated;
  };

  Object.assign(fake.api.timebok, {
    day: (input: unknown) =>
      answer('timebok.day', input, (d: { date: string }) =>
        role() === 'administrator'
          ? forbidden()
          : ok({
              date: d.date,
              today: new Date().toISOString().slice(0, 10),
              resources: FAKE_RESOURCES.map((r) => dayOf(r, d.date)),
            }),
      ),
    week: (input: unknown) =>
      answer('timebok.week', input, (d: { resourceId: string; date: string }) => {
        const resource = FAKE_RESOURCES.find((r) => r.id === d.resourceId) ?? FAKE_RESOURCES[0]!;
        return ok({
          resource,
          today: new Date().toISOString().slice(0, 10),
          days: [0, 1, 2, 3, 4, 5, 6].map((i) => {
            const date = new Date(Date.parse(`${d.date}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
            const { resource: _r, ...day } = dayOf(resource, date);
            return { date, ...day };
          }),
        });
      }),
    book: (input: unknown) => answer('timebok.book', input, (d: BookInput) => book(d)),
    cancel: (input: unknown) =>
      answer('timebok.cancel', input, (d: CancelInput) => {
        const a = change(d.appointmentId, {
          status: 'avlyst',
          cancelReason: d.reason,
          cancelledAt: new Date().toISOString(),
        });
        return a ? ok({ appointment: a, previous: null }) : fail(ErrorCode.notFound, 'Fant ikke timen.');
      }),
    noShow: (input: unknown) =>
      answer('timebok.noShow', input, (d: { appointmentId: string }) => {
        const a = change(d.appointmentId, { status: 'ikke_mott' });
        return a ? ok({ appointment: a, previous: null }) : fail(ErrorCode.notFound, 'Fant ikke timen.');
      }),
    move: (input: unknown) =>
      answer('timebok.move', input, (d: MoveInput) => {
        const old = store.appointments.find((a) => a.id === d.appointmentId);
        if (!old) return fail(ErrorCode.notFound, 'Fant ikke timen.');
        change(old.id, { status: 'flyttet' });
        const booked = book({
          patientId: old.patientId,
          resourceId: d.resourceId ?? old.resourceId,
          appointmentType: old.appointmentType,
          startsAt: d.startsAt,
          channel: old.channel,
        });
        if (!booked.ok) {
          change(old.id, { status: 'booket' });
          return booked;
        }
        return ok({
          appointment: booked.value.appointment,
          previous: change(old.id, { movedToId: booked.value.appointment.id }) ?? null,
        });
      }),
    appointment: (input: unknown) =>
      answer('timebok.appointment', input, (d: { appointmentId: string }) => {
        const a = store.appointments.find((x) => x.id === d.appointmentId);
        return a ? ok({ ...a, history: [] }) : fail(ErrorCode.notFound, 'Fant ikke timen.');
      }),
    nextFree: (input: unknown) => answer('timebok.nextFree', input, () => ok([])),
    patientAppointments: (input: unknown) =>
      answer('timebok.patientAppointments', input, (d: { patientId: string }) =>
        role() === 'administrator' ? forbidden() : ok(store.appointments.filter((a) => a.patientId === d.patientId)),
      ),
  });
  const schedule = (resource: ResourceView): ScheduleView => ({
    resource,
    days: [1, 2, 3, 4, 5].map((weekday) => ({
      weekday,
      workStart: '08:00',
      workEnd: '12:00',
      lunchStart: null,
      lunchEnd: null,
      slotMinutes: 20,
      urgentBlocks: [{ start: '11:20', end: '12:00' }],
      validFrom: '2020-01-01',
      validTo: null,
    })),
    exceptions: [],
  });
  const configurer = () => role() === 'helsesekretaer' || role() === 'administrator';
  Object.assign(fake.api.schedules, {
    setWeek: (input: unknown) =>
      answer('schedules.setWeek', input, (d: ScheduleSetWeek): Result<ScheduleView> => {
        if (!configurer()) return forbidden();
        store.weeks.push(d);
        return ok(schedule(FAKE_RESOURCES.find((r) => r.id === d.resourceId) ?? FAKE_RESOURCES[0]!));
      }),
    addException: (input: unknown) =>
      answer('schedules.addException', input, (d: ExceptionAdd) => {
        if (!configurer()) return forbidden();
        store.exceptions.push(d);
        const hit = store.appointments.filter(
          (a) => a.resourceId === d.resourceId && a.date >= d.from && a.date <= d.to,
        );
        return ok({
          exception: {
            id: fixtureId(700 + store.exceptions.length),
            resourceId: d.resourceId,
            kind: d.kind,
            startsAt: instant(d.from, 0),
            endsAt: instant(d.to, 24 * 60),
            note: d.note ?? null,
          },
          affectedCount: hit.length,
        });
      }),
    affected: (input: unknown) =>
      answer('schedules.affected', input, () => (role() === 'administrator' ? forbidden() : ok(store.appointments))),
    resources: (input: unknown) => answer('schedules.resources', input, () => ok(FAKE_RESOURCES)),
    get: (input: unknown) =>
      answer('schedules.get', input, (d: { resourceId: string }): Result<ScheduleView> => {
        const resource = FAKE_RESOURCES.find((r) => r.id === d.resourceId);
        return resource ? ok(schedule(resource)) : fail(ErrorCode.notFound, 'Fant ikke behandleren.');
      }),
  });
  return store;
}
