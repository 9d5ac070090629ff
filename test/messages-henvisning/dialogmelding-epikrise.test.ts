import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStatusPaHenvisningMessage } from '../../electron/integrations/messages/dialogmelding.builder';
import { parseDialogmelding } from '../../electron/integrations/messages/dialogmelding.parser';
import type { StatusPaHenvisningInput } from '../../electron/integrations/messages/dialogmelding.types';
import { buildEpikriseMessage } from '../../electron/integrations/messages/epikrise.builder';
import { parseEpikrise } from '../../electron/integrations/messages/epikrise.parser';
import type { EpikriseInput } from '../../electron/integrations/messages/epikrise.types';
import { buildHenvisningMessage } from '../../electron/integrations/messages/henvisning.builder';
import { kindOfMessage } from '../../electron/integrations/messages/henvisning.kind';
import { MessageInputError } from '../../electron/integrations/messages/message-errors';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import {
  CLINIC_HER,
  CLINIC_WITH_DOCTOR,
  COPY_HER,
  ENVELOPE_PATIENT,
  HOSPITAL,
  PATIENT_FNR,
  sampleHenvisning,
} from './henvisning-samples';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

let validator: MessageValidator;
beforeAll(async () => {
  validator = await createMessageValidator();
});

const HENVISNING_MSGID = '6f0c3c2e-9a51-4f5e-8d0b-4b5d2f2a0001';

function status(overrides: Partial<StatusPaHenvisningInput['assessment']> = {}): StatusPaHenvisningInput {
  return {
    msgId: '0c1d2e3f-0000-4000-8000-000000000010',
    genDate: '2026-03-05T10:00:00',
    conversationRef: { refToConversation: HENVISNING_MSGID, refToParent: HENVISNING_MSGID },
    sender: HOSPITAL,
    receiver: CLINIC_WITH_DOCTOR,
    patient: ENVELOPE_PATIENT,
    assessment: {
      status: '1',
      rightToNecessaryCare: true,
      receivedOn: '2026-03-02',
      assessedOn: '2026-03-05',
      deadline: '2026-04-15',
      appointment: { start: '2026-04-02T09:30', place: 'Revmatologisk poliklinikk, inngang B' },
      ...overrides,
    },
    assessor: { familyName: 'Lege', givenName: 'Vurderende', hprNummer: '9144919', phone: '55 00 00 00' },
    unit: { name: 'Revmatologisk poliklinikk', phone: '55 00 00 01' },
  };
}

function epikrise(overrides: Partial<EpikriseInput> = {}): EpikriseInput {
  return {
    msgId: '0c1d2e3f-0000-4000-8000-000000000020',
    genDate: '2026-04-02T14:00:00',
    epikriseId: '0c1d2e3f-0000-4000-8000-0000000000e1',
    issueDate: '2026-04-02T13:30:00',
    serviceProvider: { ...HOSPITAL, person: { name: 'Vurderende Lege', id: '9144919', idType: 'HPR' } },
    requester: {
      name: 'Fjordheim legesenter',
      herId: CLINIC_HER,
      person: { name: 'Kari Aasen', id: '565501872', idType: 'HPR' },
    },
    copyRecipients: [{ name: 'Fysioterapeut Hansen', herId: COPY_HER }],
    patient: { familyName: 'Nordmann', givenName: 'Åse', ident: { id: PATIENT_FNR, type: 'FNR' } },
    referral: {
      referralId: '1b7e7f3a-2c44-4d55-9e66-7f8a9b0c0001',
      issueDate: '2026-03-02T09:10:00',
      diagnoses: [{ system: 'ICPC-2', code: 'L88', text: 'Reumatoid artritt/reumatisk sykdom' }],
    },
    event: { start: '2026-04-02T09:30:00', end: '2026-04-02T11:00:00', contactType: '3' },
    diagnoses: [
      { system: 'ICD-10', code: 'M05.9', text: 'Seropositiv revmatoid artritt, uspesifisert' },
      { system: 'ICD-10', code: 'E11.9', text: 'Diabetes mellitus type 2' },
    ],
    sections: [
      { heading: 'FO', text: 'Undersøkt poliklinisk. Startet metotreksat.' },
      { heading: 'VU', text: 'Seropositiv RA med moderat aktivitet.' },
      { heading: 'OP', text: 'Kontroll her om 3 måneder. Blodprøver hos fastlege hver 4. uke.' },
    ],
    medicines: [
      { name: 'Metotreksat tablett 2,5 mg', atc: 'L04AX03', dosageText: '6 tabletter én gang i uken', status: '2' },
      { name: 'Folsyre tablett 1 mg', dosageText: '1 tablett daglig unntatt metotreksatdagen' },
    ],
    cave: 'Penicillin',
    ...overrides,
  };
}

