/**
 * Schedules and appointments for the demo clinic and the benchmarks: a timebok resource per doctor (plus a nurse
 * and a lab when asked), the standard week (08:00–15:30, lunsj 11:20–12:00, 20-minute slots, akutttimer
 * 14:00–15:00), and fictional appointments generated in bulk. The demo service (electron/services/demo) calls
 * seedDemoSchedules after its staff and patients exist.
 */
import type { Kysely } from 'kysely';
import { listUsersByRole, somePatientIds } from '../../../db/repositories/schedule.repository';
import { bulkInsertAppointments } from '../../../db/repositories/timebok.repository';
import type { Database } from '../../../db/schema';
import type { AppointmentChannel, AppointmentStatus, AppointmentTable } from '../../../db/schema-timebok';
import type { Insertable } from 'kysely';
import { APPOINTMENT_TYPES, type AppointmentTypeCode } from '../../../shared/rules/appointment-types';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { slotGrid } from './day-plan';
import { addDays, osloInstantAt, osloParts } from './oslo-time';
import { loadPlans } from './plans';
import { createSchedulesService } from './schedules.service';
import { unitStarts } from './timebok.service';

export const DEMO_WEEK = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  workStart: '08:00',
  workEnd: '15:30',
  lunchStart: '11:20',
  lunchEnd: '12:00',
  slotMinutes: 20,
  urgentBlocks: [{ start: '14:00', end: '15:00' }],
}));

export interface DemoScheduleOptions {
  /** Doctors with their login (id null: a resource without a user). */
  doctors: readonly { id: string | null; name: string }[];
  /** First day the templates hold (YYYY-MM-DD). */
  validFrom: string;
  /** Also a nurse and a lab resource. */
  withNurseAndLab?: boolean;
  /** Fictional appointments from..to (inclusive) for these patients; none when left out. */
  appointments?: { patientIds: readonly string[]; from: string; to: string; fill?: number; seed?: number; now?: Date };
}

/** Creates the resources and templates (through the schedules service, audited) and returns the resource ids. */
export async function seedDemoSchedules(
  db: Kysely<Database>,
  ctx: ServiceContext,
  options: DemoScheduleOptions,
): Promise<{ resourceIds: string[]; appointments: number }> {
  const schedules = createSchedulesService(db);
  const resourceIds: string[] = [];
  const resources = [
    ...options.doctors.map((d) => ({ name: d.name, kind: 'lege' as const, userId: d.id })),
    ...(options.withNurseAndLab
      ? [
          { name: 'Sykepleier', kind: 'sykepleier' as const, userId: undefined },
          { name: 'Laboratoriet', kind: 'lab' as const, userId: undefined },
        ]
      : []),
  ];
  for (const [i, r] of resources.entries()) {
    const saved = await schedules.saveResource(ctx, {
      name: r.name,
      kind: r.kind,
      ...(r.userId ? { userId: r.userId } : {}),
      sortOrder: i + 1,
      active: true,
    });
    await schedules.setWeek(ctx, {
      resourceId: saved.id,
      validFrom: options.validFrom,
      days: r.kind === 'lab' ? DEMO_WEEK.map((d) => ({ ...d, slotMinutes: 10, urgentBlocks: [] })) : DEMO_WEEK,
    });
    resourceIds.push(saved.id);
  }
  let appointments = 0;
  if (options.appointments && options.appointments.patientIds.length > 0) {
    appointments = await generateAppointments(db, { resourceIds, ...options.appointments });
  }
  return { resourceIds, appointments };
}

/** A small deterministic generator (mulberry32), so the demo and the benchmarks are the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIX: readonly [AppointmentTypeCode, number][] = [
  ['konsultasjon', 0.7],
  ['dobbelttime', 0.1],
  ['telefon', 0.1],
  ['video', 0.05],
  ['vaksine', 0.05],
];

/**
 * Fills the resources' slots from..to with fictional appointments in bulk (a fraction `fill` of the slots). Past
 * ones are mostly ferdig, some ikke møtt or avlyst; future ones booket. Cancelled ones hold no slot units.
 */
