/**
 * Norwegian identity numbers (fødselsnummer, D-nummer, H-nummer, Test Norge): checked with @navikt/fnrvalidator,
 * wrapped once here so every layer gets the same answer, the same Norwegian messages and the derived birth date and sex.
 * Century from the individnummer: Skatteetaten, "Fødselsnummer" (Folkeregisteret); sex digit valid before 2032.
 */
import { idnr } from '@navikt/fnrvalidator';

export type IdentityType = 'fnr' | 'dnr' | 'hnr' | 'tnr';

export type IdentityCheck =
  | { valid: true; type: IdentityType; birthDate: string | null; sex: 'female' | 'male' | null }
  | { valid: false; code: 'LENGTH' | 'CHECKSUM' | 'DATE' | 'TEN_DIGITS'; message: string };

export const IDENTITY_MESSAGES = {
  LENGTH: 'Fødselsnummeret må ha 11 siffer',
  TEN_DIGITS: 'Fødselsnummeret har bare 10 siffer. Et regneark kan ha fjernet en null først i nummeret.',
  CHECKSUM: 'Kontrollsifrene stemmer ikke',
  DATE: 'Ugyldig dato',
} as const;

function century(year2: number, individ: number): number | null {
  if (individ <= 499) return 1900;
  if (individ <= 749 && year2 >= 54) return 1800;
  if (individ >= 500 && year2 <= 39) return 2000;
  if (individ >= 900 && year2 >= 40) return 1900;
  return null;
}

export function checkIdentityNumber(input: string): IdentityCheck {
  const digits = input.replace(/\s/g, '');
  if (/^\d{10}$/.test(digits)) return { valid: false, code: 'TEN_DIGITS', message: IDENTITY_MESSAGES.TEN_DIGITS };
  if (!/^\d{11}$/.test(digits)) return { valid: false, code: 'LENGTH', message: IDENTITY_MESSAGES.LENGTH };
  const result = idnr(digits);
  if (result.status === 'invalid') {
    const code = result.reasons.includes("checksums don't match") ? 'CHECKSUM' : 'DATE';
    return { valid: false, code, message: IDENTITY_MESSAGES[code] };
  }
  // A D-number that is also an H- or Test Norge number is treated as the D-number it is.
  const type: IdentityType = result.type.startsWith('dnr') ? 'dnr' : (result.type as IdentityType);
  const dd = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const day = dd > 40 ? dd - 40 : dd;
  const month = mm > 80 ? mm - 80 : mm > 40 ? mm - 40 : mm;
  const year2 = Number(digits.slice(4, 6));
  const individ = Number(digits.slice(6, 9));
  const base = century(year2, individ);
  const birthDate =
    base === null ? null : `${base + year2}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // From 2032 new numbers carry no sex digit; we only read it for people born before then.
  const sex = base !== null && base + year2 < 2032 ? (Number(digits[8]) % 2 === 0 ? 'female' : 'male') : null;
  return { valid: true, type, birthDate, sex };
}

export function isValidIdentityNumber(input: string): boolean {
  return checkIdentityNumber(input).valid;
}
