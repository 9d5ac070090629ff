/** How a typed drug query is read, and how a strength from FEST is written for a doctor. */
import { describe, expect, it } from 'vitest';
import { parseDrugQuery } from '../../electron/services/drugs/drug-query';
import { strengthPart, strengthsByProduct } from '../../electron/services/drugs/drug-strength';

describe('parseDrugQuery', () => {
  it('reads ATC codes from level 2 to 5, in any case', () => {
    expect(parseDrugQuery('C09CA01')).toEqual({ kind: 'atc', code: 'C09CA01' });
    expect(parseDrugQuery(' c09 ')).toEqual({ kind: 'atc', code: 'C09' });
    expect(parseDrugQuery('N02BE')).toEqual({ kind: 'atc', code: 'N02BE' });
  });

  it('reads four to six digits as a varenummer', () => {
    expect(parseDrugQuery('992011')).toEqual({ kind: 'varenr', digits: '992011' });
    expect(parseDrugQuery('500')).toEqual({ kind: 'name', words: ['500'] });
  });

  it('reads names as folded words, and waits for a second letter', () => {
    expect(parseDrugQuery('Losartan 50')).toEqual({ kind: 'name', words: ['losartan', '50'] });
    expect(parseDrugQuery('Etinyløstradiol/levonorgestrel')).toEqual({
      kind: 'name',
      words: ['etinyløstradiol', 'levonorgestrel'],
    });
    expect(parseDrugQuery('p')).toEqual({ kind: 'none' });
    expect(parseDrugQuery('  "* ')).toEqual({ kind: 'none' });
  });
});

describe('strength text', () => {
  const part = { unit: 'mg', per_amount: null, per_unit: null, operator: 'L', upper_amount: null };

  it('writes decimals with a comma and denominators as FEST does in NavnFormStyrke', () => {
    expect(strengthPart({ ...part, amount: '12.5' })).toBe('12,5 mg');
    expect(strengthPart({ ...part, amount: '0.1', per_amount: '1', per_unit: 'dose' })).toBe('0,1 mg/dose');
    expect(strengthPart({ ...part, amount: '24', per_amount: '5', per_unit: 'ml' })).toBe('24 mg/5 ml');
    expect(strengthPart({ ...part, amount: '10', operator: 'I', upper_amount: '20' })).toBe('10–20 mg');
  });

  it('joins a combination product’s substances in their order', () => {
    const rows = [
      { product_id: 'p', position: 1, ...part, amount: '400' },
      { product_id: 'p', position: 2, ...part, amount: '30' },
      { product_id: 'q', position: 1, ...part, amount: '5' },
    ];
    expect(strengthsByProduct(rows)).toEqual(
      new Map([
        ['p', '400 mg/30 mg'],
        ['q', '5 mg'],
      ]),
    );
  });
});
