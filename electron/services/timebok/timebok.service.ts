/**
 * The timebok: day and week views, book, move, cancel, ikke møtt and the next free time. Reception and doctors
 * (PERMISSIONS.timebok); administrative data only, except that a doctor's own day list flags CAVE (audited per
 * patient). Every change is one transaction with its appointment_events row and its audit row. No double booking:
 * the database's slot-unit key decides, and the loser of a race gets SLOT_TAKEN_MESSAGE.
 */
import type { Kysely, Transaction } from 'kysely';
import { findResource, listResources } from '../../../db/repositories/schedule.repository';
import {
  activeAppointmentsBetween,
  appointmentEvents,
  appointmentsOfPatient,
  findAppointment,
  insertAppointment,
  insertAppointmentEvent,
  isBusy,
  isSlotTaken,
  occupyUnits,
  patientsWithActiveCave,
  releaseUnits,
  updateAppointment,
  type AppointmentJoined,
} from '../../../db/repositories/timebok.repository';
import type { Database } from '../../../db/schema';
import type { AppointmentStatus, ScheduleResourceRow } from '../../../db/schema-timebok';
import { ErrorCode } from '../../../shared/api/error-codes';
import type {
  AppointmentDetailView,
  AppointmentView,
  FreeSlotView,
  ResourceDayView,
  SlotView,
  TimebokChange,
  TimebokDayView,
  TimebokWeekView,
} from '../../../shared/api/timebok-views';
import { osloDate } from '../../../shared/rules/dates';
import { APPOINTMENT_TYPES, SLOT_UNIT_MINUTES } from '../../../shared/rules/appointment-types';
import type {
  BookInput,
  CancelInput,
  MoveInput,
  NextFreeInput,
  TimebokDayInput,
} from '../../../shared/schemas/timebok.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import {
  checkBookable,
  isAbsent,
  isUrgent,
  localRange,
  overlaps,
  slotGrid,
  SLOT_TAKEN_MESSAGE,
  CHANGED_MEANWHILE_MESSAGE,
  TimebokErrorCode,
  type DayPlan,
  type Range,
} from './day-plan';
import { addDays, mondayOf, osloDayRange, osloInstantAt, osloParts } from './oslo-time';
import { loadPlans } from './plans';
import { appointmentView, exceptionView, resourceView } from './timebok-view';

type Db = Kysely<Database> | Transaction<Database>;

/** How far ahead "Neste ledige" looks. */
const NEXT_FREE_DAYS = 180;
const BUSY_RETRIES = 8;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a write transaction again when another connection held the write lock (two PCs, or two windows on two
 * connections); the retry reads afresh, so it sees the winner's booking and the slot key refuses it cleanly.
 */
async function retryingBusy<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error) || attempt >= BUSY_RETRIES) throw error;
      await sleep(10 + attempt * 15 + Math.floor(Math.random() * 10));
    }
  }
}

/** The 5-minute units [startsAt, endsAt) covers, as ISO UTC strings: the rows of appointment_slot_units. */
export function unitStarts(startsAt: Date, endsAt: Date): string[] {
  const units: string[] = [];
  for (let t = startsAt.getTime(); t < endsAt.getTime(); t += SLOT_UNIT_MINUTES * 60_000) {
    units.push(new Date(t).toISOString());
  }
  return units;
}

async function requireResource(db: Db, id: string): Promise<ScheduleResourceRow> {
  const r = await findResource(db, id);
  if (!r || r.active !== 1) throw new ServiceError(ErrorCode.notFound, 'Fant ikke behandleren i timeboken.');
  return r;
}

async function requireAppointment(db: Db, id: string): Promise<AppointmentJoined> {
  const a = await findAppointment(db, id);
  if (!a) throw new ServiceError(ErrorCode.notFound, 'Fant ikke timen.');
  return a;
}

async function updateSeen(
  trx: Db,
  seen: { id: string; status: AppointmentStatus },
  patch: Parameters<typeof updateAppointment>[2],
): Promise<void> {
  if (!(await updateAppointment(trx, seen, patch))) {
    throw new ServiceError(TimebokErrorCode.changedMeanwhile, CHANGED_MEANWHILE_MESSAGE);
  }
}

