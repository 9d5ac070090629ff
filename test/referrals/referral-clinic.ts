/**
 * A clinic ready to refer, for the referral tests: the real backend and router, two leger and a helsesekretær
 * logged in, and a Test Norge patient (fictional, month + 80) with a signed note, a next of kin and CAVE.
 */
import { ensureDemoRegister } from '../../electron/services/referrals/address-register.service';
import type { Backend, BackendOptions } from '../../electron/backend';
import type { CallInput } from '../../shared/api/contract';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { tnr } from '../support/people';

export interface ReferralClinic {
  backend: Backend;
  c: TestClinic;
  patientId: string;
  noteId: string;
  /** A complete referral to the demo register's Ortopedisk poliklinikk. */
  complete: (extra?: Partial<CallInput<'referrals.send'>['content']>) => CallInput<'referrals.send'>;
}

export const ORTOPEDI = '999900103';
export const NEVRO = '999900301';

export async function referralClinic(
  dataDir: string,
  clock?: () => Date,
  delivery?: BackendOptions['delivery'],
): Promise<ReferralClinic> {
  const backend = await testBackend(dataDir, clock, delivery);
  const c = await testClinic(backend);
  // The demo register (test HER-ids) is seed-demo's; a test clinic loads it as the demo does.
  await backend.conn.db.transaction().execute((trx) => ensureDemoRegister(trx, new Date()));
  const patientId = value(
    await c.sekretaer('patients.register', {
      identityNumber: tnr('1968-05-14', 'female'),
      givenName: 'Kari',
      familyName: 'Nordmann',
      addressLine: 'Strandgata 12',
      postalCode: '5501',
      mobilePhone: '91234567',
      preferredLanguage: 'Polsk',
      interpreterNeeded: true,
    }),
  ).id;
  value(
    await c.sekretaer('patients.addRelation', {
      patientId,
      kind: 'next_of_kin',
      name: 'Ola Nordmann',
      relation: 'Ektefelle',
      phone: '92345678',
    }),
  );
  value(
    await c.lege1('cave.add', {
      patientId,
      allergenText: 'Penicillin',
      reaction: 'Urticaria',
      severity: 'moderat',
      certainty: 'bekreftet',
      source: 'pasient',
      notedOn: '2020-01-01',
    }),
  );
  const note = value(await c.lege1('journal.start', { patientId, contactType: 'oppmote' }));
  value(
    await c.lege1('journal.saveDraft', {
      noteId: note.id,
      versionId: note.current.id,
      fields: {
        reasonForContact: 'Vondt i kneet',
        anamnese: 'Smerter i høyre kne i tre måneder, verre ved trapper.',
        funn: 'Hevelse, positiv McMurray.',
        vurdering: 'Mistenkt meniskskade.',
        tiltak: 'Henvises ortoped.',
      },
      diagnoses: [{ system: 'ICPC-2', code: 'L96', isMain: true, isLasting: false }],
      measurements: [],
    }),
  );
  value(await c.lege1('journal.sign', { noteId: note.id, versionId: note.current.id }));
  return {
    backend,
    c,
    patientId,
    noteId: note.id,
    complete: (extra = {}) => ({
      patientId,
      content: {
        recipientHerId: ORTOPEDI,
        hastegrad: 'N',
        purpose: 'utredning',
        problemstilling: 'Smerter i høyre kne i tre måneder, mistenkt meniskskade.',
        askedFor: 'Vurdering av artroskopi.',
        diagnoses: [{ system: 'ICPC-2', code: 'L96', text: 'Akutt meniskskade' }],
        ...extra,
      },
    }),
  };
}
