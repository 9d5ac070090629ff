/**
 * Synthetic identity numbers in the Test Norge (Tenor) style: a fødselsnummer whose month is raised by 80, so it
 * can never be a real person's number. Fixtures and demo patients use these only (DOMAIN.md, identity numbers).
 *
 * Control digits: the classic mod-11 pair, k1 weights 3 7 6 1 8 9 4 5 2 and k2 weights 5 4 3 2 7 6 5 4 3 2 over the
 * digits before them; a control digit of 10 means the number cannot be issued. Individnummer ranges by birth year
 * and the sex digit (third individ digit, even = female) follow Skatteetaten's description of the fødselsnummer
 * (skatteetaten.no, "Fødselsnummer"). We generate the pre-2032 kind only: it carries sex and century, and every
 * validator, old and new, accepts it.
 */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Month offset that marks a Test Norge number (Tenor). */
export const TEST_NORGE_MONTH_OFFSET = 80;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

function mod11(digits: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  const remainder = sum % 11;
  return remainder === 0 ? 0 : 11 - remainder;
}

/** The two control digits for the first nine digits, or null when either would be 10 (no such number exists). */
export function controlDigits(firstNine: string): string | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  const digits = [...firstNine].map(Number);
  const k1 = mod11(digits, K1_WEIGHTS);
  if (k1 === 10) return null;
  const k2 = mod11([...digits, k1], K2_WEIGHTS);
  if (k2 === 10) return null;
  return `${k1}${k2}`;
}

/** Individnummer bands and the birth years each stands for. */
const CENTURY_BANDS = [
  { from: 0, to: 499, firstYear: 1900, lastYear: 1999 },
  { from: 500, to: 749, firstYear: 1854, lastYear: 1899 },
  { from: 500, to: 999, firstYear: 2000, lastYear: 2039 },
  { from: 900, to: 999, firstYear: 1940, lastYear: 1999 },
] as const;

/** Whether this individnummer may belong to someone born in this year. */
export function individnummerFitsYear(individnummer: number, year: number): boolean {
  return CENTURY_BANDS.some(
    (b) => individnummer >= b.from && individnummer <= b.to && year >= b.firstYear && year <= b.lastYear,
  );
}

/**
 * The band a generator draws from for a birth year. For 1940–1999 only 000–499: one band per century keeps the
 * generator simple, and 250 numbers per birth date and sex are plenty for a demo.
 */
export function individnummerRange(year: number): { from: number; to: number } | null {
  const band = CENTURY_BANDS.find((b) => year >= b.firstYear && year <= b.lastYear);
  return band ? { from: band.from, to: band.to } : null;
}

export type Sex = 'female' | 'male';

/** Even third individ digit = female (valid for numbers issued before 2032). */
export function sexOfIndividnummer(individnummer: number): Sex {
  return individnummer % 2 === 0 ? 'female' : 'male';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The Test Norge number for a birth date and individnummer, or null when the control digits do not exist for
 * this combination (about one in six) or the individnummer does not fit the birth year's century.
 */
export function testNorgeIdentityNumber(birthDate: CalendarDate, individnummer: number): string | null {
  if (!Number.isInteger(individnummer) || !individnummerFitsYear(individnummer, birthDate.year)) return null;
  const firstNine =
    pad(birthDate.day, 2) +
    pad(birthDate.month + TEST_NORGE_MONTH_OFFSET, 2) +
    pad(birthDate.year % 100, 2) +
    pad(individnummer, 3);
  const control = controlDigits(firstNine);
  return control === null ? null : firstNine + control;
}
