/**
 * One resource's working day as the rules see it: hours, lunch, slot grid, same-day urgent blocks and
 * exceptions, in minutes after Oslo midnight. The booking rules and the free-slot views both read this, so the
 * timebok never offers a time the service would refuse.
 */
import type { ScheduleExceptionRow, ScheduleTemplateRow } from '../../../db/schema-timebok';
import { minutesOf } from '../../../shared/rules/appointment-types';
import { ServiceError } from '../service-error';
import { isoWeekday, osloInstantAt, osloParts } from './oslo-time';

export const TimebokErrorCode = {
  slotTaken: 'TIMEBOK_SLOT_TAKEN',
  outsideHours: 'TIMEBOK_OUTSIDE_HOURS',
  unavailable: 'TIMEBOK_RESOURCE_UNAVAILABLE',
  urgentReserved: 'TIMEBOK_URGENT_RESERVED',
  inPast: 'TIMEBOK_IN_PAST',
  notAligned: 'TIMEBOK_NOT_ALIGNED',
  wrongStatus: 'TIMEBOK_WRONG_STATUS',
  tooEarly: 'TIMEBOK_TOO_EARLY',
  changedMeanwhile: 'TIMEBOK_CHANGED_MEANWHILE',
} as const;

export const CHANGED_MEANWHILE_MESSAGE = 'Timen ble endret av en annen i mellomtiden. Se timeboken på nytt.';

export const SLOT_TAKEN_MESSAGE = 'Timen er nettopp tatt av en annen. Velg en annen tid.';

export interface Range {
  start: number;
  end: number;
}

