/** A clinic for the inbox tests: the real backend and router, two leger and a helsesekretær, two patients. */
import { randomUUID } from 'node:crypto';
import type { Backend } from '../../electron/backend';
import { enqueueOutgoing } from '../../db/repositories/outbox.repository';
import { systemContext } from '../../electron/services/context';
import type { InboxStoreResult } from '../../shared/api/inbox-views';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { tnr } from '../support/people';

export interface InboxClinic {
  backend: Backend;
  c: TestClinic;
  kari: { id: string; fnr: string };
  ola: { id: string; fnr: string };
  /** Imports XML through the service the CLI uses. */
  importXml: (xml: string) => Promise<InboxStoreResult>;
  /** Records that we sent a henvisning with this MsgId for this referral (an outbox row, subject 'referral'). */
  sentReferral: (msgId: string, referralId: string) => Promise<void>;
}

export async function inboxClinic(dataDir: string, clock: () => Date): Promise<InboxClinic> {
  const backend = await testBackend(dataDir, clock);
  const c = await testClinic(backend);
  const register = async (givenName: string, familyName: string, birthDate: string, sex: 'female' | 'male') => {
    const fnr = tnr(birthDate, sex);
    const id = value(await c.sekretaer('patients.register', { identityNumber: fnr, givenName, familyName })).id;
    return { id, fnr };
  };
  const kari = await register('Kari', 'Nordmann', '1968-05-14', 'female');
  const ola = await register('Ola', 'Hansen', '1975-02-03', 'male');
  return {
    backend,
    c,
    kari,
    ola,
    importXml: (xml) =>
      backend.services.inbox.importMessage(
        systemContext('cli (test)', 'test-pc', clock()),
        new TextEncoder().encode(xml),
      ),
    sentReferral: async (msgId, referralId) => {
      await enqueueOutgoing(backend.conn.db, {
        id: randomUUID(),
        msgId,
        kind: 'HENVISNING_NYTILSTAND',
        receiverHerId: '90998',
        payload: '<MsgHead/>',
        subjectType: 'referral',
        subjectId: referralId,
        now: clock().toISOString(),
      });
    },
  };
}
