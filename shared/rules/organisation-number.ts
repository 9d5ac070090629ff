/**
 * Organisasjonsnummer (Enhetsregisteret): 9 digits, the last a mod-11 control digit over the first eight with
 * weights 3 2 7 6 5 4 3 2. A remainder that would give control digit 10 makes the number invalid.
 * Source: Brønnøysundregistrene, "Organisasjonsnummeret".
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export function isValidOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  const remainder = sum % 11;
  const control = remainder === 0 ? 0 : 11 - remainder;
  return control !== 10 && control === digits[8];
}