export interface DayPlan {
  date: string;
  template: ScheduleTemplateRow | null;
  work: Range | null;
  lunch: Range | null;
  slotMinutes: number;
  urgent: Range[];
  /** Exceptions touching this day, clipped to it, in local minutes. */
  absent: Range[];
  exceptions: ScheduleExceptionRow[];
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function templateFor(
  templates: readonly ScheduleTemplateRow[],
  resourceId: string,
  date: string,
): ScheduleTemplateRow | null {
  const weekday = isoWeekday(date);
  let found: ScheduleTemplateRow | null = null;
  for (const t of templates) {
    if (t.resource_id !== resourceId || t.weekday !== weekday) continue;
    if (t.valid_from > date || (t.valid_to !== null && t.valid_to < date)) continue;
    if (!found || t.valid_from > found.valid_from) found = t;
  }
  return found;
}

export function buildPlan(
  date: string,
  template: ScheduleTemplateRow | null,
  urgentBlocks: readonly { block_start: string; block_end: string }[],
  exceptions: readonly ScheduleExceptionRow[],
): DayPlan {
  const dayStart = osloInstantAt(date, 0).getTime();
  const dayEnd = osloInstantAt(date, 24 * 60).getTime();
  const absent: Range[] = [];
  const touching: ScheduleExceptionRow[] = [];
  for (const e of exceptions) {
    const s = Date.parse(e.starts_at);
    const en = Date.parse(e.ends_at);
    if (s >= dayEnd || en <= dayStart) continue;
    touching.push(e);
    absent.push({
      start: s <= dayStart ? 0 : osloParts(new Date(s)).minutes,
      end: en >= dayEnd ? 24 * 60 : osloParts(new Date(en)).minutes,
    });
  }
  return {
    date,
    template,
    work: template ? { start: minutesOf(template.work_start), end: minutesOf(template.work_end) } : null,
    lunch:
      template?.lunch_start && template.lunch_end
        ? { start: minutesOf(template.lunch_start), end: minutesOf(template.lunch_end) }
        : null,
    slotMinutes: template?.slot_minutes ?? 20,
    urgent: urgentBlocks.map((b) => ({ start: minutesOf(b.block_start), end: minutesOf(b.block_end) })),
    absent,
    exceptions: touching,
  };
}

/**
 * The slot grid: slotMinutes steps from work start until lunch, and again from the end of lunch, so a lunch that
 * does not fall on the grid does not shift the afternoon (08:00 … 11:00, then 12:00 … for 11:30–12:00).
 */
export function slotGrid(plan: DayPlan): Range[] {
  if (!plan.work) return [];
  const parts: Range[] = plan.lunch
    ? [
        { start: plan.work.start, end: Math.min(plan.lunch.start, plan.work.end) },
        { start: Math.max(plan.lunch.end, plan.work.start), end: plan.work.end },
      ]
    : [plan.work];
  const slots: Range[] = [];
  for (const part of parts) {
    for (let s = part.start; s + plan.slotMinutes <= part.end; s += plan.slotMinutes) {
      slots.push({ start: s, end: s + plan.slotMinutes });
    }
  }
  return slots;
}

export function isUrgent(plan: DayPlan, range: Range): boolean {
  return plan.urgent.some((u) => overlaps(u, range));
}

export function isAbsent(plan: DayPlan, range: Range): boolean {
  return plan.absent.some((a) => overlaps(a, range));
}

const EXCEPTION_WORDS: Record<string, string> = { ferie: 'på ferie', kurs: 'på kurs', sykdom: 'syk', annet: 'borte' };

/**
 * Refuses a time the rules do not allow: within working hours and outside lunch, not in an exception, urgent
 * blocks only on the same day, not in the past, on the 5-minute grid. Returns whether it takes an urgent block.
 * Whether the time is free is the database's to say (appointment_slot_units).
 */
export function checkBookable(
  plan: DayPlan,
  resourceName: string,
  startsAt: Date,
  endsAt: Date,
  now: Date,
  today: string,
): { urgent: boolean } {
  if (startsAt.getTime() % (5 * 60_000) !== 0) {
    throw new ServiceError(TimebokErrorCode.notAligned, 'Timen må begynne på et helt femminutt.');
  }
  if (startsAt.getTime() < now.getTime()) {
    throw new ServiceError(TimebokErrorCode.inPast, 'Tidspunktet har allerede vært. Velg en senere tid.');
  }
  const start = osloParts(startsAt);
  const end = osloParts(endsAt);
  const range = { start: start.minutes, end: end.date === start.date ? end.minutes : 24 * 60 + end.minutes };
  if (!plan.work) {
    throw new ServiceError(TimebokErrorCode.outsideHours, `${resourceName} arbeider ikke denne dagen.`);
  }
  if (range.start < plan.work.start || range.end > plan.work.end) {
    throw new ServiceError(
      TimebokErrorCode.outsideHours,
      `Tiden ligger utenfor arbeidstiden til ${resourceName} (${plan.template?.work_start}–${plan.template?.work_end}).`,
    );
  }
  if (plan.lunch && overlaps(range, plan.lunch)) {
    throw new ServiceError(TimebokErrorCode.outsideHours, `Tiden ligger i lunsjen til ${resourceName}.`);
  }
  const absence = plan.absent.findIndex((a) => overlaps(a, range));
  if (absence >= 0) {
    const kind = plan.exceptions[absence]?.kind ?? 'annet';
    throw new ServiceError(
      TimebokErrorCode.unavailable,
      `${resourceName} er ${EXCEPTION_WORDS[kind] ?? 'borte'} da. Velg en annen tid eller en annen behandler.`,
    );
  }
  const urgent = isUrgent(plan, range);
  if (urgent && plan.date !== today) {
    throw new ServiceError(
      TimebokErrorCode.urgentReserved,
      'Tiden er holdt av til akutte behov og kan bare bookes samme dag.',
    );
  }
  return { urgent };
}

export function localRange(startsAt: string, endsAt: string): Range {
  const s = osloParts(startsAt);
  const e = osloParts(endsAt);
  return { start: s.minutes, end: e.date === s.date ? e.minutes : 24 * 60 + e.minutes };
}

export { overlaps };
