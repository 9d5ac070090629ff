import { describe, expect, it } from 'vitest';
import {
  addIsoDuration,
  expiryFindings,
  maximumExpiry,
  prescriptionRuleFindings,
  suggestRefundCode,
  type RuleInput,
} from '../../shared/rules/prescription-rules';

const base: RuleInput = {
  kind: 'hvit',
  reseptgruppe: 'C',
  atcCode: 'C08CA01',
  reit: 0,
  locked: false,
  identityType: 'fnr',
  catalogueHjemler: [],
  catalogueCodes: [],
};

function ids(input: Partial<RuleInput>): string[] {
  return prescriptionRuleFindings({ ...base, ...input }).map((f) => f.id);
}

describe('prescription validity (FOR-2022-06-02-977 § 4-4)', () => {
  it('is one year by default', () => {
    expect(maximumExpiry({ prescribedOn: '2026-11-22', atcCode: 'C08CA01', kind: 'hvit' })).toEqual({
      expiresOn: '2027-11-22',
      rule: 'Gyldig i 1 år',
    });
  });
  it('is three years for hormonal contraceptives (G03A)', () => {
    expect(maximumExpiry({ prescribedOn: '2026-11-22', atcCode: 'G03AA07', kind: 'hvit' }).expiresOn).toBe(
      '2029-11-22',
    );
  });
  it('is ten days for antibiotics on hvit resept, one year on blå', () => {
    expect(maximumExpiry({ prescribedOn: '2026-11-22', atcCode: 'J01CE02', kind: 'hvit' })).toEqual({
      expiresOn: '2026-12-02',
      rule: 'Antibiotika på hvit resept: gyldig i 10 dager',
    });
    expect(
      maximumExpiry({ prescribedOn: '2026-11-22', atcCode: 'J01CE02', kind: 'bla', catalogueDuration: 'P10D' })
        .expiresOn,
    ).toBe('2027-11-22');
  });
  it("takes FEST's Reseptgyldighet for the product when the catalogue gives one", () => {
    expect(
      maximumExpiry({ prescribedOn: '2026-11-22', atcCode: 'G03AC09', kind: 'hvit', catalogueDuration: 'P3Y' }),
    ).toMatchObject({ expiresOn: '2029-11-22' });
    expect(addIsoDuration('2028-02-29', 'P1Y')).toBe('2029-02-28');
  });
  it('lets the doctor shorten the validity but never lengthen it', () => {
    const max = maximumExpiry({ prescribedOn: '2026-11-22', atcCode: 'J01CA04', kind: 'hvit' });
    expect(expiryFindings('2026-11-30', '2026-11-22', max)).toEqual([]);
    expect(expiryFindings('2027-01-01', '2026-11-22', max)[0]?.message).toBe(
      'Resepten kan ikke gjelde lenger enn til 2026-12-02 (antibiotika på hvit resept: gyldig i 10 dager).',
    );
    expect(expiryFindings('2026-11-01', '2026-11-22', max)[0]?.message).toBe(
      'Utløpsdatoen kan ikke være før forskrivningsdatoen.',
    );
  });
});

