import { testNorgeIdentityNumber } from '../../shared/rules/synthetic-identity';

/** A valid Test Norge number for a birth date (YYYY-MM-DD) and sex, the first individnummer that works. */
export function tnr(birthDate: string, sex: 'female' | 'male', skip = 0): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  let found = 0;
  for (let individ = year >= 2000 ? 500 : 0; individ < 1000; individ++) {
    if ((individ % 2 === 0) !== (sex === 'female')) continue;
    const n = testNorgeIdentityNumber({ year, month, day }, individ);
    if (n && found++ === skip) return n;
  }
  throw new Error(`no Test Norge number for ${birthDate}`);
}