function requireBooked(a: AppointmentJoined, what: string): void {
  if (a.status !== 'booket') {
    const label: Record<string, string> = {
      avlyst: 'er avlyst',
      flyttet: 'er flyttet',
      ikke_mott: 'er merket ikke møtt',
      ankommet: 'har ankommet',
      inne: 'er inne hos behandleren',
      ferdig: 'er ferdig',
    };
    throw new ServiceError(
      TimebokErrorCode.wrongStatus,
      `Timen kan ikke ${what}: pasienten ${label[a.status] ?? a.status}.`,
    );
  }
}

function slotViews(plan: DayPlan, busy: readonly Range[], now: Date): SlotView[] {
  return slotGrid(plan).map((s) => {
    const startsAt = osloInstantAt(plan.date, s.start);
    const state = isAbsent(plan, s)
      ? 'fravaer'
      : busy.some((b) => overlaps(b, s))
        ? 'opptatt'
        : isUrgent(plan, s)
          ? 'akutt'
          : 'ledig';
    return {
      startsAt: startsAt.toISOString(),
      endsAt: osloInstantAt(plan.date, s.end).toISOString(),
      localStart: `${String(Math.floor(s.start / 60)).padStart(2, '0')}:${String(s.start % 60).padStart(2, '0')}`,
      state,
      past: startsAt.getTime() < now.getTime(),
    };
  });
}

function hoursOf(plan: DayPlan): ResourceDayView['hours'] {
  const t = plan.template;
  if (!t) return null;
  return {
    start: t.work_start,
    end: t.work_end,
    lunchStart: t.lunch_start,
    lunchEnd: t.lunch_end,
    slotMinutes: t.slot_minutes,
  };
}

