import { beforeAll, describe, expect, it } from 'vitest';
import { buildM1Message } from '../../electron/integrations/messages/m1.builder';
import { parseM1Message } from '../../electron/integrations/messages/m1.parser';
import type { Prescription } from '../../electron/integrations/messages/m1.types';
import { MessageInputError } from '../../electron/integrations/messages/message-errors';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { BLA, CLINIC, HVIT, LAST, PATIENT_FNR, RESEPTFORMIDLEREN, envelope, fixture, m1Input } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

const KINDS: Array<[string, Prescription]> = [
  ['hvit on varenummer', HVIT],
  ['blå § 2 with ICPC-2 refusjonskode on merkevare', BLA],
  ['låst with referansenummer on virkestoff', LAST],
];

describe('M1 resept builder', () => {
  it.each(KINDS)('builds a %s M1 that validates against the official schemas', (_kind, prescription) => {
    expect(validator.validate(buildM1Message(m1Input('0195a1b2-0000-7000-8000-000000000001', prescription)))).toEqual({
      valid: true,
    });
  });

  it.each(KINDS)('reads back a %s M1 as the same prescription and envelope', (_kind, prescription) => {
    const input = m1Input('0195a1b2-0000-7000-8000-000000000002', prescription);
    const parsed = parseM1Message(buildM1Message(input));
    expect(parsed.prescription).toEqual(prescription);
    expect(parsed.reseptId).toBe(input.envelope.msgId);
    expect(parsed.head.type).toEqual({ code: 'ERM1', displayName: 'Resept' });
    expect(parsed.head.msgId).toBe(input.envelope.msgId);
    expect(parsed.head.genDate).toBe(input.envelope.genDate);
    expect(parsed.head.sender).toEqual({ ...CLINIC, phone: '52701100' });
    expect(parsed.head.receiver).toEqual(RESEPTFORMIDLEREN);
    expect(parsed.head.patient).toEqual(input.envelope.patient);
    expect(parsed.head.signed).toBe(false);
  });

  it('gives the same bytes for the same input, so a retried outbox row resends an identical message', () => {
    const input = m1Input('0195a1b2-0000-7000-8000-000000000003', BLA);
    expect(buildM1Message(input)).toBe(buildM1Message(input));
  });

  it('writes the blå resept codes with their code lists (7427 hjemmel, 7170 ICPC-2) and the reservation', () => {
    const xml = buildM1Message(m1Input('0195a1b2-0000-7000-8000-000000000004', BLA));
    expect(xml).toContain('<RefHjemmel V="200" S="2.16.578.1.12.4.1.1.7427" DN="§5-14 §2"/>');
    expect(xml).toContain('<RefKode V="T93" S="2.16.578.1.12.4.1.1.7170" DN="Lipidforstyrrelse"/>');
    expect(xml).toContain('<BytteresRekvirent V="1" DN="Ja"/>');
    expect(xml).toContain('<Reiterasjon>3</Reiterasjon>');
  });

  it('writes no BytteresRekvirent when the doctor does not reserve (R0908 §4.2.4)', () => {
    expect(buildM1Message(m1Input('0195a1b2-0000-7000-8000-000000000005', HVIT))).not.toContain('BytteresRekvirent');
  });

  it('writes a låst resept with LastResept true and its RefNr', () => {
    const xml = buildM1Message(m1Input('0195a1b2-0000-7000-8000-000000000006', LAST));
    expect(xml).toContain('<RefNr>20260302ABCD</RefNr>');
    expect(xml).toContain('<LastResept>true</LastResept>');
  });

  it('lets a patient with only a felles hjelpenummer have a låst resept, with birth date and sex', () => {
    const input = m1Input('0195a1b2-0000-7000-8000-000000000007', LAST);
    input.envelope.patient = {
      familyName: 'Utlending',
      givenName: 'Ana',
      ident: { id: '81234567890', type: 'FHN' },
      dateOfBirth: '1990-05-17',
      sex: '2',
    };
    const xml = buildM1Message(input);
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseM1Message(xml).head.patient).toEqual({
      ...input.envelope.patient,
      ident: { id: '81234567890', type: 'FHN' },
    });
  });
});

