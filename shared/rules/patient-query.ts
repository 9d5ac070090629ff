/**
 * What a person typed in the one search box, understood: an identity number (whole or partial), a birth date
 * (ddmmyy, ddmmyyyy, dd.mm.yyyy), a phone number, or names in any order as prefixes ("hans kar", "kari h").
 */
import { foldForSearch } from './search-fold';

export interface PatientQuery {
  identityExact?: string;
  identityPrefix?: string;
  phonePrefix?: string;
  birthDates: string[];
  /** Folded name prefixes; all must match some name part. */
  nameTokens: string[];
}

function isoDate(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ddmmyy could be either century; offer both that exist and are not in the future. */
function datesFromShort(digits: string, today: string): string[] {
  const [d, m, y] = [Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6))];
  return [1900, 2000].map((c) => isoDate(d, m, c + y)).filter((v): v is string => v !== null && v <= today);
}

function datesFromToken(token: string, today: string): string[] {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(token);
  if (dotted) {
    const [, d, m, y] = dotted as unknown as [string, string, string, string];
    if (y.length === 2) return datesFromShort(`${d.padStart(2, '0')}${m.padStart(2, '0')}${y}`, today);
    const date = isoDate(Number(d), Number(m), Number(y));
    return date ? [date] : [];
  }
  if (/^\d{6}$/.test(token)) return datesFromShort(token, today);
  if (/^\d{8}$/.test(token)) {
    const date = isoDate(Number(token.slice(0, 2)), Number(token.slice(2, 4)), Number(token.slice(4, 8)));
    return date ? [date] : [];
  }
  return [];
}

export function parsePatientQuery(input: string, today: string): PatientQuery {
  const query: PatientQuery = { birthDates: [], nameTokens: [] };
  const text = input.trim();
  if (text === '') return query;

  const compact = text.replace(/[\s-]/g, '');
  if (/^\+?\d+$/.test(compact)) {
    const digits = compact.replace(/^\+47|^0047/, '').replace(/^\+/, '');
    if (digits.length === 11) query.identityExact = digits;
    else if (digits.length >= 3) query.identityPrefix = digits;
    if (digits.length >= 3 && digits.length <= 8) query.phonePrefix = digits;
    query.birthDates = datesFromToken(digits, today);
    return query;
  }

  for (const token of text.split(/[\s,]+/)) {
    if (/^[\d.]+$/.test(token)) {
      query.birthDates.push(...datesFromToken(token, today));
      continue;
    }
    const folded = foldForSearch(token).replace(/[^\p{L}\p{N}'-]/gu, '');
    if (folded !== '') query.nameTokens.push(folded);
  }
  return query;
}

export function isEmptyQuery(q: PatientQuery): boolean {
  return (
    !q.identityExact && !q.identityPrefix && !q.phonePrefix && q.birthDates.length === 0 && q.nameTokens.length === 0
  );
}
