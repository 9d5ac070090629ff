/**
 * Schedules: resources, weekly templates (hours, lunch, slot length, same-day urgent blocks) and exceptions
 * (ferie, kurs, sykdom). Configuring is PERMISSIONS.schedulesConfigure (reception and the administrator); reading
 * a schedule is open to whoever may configure or use the timebok. Which patients an exception hits is patient
 * data: the list needs PERMISSIONS.timebok, the administrator only sees how many.
 */
import type { Kysely } from 'kysely';
import {
  findException,
  findResource,
  insertException,
  insertResource,
  listResources,
  markExceptionRemoved,
  replaceWeek,
  updateResource,
  templatesBetween,
  urgentBlocksOf,
  exceptionsOverlapping,
} from '../../../db/repositories/schedule.repository';
import { activeAppointmentsOverlapping } from '../../../db/repositories/timebok.repository';
import { findUserById } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import type { ScheduleExceptionRow, ScheduleResourceRow } from '../../../db/schema-timebok';
import { ErrorCode } from '../../../shared/api/error-codes';
import type {
  AppointmentView,
  ExceptionAdded,
  ExceptionView,
  ResourceView,
  ScheduleView,
} from '../../../shared/api/timebok-views';
import { osloDate } from '../../../shared/rules/dates';
import type { ExceptionAdd, ResourceSave, ScheduleSetWeek } from '../../../shared/schemas/timebok.schema';
import { PERMISSIONS, type Role } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { ServiceError } from '../service-error';
import { addDays, osloInstant, osloInstantAt } from './oslo-time';
import { appointmentView, exceptionView, resourceView } from './timebok-view';

const READERS: readonly Role[] = [...new Set<Role>([...PERMISSIONS.timebok, ...PERMISSIONS.schedulesConfigure])];
const LONGEST_APPOINTMENT_MINUTES = 120;