export async function generateAppointments(
  db: Kysely<Database>,
  o: {
    resourceIds: readonly string[];
    patientIds: readonly string[];
    from: string;
    to: string;
    fill?: number;
    seed?: number;
    now?: Date;
  },
): Promise<number> {
  const rnd = random(o.seed ?? 7);
  const fill = o.fill ?? 0.8;
  const now = (o.now ?? new Date()).getTime();
  const planOf = await loadPlans(db, o.resourceIds, o.from, o.to);
  let rows: Insertable<AppointmentTable>[] = [];
  let units: { resource_id: string; unit_start: string; appointment_id: string }[] = [];
  let count = 0;
  const flush = async () => {
    await db.transaction().execute((trx) => bulkInsertAppointments(trx, rows, units));
    rows = [];
    units = [];
  };
  for (let date = o.from; date <= o.to; date = addDays(date, 1)) {
    for (const resourceId of o.resourceIds) {
      const plan = planOf(resourceId, date);
      const grid = slotGrid(plan);
      let busyUntil = -1;
      for (const slot of grid) {
        if (slot.start < busyUntil || rnd() > fill) continue;
        let pick = rnd();
        let type: AppointmentTypeCode = 'konsultasjon';
        for (const [code, share] of MIX) {
          if (pick < share) {
            type = code;
            break;
          }
          pick -= share;
        }
        const minutes = APPOINTMENT_TYPES[type].minutes;
        const end = slot.start + minutes;
        if (end > (plan.work?.end ?? 0) || (plan.lunch && end > plan.lunch.start && slot.start < plan.lunch.end)) {
          continue;
        }
        const startsAt = osloInstantAt(date, slot.start);
        const urgent = plan.urgent.some((u) => slot.start < u.end && u.start < end);
        // Akutttimer are booked on the day itself: leave those of coming days free.
        if (urgent && startsAt.getTime() > now + 86_400_000) continue;
        busyUntil = end;
        const endsAt = osloInstantAt(date, end);
        const past = startsAt.getTime() < now;
        const r = rnd();
        const status: AppointmentStatus = past ? (r < 0.9 ? 'ferdig' : r < 0.95 ? 'ikke_mott' : 'avlyst') : 'booket';
        const channel: AppointmentChannel = (['telefon', 'telefon', 'helsenorge', 'sms', 'skranke'] as const)[
          Math.floor(rnd() * 5)
        ] as AppointmentChannel;
        const id = newId();
        const bookedAt = new Date(startsAt.getTime() - Math.floor(1 + rnd() * 20) * 86_400_000).toISOString();
        rows.push({
          id,
          patient_id: o.patientIds[Math.floor(rnd() * o.patientIds.length)] as string,
          resource_id: resourceId,
          appointment_type: type,
          starts_at: startsAt.toISOString(),
          ends_at: endsAt.toISOString(),
          status,
          status_at: past ? endsAt.toISOString() : bookedAt,
          status_by: null,
          urgent: urgent ? 1 : 0,
          booked_at: bookedAt,
          booked_by: null,
          channel,
          note: null,
          cancelled_at: status === 'avlyst' ? bookedAt : null,
          cancelled_by: null,
          cancel_reason: status === 'avlyst' ? 'Pasienten meldte avbud' : null,
          moved_from_id: null,
          moved_to_id: null,
        });
        if (status !== 'avlyst') {
          for (const u of unitStarts(startsAt, endsAt))
            units.push({ resource_id: resourceId, unit_start: u, appointment_id: id });
        }
        count++;
      }
    }
    if (rows.length >= 5000) await flush();
  }
  if (rows.length > 0) await flush();
  return count;
}

/**
 * The demo clinic's timebok in one call, for electron/services/demo after staff and patients exist: a resource per
 * doctor (by display name) plus a nurse and a lab, the standard week from a month back, and appointments from two
 * weeks back to four weeks ahead for the first doctor's list patients (or any patients).
 */
export async function seedDemoTimebok(
  db: Kysely<Database>,
  ctx: ServiceContext,
  options: { now: Date; patientLimit?: number },
): Promise<{ resourceIds: string[]; appointments: number }> {
  const today = osloParts(options.now).date;
  const doctors = await listUsersByRole(db, 'lege');
  const patients = await somePatientIds(db, options.patientLimit ?? 2000);
  return seedDemoSchedules(db, ctx, {
    doctors: doctors.map((d) => ({ id: d.id, name: d.display_name })),
    validFrom: addDays(today, -30),
    withNurseAndLab: true,
    appointments: {
      patientIds: patients,
      from: addDays(today, -14),
      to: addDays(today, 28),
      fill: 0.6,
      now: options.now,
    },
  });
}
