/**
 * Messages a test clinic sends the simulated reseptformidler, built with the app's own builders. Dates follow the
 * day the test says it is, so a prescription is as valid on any day the suite runs. People are fictional, with
 * Test Norge numbers (month + 80).
 */
import { randomUUID } from 'node:crypto';
import { buildM1Message } from '../../electron/integrations/messages/m1.builder';
import type { Prescription } from '../../electron/integrations/messages/m1.types';
import { buildM41Message } from '../../electron/integrations/messages/m41.builder';
import { buildM5Message } from '../../electron/integrations/messages/m5.builder';
import { buildM95Message } from '../../electron/integrations/messages/m95.builder';
import type { MsgHeadPatient, Party } from '../../electron/integrations/messages/msghead.types';
import type { PrescriptionListRequest } from '../../electron/integrations/messages/reseptliste.types';
import type { Revocation } from '../../electron/integrations/messages/tilbakekalling.types';
import { CLINIC, HVIT, PATIENT_FNR, RESEPTFORMIDLEREN } from '../messages/message-samples';

export { CLINIC, PATIENT_FNR, RESEPTFORMIDLEREN };

/** A second doctor at the same clinic. */
export const OTHER_DOCTOR: Party = {
  ...CLINIC,
  professional: { hprNummer: '565502113', familyName: 'Berg', givenName: 'Ola' },
};

/** Another clinic, with its own HER-id and inbox. */
export const OTHER_CLINIC: Party = {
  name: 'Nordbyen legekontor',
  herId: '8142777',
  organisationNumber: '987654317',
  address: { type: 'PST', streetAddress: 'Torget 1', postalCode: '5501', city: 'Haugesund' },
  professional: { hprNummer: '565503019', familyName: 'Lie', givenName: 'Nina' },
};

export const PATIENT: MsgHeadPatient = {
  familyName: 'Nordmann',
  givenName: 'Åse',
  ident: { id: PATIENT_FNR, type: 'FNR' },
};

/** A second Test Norge patient (born 2 February 1975). */
export const OTHER_PATIENT: MsgHeadPatient = {
  familyName: 'Hansen',
  givenName: 'Per',
  ident: { id: '02827512322', type: 'FNR' },
};

/** A visitor without a Norwegian number: identified by name, birth date and sex (R0908 §4.1.1). */
export const VISITOR: MsgHeadPatient = { familyName: 'Müller', givenName: 'Anna', dateOfBirth: '1980-05-17', sex: '2' };

export interface BuiltMessage {
  msgId: string;
  xml: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface M1Options {
  today: string;
  prescription?: Partial<Prescription>;
  patient?: MsgHeadPatient;
  sender?: Party;
  msgId?: string;
}

export function m1(options: M1Options): BuiltMessage {
  const msgId = options.msgId ?? randomUUID();
  const prescription: Prescription = {
    ...HVIT,
    prescribedOn: options.today,
    expiresOn: addDays(options.today, 365),
    ...options.prescription,
  };
  const xml = buildM1Message({
    envelope: {
      msgId,
      genDate: `${options.today}T09:00:00Z`,
      sender: options.sender ?? CLINIC,
      receiver: RESEPTFORMIDLEREN,
      patient: options.patient ?? PATIENT,
    },
    prescription,
  });
  return { msgId, xml };
}

export function m41(count: number, sender: Party = CLINIC): BuiltMessage {
  const msgId = randomUUID();
  return {
    msgId,
    xml: buildM41Message({
      envelope: { msgId, genDate: new Date().toISOString(), sender, receiver: RESEPTFORMIDLEREN },
      count,
    }),
  };
}

export function m5(revocation: Revocation, sender: Party = CLINIC, patient: MsgHeadPatient = PATIENT): BuiltMessage {
  const msgId = randomUUID();
  return {
    msgId,
    xml: buildM5Message({
      envelope: { msgId, genDate: new Date().toISOString(), sender, receiver: RESEPTFORMIDLEREN, patient },
      revocation,
    }),
  };
}

export function m95(request: Partial<PrescriptionListRequest>, sender: Party = CLINIC): BuiltMessage {
  const msgId = randomUUID();
  return {
    msgId,
    xml: buildM95Message({
      envelope: { msgId, genDate: new Date().toISOString(), sender, receiver: RESEPTFORMIDLEREN, patient: PATIENT },
      request: { fnr: PATIENT_FNR, allPrescriptions: true, referansenumre: [], compressionThreshold: 0, ...request },
    }),
  };
}
