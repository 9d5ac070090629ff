import { beforeAll, describe, expect, it } from 'vitest';
import { buildM10Message } from '../../electron/integrations/messages/m10.builder';
import { parseM10Message } from '../../electron/integrations/messages/m10.parser';
import { buildResept } from '../../electron/integrations/messages/m1.builder';
import { buildM6Message } from '../../electron/integrations/messages/m6.builder';
import { parseM6Message } from '../../electron/integrations/messages/m6.parser';
import { MessageInputError } from '../../electron/integrations/messages/message-errors';
import { NS } from '../../electron/integrations/messages/namespaces';
import type { Dispensing } from '../../electron/integrations/messages/utlevering.types';
import { childElement, rootElement } from '../../electron/integrations/messages/xml-dom';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { CLINIC, HVIT, RESEPTFORMIDLEREN, envelope, fixture } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

const PHARMACY = { name: 'Fjordheim apotek', herId: '8142600' };
const RESEPT_ID = '0195a1b2-0000-7000-8000-000000000b01';

function dispensing(): Dispensing {
  const item = childElement(rootElement(buildResept(HVIT)), NS.m1, 'ReseptDokLegemiddel');
  return {
    reseptId: RESEPT_ID,
    dispensedOn: '2026-03-04',
    annulment: false,
    completed: true,
    patientRefusedSubstitution: false,
    dispensedItem: item,
    dispenser: PHARMACY,
  };
}

describe('M10 utleveringsrapport (the simulated pharmacy)', () => {
  it('builds an M10 that validates and reads back', () => {
    const xml = buildM10Message({
      envelope: { ...envelope('0195a1b2-0000-7000-8000-000000000b10'), sender: PHARMACY, receiver: RESEPTFORMIDLEREN },
      report: { dispensing: dispensing(), noReportToFastlege: false, employeeId: '9144900' },
    });
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseM10Message(xml);
    expect(parsed).toMatchObject({
      reseptId: RESEPT_ID,
      dispensedOn: '2026-03-04',
      annulment: false,
      completed: true,
      dispenser: PHARMACY,
      noReportToFastlege: false,
      employeeId: '9144900',
      head: { type: { code: 'ERM10' } },
    });
    expect(parsed.dispensedItem?.localName).toBe('ReseptDokLegemiddel');
  });

  it('reads the official example M10', () => {
    expect(parseM10Message(fixture('m10-utleveringsrapport.xml'))).toMatchObject({
      reseptId: 'c2883dc2-8eef-4b8e-a80f-167f858425f7',
      dispenser: { herId: '8090688', name: 'Apotek 1 Ski Storsenter' },
      completed: false,
      employeeId: '9876543',
    });
  });

  it('refuses an M10 without the patient, and an annulment that names nothing', () => {
    const { patient: _patient, ...withoutPatient } = envelope('0195a1b2-0000-7000-8000-000000000b11');
    expect(() =>
      buildM10Message({
        envelope: withoutPatient,
        report: { dispensing: dispensing(), noReportToFastlege: false, employeeId: '1' },
      }),
    ).toThrow(MessageInputError);
    expect(() =>
      buildM10Message({
        envelope: envelope('0195a1b2-0000-7000-8000-000000000b12'),
        report: { dispensing: { ...dispensing(), annulment: true }, noReportToFastlege: false, employeeId: '1' },
      }),
    ).toThrow(/AnnulleringsId/);
  });
});

describe('M6 utleveringsrapport til rekvirent (the simulator writes it)', () => {
  it('builds an M6 that validates and that the app reads with parseM6Message', () => {
    const xml = buildM6Message({
      envelope: { ...envelope('0195a1b2-0000-7000-8000-000000000b06'), sender: RESEPTFORMIDLEREN, receiver: CLINIC },
      dispensing: dispensing(),
      referanseM10: '0195a1b2-0000-7000-8000-000000000b10',
    });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseM6Message(xml)).toMatchObject({
      reseptId: RESEPT_ID,
      dispensedOn: '2026-03-04',
      annulment: false,
      completed: true,
      patientRefusedSubstitution: false,
      pharmacy: PHARMACY,
      referanseM10: '0195a1b2-0000-7000-8000-000000000b10',
      dispensed: { numberOfPackages: 1, drug: { kind: 'package', varenr: '012345' } },
    });
  });
});
