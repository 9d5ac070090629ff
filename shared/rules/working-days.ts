/**
 * Norwegian working days, the one rule for both the referral's overdue flag (the app) and the frist the simulated
 * specialist service sets: the specialist service must assess a referral "innen 10 virkedager etter at
 * henvisningen er mottatt" (pasient- og brukerrettighetsloven § 2-2 første ledd). A working day is Monday to
 * Friday that is not a public holiday: the helligdager of lov om helligdager og helligdagsfred § 2 (1. nyttårsdag,
 * skjærtorsdag, langfredag, 1. og 2. påskedag, Kristi himmelfartsdag, 1. og 2. pinsedag, 1. og 2. juledag) and the
 * høytidsdager 1. and 17. mai (lov om 1. og 17. mai som høgtidsdagar). Saturdays are not counted, as the health
 * trusts count the period in practice; Easter Eve, Christmas Eve and New Year's Eve are working days in law.
 * Dates are plain YYYY-MM-DD calendar days in Norway. No I/O, no clock: the caller passes the dates.
 */

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toUtc(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

/** The calendar day `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const holidayCache = new Map<number, ReadonlyMap<string, string>>();

/** The public holidays and høytidsdager of a year, date -> Norwegian name. */
export function norwegianHolidays(year: number): ReadonlyMap<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days = new Map<string, string>([
    [`${year}-01-01`, 'Første nyttårsdag'],
    [addDays(easter, -3), 'Skjærtorsdag'],
    [addDays(easter, -2), 'Langfredag'],
    [easter, 'Første påskedag'],
    [addDays(easter, 1), 'Andre påskedag'],
    [`${year}-05-01`, 'Offentlig høytidsdag'],
    [`${year}-05-17`, 'Grunnlovsdag'],
    [addDays(easter, 39), 'Kristi himmelfartsdag'],
    [addDays(easter, 49), 'Første pinsedag'],
    [addDays(easter, 50), 'Andre pinsedag'],
    [`${year}-12-25`, 'Første juledag'],
    [`${year}-12-26`, 'Andre juledag'],
  ]);
  holidayCache.set(year, days);
  return days;
}

export function isWorkingDay(date: string): boolean {
  const day = date.slice(0, 10);
  const weekday = toUtc(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !norwegianHolidays(Number(day.slice(0, 4))).has(day);
}

/**
 * The `n`th working day after `date`: the day itself is not counted ("innen 10 virkedager etter"), so a referral
 * received on a Saturday or a holiday has its first working day on the next working day. `n` 0 is `date` itself.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let day = date.slice(0, 10);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
