/**
 * Referansenumre as RF issues them (M4.2, R1908): "Algoritme: Modulus 11" (R0908 §4.2.1 RefNr, HIS 3003:2018
 * §6.2). Ours are 12 digits, an 11-digit serial and a MOD11 check digit with the weights 2..7 from the right, so
 * one is never mistaken for an 11-digit fødselsnummer. A serial whose check digit would be 10 is skipped.
 */
const WEIGHTS = [2, 3, 4, 5, 6, 7];

export function mod11CheckDigit(digits: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    sum += Number(digits[digits.length - 1 - i]) * (WEIGHTS[i % WEIGHTS.length] ?? 0);
  }
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : check;
}

/** The referansenummer for a serial, or undefined when that serial has no MOD11 check digit. */
export function referansenummerFor(serial: number): string | undefined {
  const digits = String(serial).padStart(11, '0');
  const check = mod11CheckDigit(digits);
  return check === undefined ? undefined : `${digits}${check}`;
}

export function hasValidCheckDigit(refNr: string): boolean {
  if (!/^\d{12}$/.test(refNr)) return false;
  return mod11CheckDigit(refNr.slice(0, 11)) === Number(refNr.slice(11));
}

/** The first serial RF hands out; the counter in the database continues from here. */
export const FIRST_REFERANSENUMMER_SERIAL = 30_000_000_000;
