import { idnr } from '@navikt/fnrvalidator';
import { describe, expect, it } from 'vitest';
import { createDemoPatientGenerator, DEMO_REFERENCE_DATE } from '../../electron/services/demo/demo-patients';
import { controlDigits, testNorgeIdentityNumber } from '../../shared/rules/synthetic-identity';

function take(seed: string | number, n: number) {
  const generator = createDemoPatientGenerator(seed);
  return Array.from({ length: n }, () => generator.next());
}

describe('demo patient generator', () => {
  it('computes the mod-11 control digits of a published Test Norge number', () => {
    // The Test Norge example in @navikt/fnrvalidator's README.
    expect(controlDigits('109155967')).toBe('84');
    expect(testNorgeIdentityNumber({ year: 1955, month: 11, day: 10 }, 967)).toBe('10915596784');
  });

  it('refuses individnummer outside the birth year century and numbers whose control digit would be 10', () => {
    expect(testNorgeIdentityNumber({ year: 1980, month: 1, day: 1 }, 600)).toBeNull();
    expect(testNorgeIdentityNumber({ year: 2010, month: 1, day: 1 }, 100)).toBeNull();
    let refused = 0;
    for (let individ = 0; individ < 500; individ++) {
      const number = testNorgeIdentityNumber({ year: 1980, month: 6, day: 15 }, individ);
      if (number === null) refused++;
      else expect(idnr(number)).toEqual({ status: 'valid', type: 'tnr' });
    }
    // Roughly one in six combinations has no valid control digit pair.
    expect(refused).toBeGreaterThan(30);
    expect(refused).toBeLessThan(150);
  });

  it('gives 20 000 unique numbers that fnrvalidator accepts as Test Norge, with birth date and sex in the number', () => {
    const patients = take('stor', 20_000);
    expect(new Set(patients.map((p) => p.identityNumber)).size).toBe(patients.length);
    const reference = `${DEMO_REFERENCE_DATE.year}-07-01`;
    for (const p of patients) {
      expect(idnr(p.identityNumber)).toEqual({ status: 'valid', type: 'tnr' });
      const [year, month, day] = p.birthDate.split('-');
      expect(p.identityNumber.slice(0, 6)).toBe(`${day}${Number(month) + 80}${year?.slice(2)}`);
      expect(Number(p.identityNumber[8]) % 2 === 0 ? 'female' : 'male').toBe(p.sex);
      expect(p.birthDate < reference).toBe(true);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(take(7, 200)).toEqual(take(7, 200));
    expect(take(7, 200).map((p) => p.identityNumber)).not.toEqual(take(8, 200).map((p) => p.identityNumber));
  });

  it('spreads ages from babies to the very old and lives mostly near the clinic', () => {
    const patients = take(1, 5000);
    const years = patients.map((p) => Number(p.birthDate.slice(0, 4)));
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2024);
    expect(Math.min(...years)).toBeLessThan(1935);
    const oslo = patients.filter((p) => p.city === 'OSLO').length / patients.length;
    expect(oslo).toBeGreaterThan(0.75);
    expect(patients.some((p) => p.middleName !== null)).toBe(true);
  });
});