describe('M1 rules the schema cannot express (R0908 §4.1.1, §4.2)', () => {
  const cases: Array<[string, () => Parameters<typeof buildM1Message>[0], RegExp]> = [
    ['a låst resept without referansenummer', () => m1Input('x', { ...HVIT, locked: true }), /referansenummer/],
    [
      'a patient without fødselsnummer on an open prescription',
      () => {
        const input = m1Input('x', HVIT);
        input.envelope.patient = { familyName: 'A', givenName: 'B', dateOfBirth: '1990-01-01', sex: '1' };
        return input;
      },
      /låst resept with a referansenummer/,
    ],
    [
      'a birth date next to a fødselsnummer',
      () => {
        const input = m1Input('x', HVIT);
        input.envelope.patient = {
          familyName: 'A',
          givenName: 'B',
          ident: { id: PATIENT_FNR, type: 'FNR' },
          dateOfBirth: '1989-03-15',
        };
        return input;
      },
      /DateOfBirth must not be sent/,
    ],
    [
      'a prescriber without HPR-nummer',
      () => ({ ...m1Input('x', HVIT), envelope: { ...envelope('x'), sender: { ...CLINIC, professional: undefined } } }),
      /HPR-nummer/,
    ],
    ['zero packages', () => m1Input('x', { ...HVIT, numberOfPackages: 0 }), /more than 0/],
    ['a negative reit', () => m1Input('x', { ...HVIT, reit: -1 }), /Reiterasjon/],
    ['an expiry before the prescription date', () => m1Input('x', { ...HVIT, expiresOn: '2026-03-01' }), /Utloper/],
  ];

  it.each(cases)('refuses %s', (_name, input, message) => {
    expect(() => buildM1Message(input())).toThrow(MessageInputError);
    expect(() => buildM1Message(input())).toThrow(message);
  });
});

describe('official M1 examples', () => {
  it('reads the R0908 example on varenummer', () => {
    const parsed = parseM1Message(fixture('m1-resept.xml'));
    expect(parsed.reseptId).toBe('c2883dc2-8eef-4b8e-a80f-167f858425f7');
    expect(parsed.head.signed).toBe(true);
    expect(parsed.head.sender.professional).toEqual({
      hprNummer: '431002737',
      familyName: 'Eidsvik',
      givenName: 'Anja Fos',
    });
    expect(parsed.head.patient?.ident).toEqual({ id: '21014605158', type: 'FNR' });
    expect(parsed.prescription).toMatchObject({
      prescribedOn: '2019-07-16',
      expiresOn: '2020-07-15',
      dosingText: '10 ml 3 ganger daglig',
      indication: 'HOSTEDEMPENDE',
      usage: '3',
      numberOfPackages: 1,
      reit: 0,
      locked: false,
      noGenericSubstitution: false,
      drug: {
        kind: 'package',
        varenr: '429076',
        navnFormStyrke: 'Cosylan Mikst 1,7 mg/ml',
        reseptgruppe: 'B',
        atc: { code: 'R05DA01', displayName: 'Etylmorfin' },
        packageUnit: { code: 'ml', displayName: 'milliliter' },
      },
    });
  });

  it('reads a blå resept example with its hjemmel and ICPC-2 refusjonskode', () => {
    const { prescription } = parseM1Message(fixture('m1-resept-bla.xml'));
    expect(prescription.refund).toEqual({
      hjemmel: '200',
      code: { system: 'ICPC-2', code: 'R97', displayName: 'Allergisk rinitt' },
    });
    expect(prescription.reit).toBe(3);
  });

  it('reads a magistrell resept with a 7434 refusjonskode, whose drug we never send ourselves', () => {
    const { prescription } = parseM1Message(fixture('m1-magistrell.xml'));
    expect(prescription.drug).toMatchObject({ kind: 'blanding', legemiddelform: { code: '95' } });
    expect(prescription.refund?.code).toMatchObject({ system: '7434', code: '-90' });
    expect(prescription.noGenericSubstitution).toBe(false);
  });
});