describe('prescription rules', () => {
  it('refuses an H-resept from a fastlege and says what to do instead', () => {
    const [finding] = prescriptionRuleFindings({ ...base, kind: 'h' });
    expect(finding).toMatchObject({ id: 'regel:h-resept', severity: 'stopp' });
    expect(finding?.message).toContain('H-resept kan ikke skrives av fastlege');
    expect(finding?.message).toContain('Henvis pasienten til spesialisthelsetjenesten');
  });

  it('allows reit on reseptgruppe A and B only on blå resept', () => {
    const [finding] = prescriptionRuleFindings({ ...base, reseptgruppe: 'A', atcCode: 'N02AA05', reit: 2 });
    expect(finding).toMatchObject({ id: 'reseptgruppe:ab-reit', severity: 'stopp' });
    expect(finding?.message).toBe(
      'Legemidler i reseptgruppe A kan bare utleveres én gang; reit er bare tillatt på blå resept (folketrygdens regning).',
    );
    expect(ids({ reseptgruppe: 'B', reit: 1, kind: 'bla', refund: { hjemmel: '3' } })).toEqual([]);
    expect(ids({ reseptgruppe: 'C', reit: 3 })).toEqual([]);
  });

  it('warns strongly against a låst resept in reseptgruppe A or B, but lets the patient have it', () => {
    const [finding] = prescriptionRuleFindings({ ...base, reseptgruppe: 'B', locked: true });
    expect(finding).toMatchObject({ id: 'reseptgruppe:ab-last', severity: 'hoy' });
    expect(finding?.message).toContain('skjules for andre leger og apotek i reseptformidleren');
  });

  it('requires a låst resept for a patient with only a hjelpenummer', () => {
    for (const identityType of ['hnr', 'hnr-clinic']) {
      const [finding] = prescriptionRuleFindings({ ...base, identityType });
      expect(finding?.id).toBe('regel:hnr-krever-last');
      expect(finding?.message).toContain('Resepten må være låst og får et referansenummer');
      expect(ids({ identityType, locked: true })).toEqual([]);
    }
    expect(ids({ identityType: 'dnr' })).toEqual([]);
  });

  describe('blå resept', () => {
    const k86 = { system: 'ICPC-2' as const, code: 'K86', text: 'Hypertensjon ukomplisert' };
    const bla = { ...base, kind: 'bla' as const, catalogueHjemler: ['2' as const], catalogueCodes: [k86] };

    it('needs a refusjonshjemmel', () => {
      expect(prescriptionRuleFindings({ ...bla })[0]?.message).toBe(
        'Blå resept må ha refusjonshjemmel (blåreseptforskriften § 2, § 3, § 4, § 5 eller § 6).',
      );
    });
    it('under § 2 needs a refusjonskode the catalogue gives for the product', () => {
      expect(prescriptionRuleFindings({ ...bla, refund: { hjemmel: '2' } })[0]?.id).toBe('regel:bla-p2-uten-kode');
      expect(
        prescriptionRuleFindings({ ...bla, refund: { hjemmel: '2', code: { system: 'ICPC-2', code: 'T90' } } })[0]
          ?.message,
      ).toBe(
        'Refusjonskoden ICPC-2 T90 gjelder ikke for dette legemidlet etter § 2. Velg en av kodene fra legemiddelkatalogen.',
      );
      expect(
        prescriptionRuleFindings({ ...bla, refund: { hjemmel: '2', code: { system: 'ICPC-2', code: 'k86' } } }),
      ).toEqual([]);
    });
    it('under § 2 is refused for a product without forhåndsgodkjent refusjon', () => {
      expect(
        prescriptionRuleFindings({ ...bla, catalogueHjemler: [], refund: { hjemmel: '2', code: k86 } })[0]?.message,
      ).toContain('Legemidlet har ikke forhåndsgodkjent refusjon etter § 2');
    });
    it('refunds antibiotics under § 4 only, and § 4 only for infectious diseases', () => {
      const antibiotic = { ...bla, atcCode: 'J01CE02', catalogueHjemler: [], catalogueCodes: [] };
      expect(prescriptionRuleFindings({ ...antibiotic, refund: { hjemmel: '4' } })).toEqual([]);
      expect(prescriptionRuleFindings({ ...antibiotic, refund: { hjemmel: '6' } }).map((f) => f.id)).toEqual([
        'regel:bla-p6-ikke-i-fest',
      ]);
      expect(prescriptionRuleFindings({ ...bla, refund: { hjemmel: '4' } })[0]?.message).toBe(
        '§ 4 gjelder bare legemidler mot allmennfarlige smittsomme sykdommer.',
      );
    });
  });

  it('pre-fills a refusjonskode from the diagnoses, matching an ICD-10 subcode to its category', () => {
    const codes = [
      { system: 'ICPC-2' as const, code: 'T90' },
      { system: 'ICD-10' as const, code: 'E11' },
    ];
    expect(suggestRefundCode(codes, [{ system: 'ICD-10', code: 'E11.9' }])).toEqual({ system: 'ICD-10', code: 'E11' });
    expect(suggestRefundCode(codes, [{ system: 'ICPC-2', code: 'T90' }])).toEqual({ system: 'ICPC-2', code: 'T90' });
    expect(suggestRefundCode(codes, [{ system: 'ICD-10', code: 'E110' }])).toBeUndefined();
    expect(suggestRefundCode(codes, [{ system: 'ICPC-2', code: 'K86' }])).toBeUndefined();
  });
});
