import { describe, expect, it } from 'vitest';
import { icpc2Title, isIcpc2Diagnosis, searchIcpc2 } from '../../shared/reference/codes';
import { icd10Title, searchIcd10 } from '../../shared/reference/icd10';

describe('diagnosis code type-ahead', () => {
  it('finds ICPC-2 by code prefix and by text, æøå included', () => {
    expect(searchIcpc2('R74')[0]).toEqual({ system: 'ICPC-2', code: 'R74', title: icpc2Title('R74') });
    const cold = searchIcpc2('øvre luftveis');
    expect(cold.map((c) => c.code)).toContain('R74');
    expect(isIcpc2Diagnosis('R74')).toBe(true);
    expect(isIcpc2Diagnosis('R05')).toBe(false);
  });

  it('finds ICD-10 with or without the dot', () => {
    expect(searchIcd10('J06.9')[0]?.code).toBe('J069');
    expect(icd10Title('J06.9')).toBeDefined();
  });
});
