/**
 * Connects the delivery worker (electron/integrations/outbox) to the prescribing service's hooks: the worker
 * reports RF's verdicts and incoming messages; the hooks say what they mean for a prescription.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { DeliveryAnswer, DeliveryHooks } from '../integrations/outbox/delivery-hooks.types';
import {
  createPrescriptionDeliveryHooks,
  type AppRecVerdict,
} from '../services/prescriptions/prescription-delivery-hooks';

/** RF's kinds of incoming message the prescribing service handles (ERM96: the reseptliste, read when shown). */
const PRESCRIPTION_INCOMING = ['ERM6', 'ERM52', 'ERM42', 'ERM96'] as const;

export function verdictOf(answer: DeliveryAnswer): AppRecVerdict {
  // An HTTP 400 has no AppRec: it is a refusal, like AppRec status 2 (avvist).
  const code = answer.appRecStatus ?? (answer.outcome === 'rejected' ? '2' : '1');
  return { status: { code }, errors: answer.errors.map((e) => ({ code: e.code, originalText: e.text })) };
}

export function prescriptionDeliveryHooks(db: Kysely<Database>): DeliveryHooks {
  const hooks = createPrescriptionDeliveryHooks(db);
  return {
    onAnswer: (outgoing, answer, trx, now) => hooks.onAnswer(trx, outgoing, verdictOf(answer), now),
    onIncoming: Object.fromEntries(
      PRESCRIPTION_INCOMING.map((kind) => [
        kind,
        async (
          message: { msgId: string; kind: string; xml: string },
          trx: Parameters<typeof hooks.onIncoming>[0],
          now: Date,
        ) => {
          await hooks.onIncoming(trx, { kind: message.kind, msgId: message.msgId, payload: message.xml }, now);
        },
      ]),
    ),
  };
}
