/**
 * The clinic's clock: templates say "08:00" in Norway, appointments are stored as UTC instants. Conversions go
 * through Intl with Europe/Oslo, so summer time is right on both sides of the switch.
 */
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

interface OsloParts {
  date: string;
  hhmm: string;
  /** Minutes after local midnight. */
  minutes: number;
}

const HOUR = 3_600_000;
/** Oslo's offset from UTC (minutes) per UTC hour: it only ever changes on an hour, so Intl runs once an hour. */
const offsetCache = new Map<number, number>();

/** Offset of Oslo from UTC in minutes at an instant (60 in winter, 120 in summer). */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const cached = offsetCache.get(hour);
  if (cached !== undefined) return cached;
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(new Date(hour * HOUR))) p[part.type] = part.value;
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  const offset = Math.round((asUtc - hour * HOUR) / 60_000);
  if (offsetCache.size > 100_000) offsetCache.clear();
  offsetCache.set(hour, offset);
  return offset;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Oslo local date and clock time of an instant. */
export function osloParts(instant: Date | string): OsloParts {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const local = new Date(ms + offsetAt(ms) * 60_000);
  const hours = local.getUTCHours();
  const minutes = local.getUTCMinutes();
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    hhmm: `${pad(hours)}:${pad(minutes)}`,
    minutes: hours * 60 + minutes,
  };
}

/** The UTC instant of an Oslo local date and minutes after midnight (may exceed 24 h: the next day). */
export function osloInstantAt(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  const first = offsetAt(guess - HOUR);
  let ms = guess - first * 60_000;
  const second = offsetAt(ms);
  if (second !== first) ms = guess - second * 60_000;
  return new Date(ms);
}

export function osloInstant(date: string, hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return osloInstantAt(date, h * 60 + m);
}

/** YYYY-MM-DD plus n days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 mandag … 7 søndag. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** [start, end) of an Oslo calendar day as UTC ISO strings. */
export function osloDayRange(date: string): { from: string; to: string } {
  return { from: osloInstantAt(date, 0).toISOString(), to: osloInstantAt(addDays(date, 1), 0).toISOString() };
}