export function createTimebokService(db: Kysely<Database>) {
  async function event(
    trx: Transaction<Database>,
    ctx: ServiceContext,
    appointmentId: string,
    kind: string,
    from: AppointmentStatus | null,
    to: AppointmentStatus,
    detail?: Record<string, unknown>,
  ): Promise<void> {
    await insertAppointmentEvent(trx, {
      id: newId(),
      appointment_id: appointmentId,
      at: ctx.now.toISOString(),
      actor_id: ctx.user.id,
      kind,
      from_status: from,
      to_status: to,
      detail: detail ? JSON.stringify(detail) : null,
    });
  }

  /** Occupies the units of a new appointment; the key's refusal becomes the Norwegian message. */
  async function occupy(trx: Transaction<Database>, resourceId: string, id: string, s: Date, e: Date): Promise<void> {
    try {
      await occupyUnits(trx, resourceId, id, unitStarts(s, e));
    } catch (error) {
      if (isSlotTaken(error)) throw new ServiceError(TimebokErrorCode.slotTaken, SLOT_TAKEN_MESSAGE);
      throw error;
    }
  }

  async function rulesFor(trx: Db, resource: ScheduleResourceRow, startsAt: Date, endsAt: Date, ctx: ServiceContext) {
    const date = osloParts(startsAt).date;
    const planOf = await loadPlans(trx, [resource.id], date, date);
    return checkBookable(planOf(resource.id, date), resource.name, startsAt, endsAt, ctx.now, osloDate(ctx.now));
  }

  async function dayOf(
    ctx: ServiceContext,
    resources: readonly ScheduleResourceRow[],
    dates: readonly string[],
  ): Promise<{ resource: ScheduleResourceRow; date: string; day: Omit<ResourceDayView, 'resource'> }[]> {
    const ids = resources.map((r) => r.id);
    const first = dates[0] as string;
    const last = dates[dates.length - 1] as string;
    const planOf = await loadPlans(db, ids, first, last);
    const appointments = await activeAppointmentsBetween(db, ids, osloDayRange(first).from, osloDayRange(last).to);
    // A doctor's own day list shows CAVE flags (issue 7 item 6); clinical, so only for the doctor and audited.
    const own = ctx.role === 'lege' ? resources.filter((r) => r.user_id !== null && r.user_id === ctx.user.id) : [];
    const ownIds = new Set(own.map((r) => r.id));
    const cave = await patientsWithActiveCave(
      db,
      appointments.filter((a) => ownIds.has(a.resource_id)).map((a) => a.patient_id),
    );
    if (cave.size > 0) {
      await db.transaction().execute(async (trx) => {
        for (const patientId of cave) {
          await recordAudit(trx, ctx, {
            action: 'timebok.cave-flag',
            patientId,
            entityType: 'timebok-day',
            detail: { from: first, to: last },
          });
        }
      });
    }
    const byDay = new Map<string, AppointmentJoined[]>();
    for (const a of appointments) {
      const key = `${a.resource_id}|${osloParts(a.starts_at).date}`;
      const list = byDay.get(key);
      if (list) list.push(a);
      else byDay.set(key, [a]);
    }
    const out: { resource: ScheduleResourceRow; date: string; day: Omit<ResourceDayView, 'resource'> }[] = [];
    for (const resource of resources) {
      for (const date of dates) {
        const plan = planOf(resource.id, date);
        const mine = byDay.get(`${resource.id}|${date}`) ?? [];
        const busy = mine.map((a) => localRange(a.starts_at, a.ends_at));
        out.push({
          resource,
          date,
          day: {
            hours: hoursOf(plan),
            slots: slotViews(plan, busy, ctx.now),
            exceptions: plan.exceptions.map(exceptionView),
            appointments: mine.map((a) =>
              appointmentView(a, ownIds.has(a.resource_id) ? cave.has(a.patient_id) : undefined),
            ),
          },
        });
      }
    }
    return out;
  }

  return {
    async day(ctx: ServiceContext, input: TimebokDayInput): Promise<TimebokDayView> {
      requireRole(ctx, PERMISSIONS.timebok);
      const resources = (await listResources(db, input.resourceIds)).filter(
        (r) => r.active === 1 || input.resourceIds !== undefined,
      );
      const days = await dayOf(ctx, resources, [input.date]);
      return {
        date: input.date,
        today: osloDate(ctx.now),
        resources: days.map((d) => ({ resource: resourceView(d.resource), ...d.day })),
      };
    },

    async week(ctx: ServiceContext, input: { resourceId: string; date: string }): Promise<TimebokWeekView> {
      requireRole(ctx, PERMISSIONS.timebok);
      const resource = await requireResource(db, input.resourceId);
      const monday = mondayOf(input.date);
      const dates = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
      const days = await dayOf(ctx, [resource], dates);
      return {
        resource: resourceView(resource),
        today: osloDate(ctx.now),
        days: days.map((d) => ({ date: d.date, ...d.day })),
      };
    },

    async book(ctx: ServiceContext, input: BookInput): Promise<TimebokChange> {
      requireRole(ctx, PERMISSIONS.timebok);
      const type = APPOINTMENT_TYPES[input.appointmentType];
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(startsAt.getTime() + type.minutes * 60_000);
      const id = await retryingBusy(() =>
        db.transaction().execute(async (trx) => {
          const patient = await requirePatient(trx, input.patientId);
          // A time for a dead patient, or for a record merged into another, would send reminders to the family
          // and put the visit in the wrong journal.
          if (patient.status === 'dod' || patient.merged_into_id) {
            throw new ServiceError('PATIENT_INACTIVE', 'Pasienten er død eller slått sammen med en annen journal.');
          }
          const resource = await requireResource(trx, input.resourceId);
          const { urgent } = await rulesFor(trx, resource, startsAt, endsAt, ctx);
          const at = ctx.now.toISOString();
          const appointmentId = newId();
          await insertAppointment(trx, {
            id: appointmentId,
            patient_id: patient.id,
            resource_id: resource.id,
            appointment_type: type.code,
            starts_at: startsAt.toISOString(),
            ends_at: endsAt.toISOString(),
            status: 'booket',
            status_at: at,
            status_by: ctx.user.id,
            urgent: urgent ? 1 : 0,
            booked_at: at,
            booked_by: ctx.user.id,
            channel: input.channel,
            note: input.note || null,
            cancelled_at: null,
            cancelled_by: null,
            cancel_reason: null,
            moved_from_id: null,
            moved_to_id: null,
          });
          await occupy(trx, resource.id, appointmentId, startsAt, endsAt);
          await event(trx, ctx, appointmentId, 'booket', null, 'booket', { channel: input.channel });
          await recordAudit(trx, ctx, {
            action: 'timebok.book',
            patientId: patient.id,
            entityType: 'appointment',
            entityId: appointmentId,
            detail: { resourceId: resource.id, startsAt: startsAt.toISOString(), type: type.code },
          });
          return appointmentId;
        }),
      );
      return { appointment: appointmentView(await requireAppointment(db, id)), previous: null };
    },

    async move(ctx: ServiceContext, input: MoveInput): Promise<TimebokChange> {
      requireRole(ctx, PERMISSIONS.timebok);
      const ids = await retryingBusy(() =>
        db.transaction().execute(async (trx) => {
          const old = await requireAppointment(trx, input.appointmentId);
          requireBooked(old, 'flyttes');
          const resource = await requireResource(trx, input.resourceId ?? old.resource_id);
          const minutes = (Date.parse(old.ends_at) - Date.parse(old.starts_at)) / 60_000;
          const startsAt = new Date(input.startsAt);
          const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
          const { urgent } = await rulesFor(trx, resource, startsAt, endsAt, ctx);
          const at = ctx.now.toISOString();
          const newIdValue = newId();
          // Free the old units first: a move by ten minutes may overlap the appointment's own old time.
          await releaseUnits(trx, old.id);
          await insertAppointment(trx, {
            id: newIdValue,
            patient_id: old.patient_id,
            resource_id: resource.id,
            appointment_type: old.appointment_type,
            starts_at: startsAt.toISOString(),
            ends_at: endsAt.toISOString(),
            status: 'booket',
            status_at: at,
            status_by: ctx.user.id,
            urgent: urgent ? 1 : 0,
            booked_at: at,
            booked_by: ctx.user.id,
            channel: old.channel,
            note: old.note,
            cancelled_at: null,
            cancelled_by: null,
            cancel_reason: null,
            moved_from_id: old.id,
            moved_to_id: null,
          });
          await occupy(trx, resource.id, newIdValue, startsAt, endsAt);
          await updateSeen(trx, old, {
            status: 'flyttet',
            status_at: at,
            status_by: ctx.user.id,
            moved_to_id: newIdValue,
          });
          await event(trx, ctx, old.id, 'flyttet', 'booket', 'flyttet', { to: newIdValue });
          await event(trx, ctx, newIdValue, 'booket', null, 'booket', { from: old.id });
          await recordAudit(trx, ctx, {
            action: 'timebok.move',
            patientId: old.patient_id,
            entityType: 'appointment',
            entityId: newIdValue,
            detail: {
              from: old.id,
              fromStartsAt: old.starts_at,
              startsAt: startsAt.toISOString(),
              resourceId: resource.id,
            },
          });
          return { newId: newIdValue, oldId: old.id };
        }),
      );
      return {
        appointment: appointmentView(await requireAppointment(db, ids.newId)),
        previous: appointmentView(await requireAppointment(db, ids.oldId)),
      };
    },

    async cancel(ctx: ServiceContext, input: CancelInput): Promise<TimebokChange> {
      requireRole(ctx, PERMISSIONS.timebok);
      await retryingBusy(() =>
        db.transaction().execute(async (trx) => {
          const a = await requireAppointment(trx, input.appointmentId);
          requireBooked(a, 'avlyses');
          const at = ctx.now.toISOString();
          await updateSeen(trx, a, {
            status: 'avlyst',
            status_at: at,
            status_by: ctx.user.id,
            cancelled_at: at,
            cancelled_by: ctx.user.id,
            cancel_reason: input.reason,
          });
          await releaseUnits(trx, a.id);
          await event(trx, ctx, a.id, 'avlyst', 'booket', 'avlyst', { reason: input.reason });
          await recordAudit(trx, ctx, {
            action: 'timebok.cancel',
            patientId: a.patient_id,
            entityType: 'appointment',
            entityId: a.id,
            detail: { startsAt: a.starts_at, resourceId: a.resource_id },
          });
        }),
      );
      return { appointment: appointmentView(await requireAppointment(db, input.appointmentId)), previous: null };
    },

    async noShow(ctx: ServiceContext, appointmentId: string): Promise<TimebokChange> {
      requireRole(ctx, PERMISSIONS.timebok);
      await retryingBusy(() =>
        db.transaction().execute(async (trx) => {
          const a = await requireAppointment(trx, appointmentId);
          requireBooked(a, 'merkes ikke møtt');
          if (Date.parse(a.starts_at) > ctx.now.getTime()) {
            throw new ServiceError(
              TimebokErrorCode.tooEarly,
              'Timen har ikke begynt ennå. Ikke møtt kan merkes fra timens start.',
            );
          }
          const at = ctx.now.toISOString();
          // The slot stays occupied: the time has been and the history shows who did not come.
          await updateSeen(trx, a, { status: 'ikke_mott', status_at: at, status_by: ctx.user.id });
          await event(trx, ctx, a.id, 'ikke_mott', 'booket', 'ikke_mott');
          await recordAudit(trx, ctx, {
            action: 'timebok.no-show',
            patientId: a.patient_id,
            entityType: 'appointment',
            entityId: a.id,
          });
        }),
      );
      return { appointment: appointmentView(await requireAppointment(db, appointmentId)), previous: null };
    },

    async nextFree(ctx: ServiceContext, input: NextFreeInput): Promise<FreeSlotView[]> {
      requireRole(ctx, PERMISSIONS.timebok);
      const resource = await requireResource(db, input.resourceId);
      const minutes = APPOINTMENT_TYPES[input.appointmentType].minutes;
      const today = osloDate(ctx.now);
      const from = input.from < today ? today : input.from;
      const found: FreeSlotView[] = [];
      // Two weeks at a time: three queries per chunk, and most searches end in the first.
      for (let offset = 0; offset < NEXT_FREE_DAYS && found.length < input.count; offset += 14) {
        const first = addDays(from, offset);
        const last = addDays(first, 13);
        const planOf = await loadPlans(db, [resource.id], first, last);
        const booked = await activeAppointmentsBetween(
          db,
          [resource.id],
          osloDayRange(first).from,
          osloDayRange(last).to,
        );
        for (let d = 0; d < 14 && found.length < input.count; d++) {
          const date = addDays(first, d);
          const plan = planOf(resource.id, date);
          if (!plan.work) continue;
          const busy = booked
            .filter((a) => osloParts(a.starts_at).date === date)
            .map((a) => localRange(a.starts_at, a.ends_at));
          for (const slot of slotGrid(plan)) {
            const range = { start: slot.start, end: slot.start + minutes };
            const startsAt = osloInstantAt(date, range.start);
            if (startsAt.getTime() < ctx.now.getTime()) continue;
            if (range.end > plan.work.end || (plan.lunch && overlaps(range, plan.lunch))) continue;
            if (isAbsent(plan, range) || busy.some((b) => overlaps(b, range))) continue;
            const urgent = isUrgent(plan, range);
            if (urgent && date !== today) continue;
            found.push({
              resourceId: resource.id,
              startsAt: startsAt.toISOString(),
              endsAt: osloInstantAt(date, range.end).toISOString(),
              date,
              localStart: `${String(Math.floor(range.start / 60)).padStart(2, '0')}:${String(range.start % 60).padStart(2, '0')}`,
              urgent,
            });
            if (found.length >= input.count) break;
          }
        }
      }
      return found;
    },

    async appointment(ctx: ServiceContext, appointmentId: string): Promise<AppointmentDetailView> {
      requireRole(ctx, PERMISSIONS.timebok);
      const a = await requireAppointment(db, appointmentId);
      const history = await appointmentEvents(db, a.id);
      return {
        ...appointmentView(a),
        history: history.map((h) => ({
          at: h.at,
          kind: h.kind,
          actorName: h.actor_name,
          fromStatus: h.from_status,
          toStatus: h.to_status,
          detail: h.detail,
        })),
      };
    },

    async patientAppointments(ctx: ServiceContext, patientId: string): Promise<AppointmentView[]> {
      requireRole(ctx, PERMISSIONS.timebok);
      await requirePatient(db, patientId);
      return (await appointmentsOfPatient(db, patientId)).map((a) => appointmentView(a));
    },
  };
}

export type TimebokService = ReturnType<typeof createTimebokService>;