export function createSchedulesService(db: Kysely<Database>) {
  async function requireResource(id: string): Promise<ScheduleResourceRow> {
    const r = await findResource(db, id);
    if (!r) throw new ServiceError(ErrorCode.notFound, 'Fant ikke behandleren.');
    return r;
  }

  async function scheduleView(resource: ScheduleResourceRow, asOf: string): Promise<ScheduleView> {
    const templates = await templatesBetween(db, [resource.id], asOf, '9999-12-31');
    const blocks = await urgentBlocksOf(
      db,
      templates.map((t) => t.id),
    );
    const exceptions = await exceptionsOverlapping(
      db,
      [resource.id],
      osloInstantAt(asOf, 0).toISOString(),
      '9999-12-31T00:00:00.000Z',
    );
    return {
      resource: resourceView(resource),
      days: templates.map((t) => ({
        weekday: t.weekday,
        workStart: t.work_start,
        workEnd: t.work_end,
        lunchStart: t.lunch_start,
        lunchEnd: t.lunch_end,
        slotMinutes: t.slot_minutes,
        urgentBlocks: blocks
          .filter((b) => b.template_id === t.id)
          .map((b) => ({ start: b.block_start, end: b.block_end })),
        validFrom: t.valid_from,
        validTo: t.valid_to,
      })),
      exceptions: exceptions.map(exceptionView),
    };
  }

  async function affectedBy(e: ScheduleExceptionRow): Promise<AppointmentView[]> {
    const rows = await activeAppointmentsOverlapping(
      db,
      e.resource_id,
      e.starts_at,
      e.ends_at,
      LONGEST_APPOINTMENT_MINUTES,
    );
    return rows.filter((a) => a.status === 'booket').map((a) => appointmentView(a));
  }

  return {
    async resources(ctx: ServiceContext): Promise<ResourceView[]> {
      requireRole(ctx, READERS);
      return (await listResources(db)).map(resourceView);
    },

    async saveResource(ctx: ServiceContext, input: ResourceSave): Promise<ResourceView> {
      requireRole(ctx, PERMISSIONS.schedulesConfigure);
      if (input.userId && !(await findUserById(db, input.userId))) {
        throw new ServiceError(ErrorCode.invalidInput, 'Fant ikke brukeren.', { userId: 'Fant ikke brukeren' });
      }
      const id = input.id ?? newId();
      await db.transaction().execute(async (trx) => {
        const values = {
          name: input.name,
          kind: input.kind,
          user_id: input.userId ?? null,
          sort_order: input.sortOrder ?? 0,
          active: input.active ? 1 : 0,
        };
        if (input.id) {
          if (!(await findResource(trx, input.id)))
            throw new ServiceError(ErrorCode.notFound, 'Fant ikke behandleren.');
          await updateResource(trx, input.id, values);
        } else {
          await insertResource(trx, { id, ...values, created_at: ctx.now.toISOString() });
        }
        await recordAudit(trx, ctx, {
          action: input.id ? 'schedules.resource.update' : 'schedules.resource.create',
          entityType: 'schedule-resource',
          entityId: id,
          detail: { name: input.name, kind: input.kind },
        });
      });
      return resourceView(await requireResource(id));
    },

    async get(ctx: ServiceContext, resourceId: string): Promise<ScheduleView> {
      requireRole(ctx, READERS);
      return scheduleView(await requireResource(resourceId), osloDate(ctx.now));
    },

    async setWeek(ctx: ServiceContext, input: ScheduleSetWeek): Promise<ScheduleView> {
      requireRole(ctx, PERMISSIONS.schedulesConfigure);
      const resource = await requireResource(input.resourceId);
      const at = ctx.now.toISOString();
      const rows = input.days.map((d) => ({
        id: newId(),
        resource_id: resource.id,
        weekday: d.weekday,
        work_start: d.workStart,
        work_end: d.workEnd,
        lunch_start: d.lunchStart ?? null,
        lunch_end: d.lunchEnd ?? null,
        slot_minutes: d.slotMinutes,
        valid_from: input.validFrom,
        valid_to: null,
        updated_at: at,
        updated_by: ctx.user.id,
      }));
      const blocks = input.days.flatMap((d, i) =>
        d.urgentBlocks.map((b) => ({
          id: newId(),
          template_id: (rows[i] as { id: string }).id,
          block_start: b.start,
          block_end: b.end,
        })),
      );
      await db.transaction().execute(async (trx) => {
        await replaceWeek(trx, resource.id, input.validFrom, addDays(input.validFrom, -1), rows, blocks);
        await recordAudit(trx, ctx, {
          action: 'schedules.template.set',
          entityType: 'schedule-resource',
          entityId: resource.id,
          detail: { validFrom: input.validFrom, weekdays: input.days.map((d) => d.weekday) },
        });
      });
      return scheduleView(resource, input.validFrom < osloDate(ctx.now) ? input.validFrom : osloDate(ctx.now));
    },

    async addException(ctx: ServiceContext, input: ExceptionAdd): Promise<ExceptionAdded> {
      requireRole(ctx, PERMISSIONS.schedulesConfigure);
      const resource = await requireResource(input.resourceId);
      const startsAt = osloInstant(input.from, input.fromTime ?? '00:00').toISOString();
      const endsAt = input.toTime
        ? osloInstant(input.to, input.toTime).toISOString()
        : osloInstantAt(addDays(input.to, 1), 0).toISOString();
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await insertException(trx, {
          id,
          resource_id: resource.id,
          kind: input.kind,
          starts_at: startsAt,
          ends_at: endsAt,
          note: input.note || null,
          created_at: ctx.now.toISOString(),
          created_by: ctx.user.id,
          removed_at: null,
          removed_by: null,
        });
        await recordAudit(trx, ctx, {
          action: 'schedules.exception.add',
          entityType: 'schedule-exception',
          entityId: id,
          detail: { resourceId: resource.id, kind: input.kind, startsAt, endsAt },
        });
      });
      const row = (await findException(db, id)) as ScheduleExceptionRow;
      return { exception: exceptionView(row), affectedCount: (await affectedBy(row)).length };
    },

    async removeException(ctx: ServiceContext, exceptionId: string): Promise<ExceptionView> {
      requireRole(ctx, PERMISSIONS.schedulesConfigure);
      await db.transaction().execute(async (trx) => {
        const e = await findException(trx, exceptionId);
        if (!e || e.removed_at) throw new ServiceError(ErrorCode.notFound, 'Fant ikke fraværet.');
        await markExceptionRemoved(trx, e.id, ctx.now.toISOString(), ctx.user.id);
        await recordAudit(trx, ctx, {
          action: 'schedules.exception.remove',
          entityType: 'schedule-exception',
          entityId: e.id,
        });
      });
      return exceptionView((await findException(db, exceptionId)) as ScheduleExceptionRow);
    },

    /** The booked appointments an exception hits, to call and rebook those patients. */
    async affected(ctx: ServiceContext, exceptionId: string): Promise<AppointmentView[]> {
      requireRole(ctx, PERMISSIONS.timebok);
      const e = await findException(db, exceptionId);
      if (!e) throw new ServiceError(ErrorCode.notFound, 'Fant ikke fraværet.');
      return affectedBy(e);
    },
  };
}

export type SchedulesService = ReturnType<typeof createSchedulesService>;
