/**
 * Norwegian working days, for the frist the simulated service sets: Monday to Friday that are not public holidays
 * (lov om helligdager og helligdagsfred § 2: 1. nyttårsdag, skjærtorsdag, langfredag, 1. and 2. påskedag, Kristi
 * himmelfartsdag, 1. and 2. pinsedag, 1. and 2. juledag) or 1. and 17. mai (lov om 1. og 17. mai som høgtidsdager).
 * Dates are plain YYYY-MM-DD calendar days.
 */

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcDate(value: string): Date {
  return new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easterSunday(year: number): Date {
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
  return new Date(Date.UTC(year, month - 1, day));
}

const holidays = new Map<number, Set<string>>();

function holidaysOf(year: number): Set<string> {
  let set = holidays.get(year);
  if (set) return set;
  const easter = easterSunday(year);
  const fromEaster = (days: number): string => iso(new Date(easter.getTime() + days * 86_400_000));
  set = new Set([
    `${year}-01-01`,
    fromEaster(-3),
    fromEaster(-2),
    fromEaster(0),
    fromEaster(1),
    `${year}-05-01`,
    `${year}-05-17`,
    fromEaster(39),
    fromEaster(49),
    fromEaster(50),
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  holidays.set(year, set);
  return set;
}

export function isWorkingDay(date: string): boolean {
  const day = utcDate(date);
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(day.getUTCFullYear()).has(date.slice(0, 10));
}

/** The date `count` working days after `date` (count 0: `date` itself, or the next working day if it is not one). */
export function addWorkingDays(date: string, count: number): string {
  let day = utcDate(date);
  const step = (): void => {
    day = new Date(day.getTime() + 86_400_000);
  };
  while (!isWorkingDay(iso(day))) step();
  for (let added = 0; added < count;) {
    step();
    if (isWorkingDay(iso(day))) added++;
  }
  return iso(day);
}
