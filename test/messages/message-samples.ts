/**
 * Sample message inputs for the message tests: a fictional clinic, doctor and Test Norge patients (month + 80),
 * never real people. The reseptformidler's name, HER-id and organisasjonsnummer are the public ones from the
 * official R0908 example messages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Prescription, PrescriptionMessageInput } from '../../electron/integrations/messages/m1.types';
import type { MsgHeadInput, Party } from '../../electron/integrations/messages/msghead.types';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/messages');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export const CLINIC: Party = {
  name: 'Fjordheim legesenter',
  herId: '8142519',
  organisationNumber: '987654325',
  address: { type: 'PST', streetAddress: 'Strandgata 12', postalCode: '5501', city: 'Haugesund' },
  phone: '52 70 11 00',
  professional: { hprNummer: '565501872', familyName: 'Aasen', givenName: 'Kari', middleName: 'Øvre' },
};

export const RESEPTFORMIDLEREN: Party = { name: 'Reseptformidleren', herId: '80624', organisationNumber: '915933149' };

/** Test Norge fødselsnummer (born 15.03.1989, month + 80). */
export const PATIENT_FNR = '15838912483';

export function envelope(msgId: string): Omit<MsgHeadInput, 'type'> {
  return {
    msgId,
    genDate: '2026-03-02T09:15:00.000Z',
    sender: CLINIC,
    receiver: RESEPTFORMIDLEREN,
    patient: {
      familyName: 'Nordmann',
      givenName: 'Åse',
      ident: { id: PATIENT_FNR, type: 'FNR' },
      address: { type: 'H', postalCode: '5501', city: 'Haugesund', municipality: { code: '1106', name: 'Haugesund' } },
    },
  };
}

/** Hvit resept on varenummer: the patient pays. */
export const HVIT: Prescription = {
  prescribedOn: '2026-03-02',
  expiresOn: '2027-03-02',
  drug: {
    kind: 'package',
    varenr: '012345',
    navnFormStyrke: 'Paracet Tab 500 mg',
    reseptgruppe: 'C',
    atc: { code: 'N02BE01', displayName: 'Paracetamol' },
    legemiddelform: { code: '53', displayName: 'Tablett' },
    varenavn: 'Paracet',
    packageSize: '20',
    packageUnit: { code: 'stk', displayName: 'stykk' },
  },
  dosingText: '1 tablett ved behov, inntil 4 ganger daglig',
  usage: '3',
  indication: 'Mot smerter',
  numberOfPackages: 1,
  reit: 0,
  locked: false,
  noGenericSubstitution: false,
  festUpdatedAt: '2026-03-01T06:00:00',
};

/** Blå resept § 2 with an ICPC-2 refusjonskode, reit and reservation against substitution. */
export const BLA: Prescription = {
  prescribedOn: '2026-03-02',
  expiresOn: '2027-03-02',
  drug: {
    kind: 'brand',
    varenavn: 'Lipitor',
    festId: 'ID_7B8E8E2C-0C1A-4F5B-9F42-000000000001',
    navnFormStyrke: 'Lipitor Tab 20 mg',
    reseptgruppe: 'C',
    atc: { code: 'C10AA05', displayName: 'Atorvastatin' },
    legemiddelform: { code: '53', displayName: 'Tablett' },
  },
  dosingText: '1 tablett om kvelden',
  usage: '1',
  indication: 'Mot høyt kolesterol',
  numberOfPackages: 1,
  reit: 3,
  refund: { hjemmel: '200', code: { system: 'ICPC-2', code: 'T93', displayName: 'Lipidforstyrrelse' } },
  locked: false,
  noGenericSubstitution: true,
  note: 'Pasienten har tålt originalpreparatet best',
  festUpdatedAt: '2026-03-01T06:00:00',
};

/** Låst resept on active substance, with the referansenummer from RF's M4.2. */
export const LAST: Prescription = {
  prescribedOn: '2026-03-02',
  expiresOn: '2026-03-12',
  drug: {
    kind: 'substance',
    festId: 'ID_2F4C1A77-5E0B-4C61-8F1D-000000000002',
    navnFormStyrke: 'Amoksicillin Tab 500 mg',
    reseptgruppe: 'C',
    atc: { code: 'J01CA04', displayName: 'Amoksicillin' },
  },
  dosingText: '1 tablett 3 ganger daglig i 7 dager',
  usage: '2',
  quantity: { value: 21, unit: 'stk' },
  reit: 0,
  locked: true,
  referansenummer: '20260302ABCD',
  noGenericSubstitution: false,
  festUpdatedAt: '2026-03-01T06:00:00',
};

export function m1Input(msgId: string, prescription: Prescription): PrescriptionMessageInput {
  return { envelope: envelope(msgId), prescription };
}