describe('Status på henvisning (Dialogmelding v1.1)', () => {
  it('builds a schema-valid message and reads the assessment back', () => {
    const xml = buildStatusPaHenvisningMessage(status());
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseDialogmelding(xml);
    expect(parsed).toMatchObject({
      msgType: 'DIALOG_STATUS_HENVISNING',
      conversationRef: { refToConversation: HENVISNING_MSGID, refToParent: HENVISNING_MSGID },
      sender: {
        organisationName: 'Testsykehuset HF',
        herId: HOSPITAL.herId,
        department: { herId: HOSPITAL.department.herId },
      },
      receiver: { herId: CLINIC_HER },
      patient: { ident: { id: PATIENT_FNR } },
      assessment: {
        status: '1',
        statusText: 'Innkalles til helsehjelp',
        rightToNecessaryCare: true,
        receivedOn: '2026-03-02',
        assessedOn: '2026-03-05',
        deadline: '2026-04-15',
        appointment: { start: '2026-04-02T09:30', place: 'Revmatologisk poliklinikk, inngang B' },
      },
    });
    expect(parsed.notes[0]?.people[0]).toMatchObject({
      name: 'Vurderende Lege',
      hprNummer: '9144919',
      phone: '55000000',
    });
  });

  it('writes "ikke rett" with a reason on avslag, and refuses an avslag without one', () => {
    const xml = buildStatusPaHenvisningMessage(
      status({
        status: '4',
        rightToNecessaryCare: false,
        deadline: undefined,
        appointment: undefined,
        text: 'Tilstanden kan følges opp av fastlege.',
      }),
    );
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseDialogmelding(xml).assessment).toMatchObject({ status: '4', rightToNecessaryCare: false });
    expect(() =>
      buildStatusPaHenvisningMessage(
        status({ status: '4', rightToNecessaryCare: false, deadline: undefined, appointment: undefined }),
      ),
    ).toThrow(MessageInputError);
  });

  it('reads the official Status på henvisning example', () => {
    const parsed = parseDialogmelding(fixture('Status_paa_henvisning-InnkaltEtterViderehenvisning.xml'));
    expect(parsed.assessment).toMatchObject({
      status: '1',
      rightToNecessaryCare: true,
      deadline: '2018-02-20',
      appointment: { start: '2018-02-05T11:00', place: 'Bevegelsessenteret, Olav Kyrres gate 13' },
    });
    expect(parsed.copyReceivers).toEqual([{ organisationName: 'Kattskinnet legesenter', herId: '56704' }]);
  });

  it.each(['Helsefaglig dialog.xml', 'Helsefaglig dialog_angi profesjon hos mottaker.xml'])(
    'reads the official example %s as text',
    (name) => {
      const parsed = parseDialogmelding(fixture(name));
      expect(parsed.msgType).toBe('DIALOG_HELSEFAGLIG');
      expect(parsed.notes[0]?.text).toBeTruthy();
      expect(parsed.patient.ident?.id).toBe('13116900216');
      expect(parsed.assessment).toBeUndefined();
    },
  );
});

