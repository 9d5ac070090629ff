/**
 * The clinic's own H-nummer (hjelpenummer) for a person without fødselsnummer or D-nummer: birth date with
 * month + 40, an individnummer in the range that gives the right century, the sex digit, and valid mod-11
 * control digits. Clinic-internal: it never goes into a national message (those use FH-nummer).
 */
import { checkIdentityNumber } from '../../../shared/rules/identity-number';
import { controlDigits, individnummerRange } from '../../../shared/rules/synthetic-identity';

const H_NUMBER_MONTH_OFFSET = 40;

/** Every valid H-nummer for this birth date and sex, in a stable order starting at `start`. */
export function* hNumberCandidates(
  birthDate: string,
  sex: 'female' | 'male' | 'unknown',
  start = 0,
): Generator<string> {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const range = individnummerRange(year);
  if (!range) return;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const prefix = `${pad(day, 2)}${pad(month + H_NUMBER_MONTH_OFFSET, 2)}${pad(year % 100, 2)}`;
  const span = range.to - range.from + 1;
  for (let i = 0; i < span; i++) {
    const individ = range.from + ((start + i) % span);
    if (sex !== 'unknown' && (individ % 2 === 0) !== (sex === 'female')) continue;
    const nine = `${prefix}${pad(individ, 3)}`;
    const control = controlDigits(nine);
    if (control && checkIdentityNumber(nine + control).valid) yield nine + control;
  }
}
