import { describe, expect, it } from 'vitest';
import { checkIdentityNumber } from '../../shared/rules/identity-number';

/** Builds a valid number from its first nine digits with the classic (pre-2032) control digits. */
function withControlDigits(nine: string): string {
  const d = [...nine].map(Number);
  const k1w = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const k2w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const mod = (sum: number) => (11 - (sum % 11)) % 11;
  const k1 = mod(k1w.reduce((a, w, i) => a + w * (d[i] ?? 0), 0));
  const k2 = mod(k2w.reduce((a, w, i) => a + w * ([...d, k1][i] ?? 0), 0));
  if (k1 === 10 || k2 === 10) throw new Error(`no valid control digits for ${nine}`);
  return `${nine}${k1}${k2}`;
}

describe('identity numbers', () => {
  it('reads a Test Norge number (month + 80): birth date, century and sex', () => {
    const tnr = withControlDigits('038562495'); // 3 May 1962, individnummer 495 (odd third digit: male)
    expect(checkIdentityNumber(tnr)).toEqual({ valid: true, type: 'tnr', birthDate: '1962-05-03', sex: 'male' });
  });

  it('reads a D-nummer (day + 40) and an H-nummer (month + 40)', () => {
    expect(checkIdentityNumber(withControlDigits('410190123'))).toMatchObject({
      valid: true,
      type: 'dnr',
      birthDate: '1990-01-01',
    });
    expect(checkIdentityNumber(withControlDigits('015012523'))).toMatchObject({
      valid: true,
      type: 'hnr',
      birthDate: '2012-10-01',
      sex: 'male',
    });
  });

  it('gives the 2000s to individnummer 500–999 with year 00–39', () => {
    expect(checkIdentityNumber(withControlDigits('120815512'))).toMatchObject({ birthDate: '2015-08-12' });
  });

  it('says why a number is wrong, in Norwegian', () => {
    const good = withControlDigits('038562495');
    const badCheck = good.slice(0, 10) + String((Number(good[10]) + 1) % 10);
    expect(checkIdentityNumber(badCheck)).toMatchObject({ valid: false, message: 'Kontrollsifrene stemmer ikke' });
    expect(checkIdentityNumber('1234')).toMatchObject({ valid: false, code: 'LENGTH' });
    expect(checkIdentityNumber(good.slice(1))).toMatchObject({ valid: false, code: 'TEN_DIGITS' });
  });
});
