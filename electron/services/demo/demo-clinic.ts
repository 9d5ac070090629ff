/**
 * The demo clinic and its fixed logins. The passwords are published on purpose (CLI README, seed-demo's output):
 * a demo clinic holds only fictional patients, and a trainer must be able to log in without asking anyone.
 * Never seed a demo into a folder a real clinic uses.
 */
import type { Role } from '../../../shared/schemas/roles';

export const DEMO_CLINIC = {
  name: 'Allmenn demolegekontor',
  // Valid mod-11 control digit, but outside the 8xx/9xx series Enhetsregisteret issues: no real organisation.
  organisationNumber: '123456785',
  // HER-ids and HPR-numbers below are 9 digits starting with 9, above the ranges seen in use, so a demo message
  // should never address a real clinic or carry a real doctor's number (not confirmed against the registers).
  herId: '900000001',
} as const;

export interface DemoLogin {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  hprNumber?: string;
  /** Listetak for a doctor: the number of patients the doctor has agreed to have on the fastlegeliste. */
  listCeiling?: number;
}

/** The administrator first: the clinic service's setup creates it together with the clinic. */
export const DEMO_ADMIN: DemoLogin = {
  username: 'admin',
  password: 'demo-admin-passord',
  displayName: 'Kari Nordmann',
  role: 'administrator',
};

export const DEMO_STAFF: readonly DemoLogin[] = [
  {
    username: 'lege1',
    password: 'demo-lege1-passord',
    displayName: 'Ingrid Haugland',
    role: 'lege',
    hprNumber: '900000101',
    listCeiling: 1200,
  },
  {
    username: 'lege2',
    password: 'demo-lege2-passord',
    displayName: 'Jonas Brekke',
    role: 'lege',
    hprNumber: '900000102',
    // A part-time doctor's shorter list, so the overview shows two different listetak.
    listCeiling: 1000,
  },
  {
    username: 'sekretaer',
    password: 'demo-sekretaer-passord',
    displayName: 'Sara Lien',
    role: 'helsesekretaer',
  },
];

export const DEMO_LOGINS: readonly DemoLogin[] = [DEMO_ADMIN, ...DEMO_STAFF];
