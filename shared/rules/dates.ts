/** Calendar dates are the clinic's, in Norway: a consultation at 00:30 on 1 March is on 1 March, not 28 February. */
const osloDateFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function osloDate(instant: Date): string {
  return osloDateFormat.format(instant);
}

/** Whole years from birth date to date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
