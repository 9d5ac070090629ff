/**
 * The timebok grid as data: rows of clock times, one column per resource (day view) or per day (week view), and
 * what each cell holds. Kept free of React so the keyboard rules can be read and tested on their own.
 */
import type { AppointmentView, ResourceDayView, SlotView } from '../../../../shared/api/timebok-views';

export type DayData = Omit<ResourceDayView, 'resource'>;

export interface GridColumn {
  key: string;
  heading: string;
  subheading?: string;
  resourceId: string;
  date: string;
  day: DayData;
}

export type Cell =
  | { kind: 'closed' }
  | { kind: 'lunch' }
  | { kind: 'covered'; appointment: AppointmentView; startRow: number }
  | { kind: 'appointment'; appointment: AppointmentView; rowSpan: number }
  | { kind: 'free' | 'urgent' | 'absent'; startsAt: string; past: boolean };

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export interface GridModel {
  times: number[];
  step: number;
  cells: Cell[][];
}

/** Rows every `step` minutes, the step fine enough for every slot length and appointment in view. */
export function buildGrid(columns: readonly GridColumn[]): GridModel {
  let step = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const c of columns) {
    const h = c.day.hours;
    if (!h) continue;
    step = gcd(step, h.slotMinutes);
    step = gcd(step, minutesOf(h.start));
    if (h.lunchEnd) step = gcd(step, minutesOf(h.lunchEnd));
    first = Math.min(first, minutesOf(h.start));
    last = Math.max(last, minutesOf(h.end));
    for (const a of c.day.appointments) {
      step = gcd(step, minutesOf(a.localStart));
      step = gcd(step, minutesOf(a.localEnd));
    }
  }
  if (step === 0 || first >= last) return { times: [], step: 20, cells: columns.map(() => []) };
  step = Math.max(step, 5);
  const times: number[] = [];
  for (let t = first; t < last; t += step) times.push(t);
  const cells = columns.map((c) => columnCells(c, times, step));
  return { times, step, cells };
}

function slotAt(slots: readonly SlotView[], slotMinutes: number, t: number): SlotView | undefined {
  return slots.find((s) => {
    const start = minutesOf(s.localStart);
    return start <= t && t < start + slotMinutes;
  });
}

function columnCells(c: GridColumn, times: readonly number[], step: number): Cell[] {
  const h = c.day.hours;
  const out: Cell[] = [];
  let coveredBy: { appointment: AppointmentView; until: number; startRow: number } | null = null;
  for (const [row, t] of times.entries()) {
    if (coveredBy && t < coveredBy.until) {
      out.push({ kind: 'covered', appointment: coveredBy.appointment, startRow: coveredBy.startRow });
      continue;
    }
    coveredBy = null;
    const starting = c.day.appointments.find((a) => {
      const s = minutesOf(a.localStart);
      return s <= t && t < s + step;
    });
    if (starting) {
      const end = minutesOf(starting.localEnd);
      const rowSpan = Math.max(1, Math.ceil((end - t) / step));
      coveredBy = { appointment: starting, until: end, startRow: row };
      out.push({ kind: 'appointment', appointment: starting, rowSpan });
      continue;
    }
    if (!h || t < minutesOf(h.start) || t >= minutesOf(h.end)) {
      out.push({ kind: 'closed' });
      continue;
    }
    if (h.lunchStart && h.lunchEnd && t >= minutesOf(h.lunchStart) && t < minutesOf(h.lunchEnd)) {
      out.push({ kind: 'lunch' });
      continue;
    }
    const slot = slotAt(c.day.slots, h.slotMinutes, t);
    if (!slot) {
      out.push({ kind: 'closed' });
      continue;
    }
    const startsAt = new Date(Date.parse(slot.startsAt) + (t - minutesOf(slot.localStart)) * 60_000).toISOString();
    const kind = slot.state === 'fravaer' ? 'absent' : slot.state === 'akutt' ? 'urgent' : 'free';
    out.push({ kind, startsAt, past: Date.parse(startsAt) < Date.now() });
  }
  return out;
}

/** The row the cursor should land on in a column: the start of an appointment covering `row`. */
export function landingRow(model: GridModel, col: number, row: number): number {
  const cell = model.cells[col]?.[row];
  return cell?.kind === 'covered' ? cell.startRow : row;
}

/** One step up or down from `row` in a column, jumping over the rest of an appointment. */
export function stepRow(model: GridModel, col: number, row: number, delta: 1 | -1): number {
  const rows = model.times.length;
  let next = row + delta;
  const cells = model.cells[col] ?? [];
  if (delta === 1) {
    const here = cells[row];
    if (here?.kind === 'appointment') next = row + here.rowSpan;
  }
  if (next < 0) return row;
  if (next >= rows) return row;
  return landingRow(model, col, next);
}
