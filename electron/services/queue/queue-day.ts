/** The clinic's day (Europe/Oslo) as a range of UTC instants, so "today's appointments" is right across DST. */
import { osloDate } from '../../../shared/rules/dates';

const osloOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });

/** Oslo's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
function offsetMinutes(at: number): number {
  const name = osloOffset.formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Local midnight of a YYYY-MM-DD in Oslo, as a UTC instant (midnight is never inside a DST jump in Norway). */
function osloMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  // The offset an hour before the wall-clock midnight is the one in force at it (jumps happen at 02:00/03:00).
  return utcMidnight - offsetMinutes(utcMidnight - 3_600_000) * 60_000;
}

export function osloDayRange(day: string): { from: string; to: string } {
  const start = osloMidnight(day);
  const next = osloDate(new Date(start + 36 * 3_600_000));
  return { from: new Date(start).toISOString(), to: new Date(osloMidnight(next)).toISOString() };
}
