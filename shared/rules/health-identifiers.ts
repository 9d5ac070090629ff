/**
 * HPR-nummer (Helsepersonellregisteret) and HER-id (Adresseregisteret) are plain positive integers in the
 * KITH/ehelse message standards (no public check digit), so we check shape only: digits, no leading zero, at most 9.
 */
const POSITIVE_ID = /^[1-9]\d{0,8}$/;

export function isValidHprNumber(value: string): boolean {
  return POSITIVE_ID.test(value);
}

export function isValidHerId(value: string): boolean {
  return POSITIVE_ID.test(value);
}
