import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHenvisningMessage } from '../../electron/integrations/messages/henvisning.builder';
import { parseHenvisning } from '../../electron/integrations/messages/henvisning.parser';
import { sampleHenvisning } from './henvisning-samples';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const HENVISNINGER = readdirSync(FIXTURES).filter((name) => /henvisning/i.test(name) && !/^Status/.test(name));

describe('parseHenvisning', () => {
  it.each(HENVISNINGER)('reads the official example %s', (name) => {
    const parsed = parseHenvisning(readFileSync(path.join(FIXTURES, name), 'utf8'));
    expect(parsed.msgId).not.toBe('');
    expect(parsed.referralId).not.toBe('');
    expect(parsed.patient.ident?.id).toMatch(/^\d{11}$/);
    expect(parsed.sender.organisationName).not.toBe('');
    expect(['ny', 'endring', 'annullering']).toContain(parsed.kind);
  });

  it('reads a v2.0 ny tilstand with its problemstilling, diagnosis and referring doctor', () => {
    const parsed = parseHenvisning(readFileSync(path.join(FIXTURES, 'Henvisning_ny_tilstand_v2-0_Ny.xml'), 'utf8'));
    expect(parsed).toMatchObject({
      version: '2.0',
      msgType: 'HENVISNING_NYTILSTAND',
      kind: 'ny',
      receiver: {
        organisationName: 'St Olavs Hospital HF',
        herId: '59',
        department: { name: 'Ortopedisk kirurgi', herId: '90998' },
      },
      patient: {
        familyName: 'Danser',
        givenName: 'Line',
        ident: { id: '13116900216', type: 'FNR' },
        phone: '90094004',
      },
      hastegrad: { code: 'N' },
      diagnoses: [{ system: 'ICPC-2', code: 'L88' }],
      cave: expect.stringContaining('vepsestikk') as string,
    });
    expect(parsed.problemstilling).toContain('Stadig dårligere');
    expect(parsed.medicines).toHaveLength(2);
    expect(parsed.interpreter?.language).toBe('NORDSAMISK');
    // The envelope names the fastlege; AnsvarForRapport (HHE) the referring turnuslege, with her HPR-nummer.
    expect(parsed.sender.doctor).toEqual({
      familyName: 'Jones',
      givenName: 'May',
      hprNummer: '9144919',
      phone: '90550374',
    });
  });

  it('reads a cancellation with its reason and conversation', () => {
    const parsed = parseHenvisning(
      readFileSync(path.join(FIXTURES, 'Henvisning_ny_tilstand_v2-0_Kansellering.xml'), 'utf8'),
    );
    expect(parsed.kind).toBe('annullering');
    expect(parsed.reason).toContain('fritt sykehusvalg');
    expect(parsed.conversationRef?.refToConversation).toBe('76665c90-3198-11e8-b566-0800200c9a66');
  });

  it('reads a v1.1 document', () => {
    const parsed = parseHenvisning(readFileSync(path.join(FIXTURES, 'henvisning_v1.1_n.xml'), 'utf8'));
    expect(parsed).toMatchObject({
      version: '1.1',
      kind: 'ny',
      referralId: 'd57160a8-7697-4724-b0e2-7807037fea47',
      sender: { organisationName: 'Kattskinnet legesenter', herId: '56704', doctor: { hprNummer: '9144900' } },
      receiver: { herId: '59', department: { herId: '90998' } },
      patient: { familyName: 'Danser', givenName: 'Line', ident: { id: '13116900216' } },
      hastegrad: { code: '3' },
    });
    expect(parsed.problemstilling).toBeDefined();
    expect(parsed.history).toContain('Seropos RA');
  });

  it('gives back what the builder wrote', () => {
    const input = sampleHenvisning();
    const parsed = parseHenvisning(buildHenvisningMessage(input));
    expect(parsed).toMatchObject({
      version: '2.0',
      kind: 'ny',
      msgId: input.msgId,
      referralId: input.referralId,
      sender: {
        organisationName: 'Fjordheim legesenter',
        herId: '8142519',
        organisationNumber: '987654325',
        doctor: { hprNummer: '565501872', familyName: 'Aasen', givenName: 'Kari' },
      },
      receiver: { herId: '8142700', department: { herId: '8142701' } },
      patient: { ident: { id: '15838912483', type: 'FNR' }, phone: '90000001' },
      nextOfKin: [{ name: 'Ola Nordmann', relation: 'Ektefelle', phone: '90000002' }],
      interpreter: { language: 'ARABISK' },
      hastegrad: { code: 'N' },
      requestedType: { code: '10' },
      problemstilling: input.problemstilling,
      history: input.history,
      findings: input.findings,
      cave: input.cave,
      criticalInfo: ['Gravid uke 12'],
      copyRecipients: [{ name: 'Fysioterapeut Hansen', herId: '8142800' }],
      attachments: [{ title: 'Røntgensvar hender', mimeType: 'application/pdf' }],
    });
    expect(parsed.diagnoses.map((d) => d.code)).toEqual(['L88', 'M06.9']);
    expect(parsed.medicines).toEqual([
      { name: 'Paracet tablett 500 mg, 1-2 tabletter ved behov' },
      { name: 'Ibux tablett 400 mg', dosageText: '1 tablett 3 ganger daglig' },
    ]);
  });
});