describe('Epikrise v1.2', () => {
  it('builds a schema-valid epikrise and reads it back', () => {
    const xml = buildEpikriseMessage(epikrise());
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseEpikrise(xml);
    expect(parsed).toMatchObject({
      msgType: 'EPIKRISE',
      epikriseId: '0c1d2e3f-0000-4000-8000-0000000000e1',
      sender: {
        organisationName: 'Testsykehuset HF',
        herId: HOSPITAL.herId,
        department: { herId: HOSPITAL.department.herId },
      },
      requester: { herId: CLINIC_HER, person: 'Kari Aasen' },
      copyRecipients: [{ organisationName: 'Fysioterapeut Hansen', herId: COPY_HER }],
      patient: { familyName: 'Nordmann', givenName: 'Åse', ident: { id: PATIENT_FNR, type: 'FNR' } },
      referral: { referralId: '1b7e7f3a-2c44-4d55-9e66-7f8a9b0c0001' },
      diagnoses: [
        { code: 'M05.9', system: 'ICD-10', main: true },
        { code: 'E11.9', main: false },
      ],
      summary: 'Seropositiv RA med moderat aktivitet.',
      cave: 'Penicillin',
    });
    expect(parsed.medicines).toEqual([
      { name: 'Metotreksat tablett 2,5 mg', dosageText: '6 tabletter én gang i uken', status: 'Forskrevet' },
      {
        name: 'Folsyre tablett 1 mg',
        dosageText: '1 tablett daglig unntatt metotreksatdagen',
        status: 'Benyttes regelmessig',
      },
    ]);
    expect(parsed.sections.map((s) => s.heading)).toEqual([
      'Forløp og behandling',
      'Vurdering',
      'Planer for videre oppfølging',
    ]);
  });

  it.each(['epikrise_v1.2_n.xml', 'epikrise_v1.2_m.xml', 'epikrise_v1.2_c.xml'])(
    'reads the official example %s',
    (name) => {
      const parsed = parseEpikrise(fixture(name));
      expect(parsed.patient).toMatchObject({ familyName: 'Danser', givenName: 'Line', ident: { id: '13116900216' } });
      expect(parsed.sender.herId).toBeDefined();
      expect(parsed.requester.organisationName).not.toBe('');
      expect(parsed.msgId).not.toBe('');
    },
  );

  it('flattens the XHTML text of the official example into readable lines', () => {
    const parsed = parseEpikrise(fixture('epikrise_v1.2_n.xml'));
    expect(parsed.diagnoses[0]).toMatchObject({ code: 'I330', main: true, system: 'ICD-10' });
    expect(parsed.sections.find((s) => s.heading === 'Vurdering')?.text).toContain('ferdigbehandlet');
    expect(parsed.medicines.map((m) => m.name)).toContain('Furix');
    expect(JSON.stringify(parsed)).not.toContain('<');
  });
});

describe('kindOfMessage', () => {
  it.each([
    ['Henvisning_ny_tilstand_v2-0_Ny.xml', 'HENVISNING', 'HENVISNING_NYTILSTAND', true],
    ['Viderehenvisning_v2-0_Uten_rettighetsvurdering_Ny.xml', 'HENVISNING', 'HENVISNING_VIDERE', true],
    ['henvisning_v1.1_n.xml', 'HENVISNING', 'HENVISNING', false],
    ['Status_paa_henvisning-InnkaltEtterViderehenvisning.xml', 'DIALOG', 'DIALOG_STATUS_HENVISNING', true],
    ['Helsefaglig dialog.xml', 'DIALOG', 'DIALOG_HELSEFAGLIG', true],
    ['epikrise_v1.2_n.xml', 'EPIKRISE', 'EPIKRISE', false],
  ])('%s is %s %s', (name, family, type, msgHead) => {
    expect(kindOfMessage(fixture(name))).toMatchObject({ family, type, msgHead });
  });

  it('knows the messages we build', () => {
    expect(kindOfMessage(buildHenvisningMessage(sampleHenvisning())).type).toBe('HENVISNING_NYTILSTAND');
    expect(kindOfMessage(buildStatusPaHenvisningMessage(status())).family).toBe('DIALOG');
    expect(kindOfMessage(buildEpikriseMessage(epikrise())).family).toBe('EPIKRISE');
  });
});
