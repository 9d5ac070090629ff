/** Delivery workers for the outbox tests: short leases and backoffs so a fault heals in milliseconds, not minutes. */
import type { DatabaseConnection } from '../../db/connection';
import type { DeliveryAnswer, DeliveryHooks } from '../../electron/integrations/outbox/delivery-hooks.types';
import {
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
} from '../../electron/integrations/outbox/delivery.worker';
import type { ReseptformidlerClient } from '../../electron/integrations/outbox/reseptformidler.client';
import { CLINIC } from '../simulators/rf-messages';

export interface RecordedAnswer {
  msgId: string;
  answer: DeliveryAnswer;
}

/** Hooks that remember what they were told, as the prescribing service would act on it. */
export function recordingHooks(): { hooks: DeliveryHooks; answers: RecordedAnswer[] } {
  const answers: RecordedAnswer[] = [];
  return {
    answers,
    hooks: {
      onAnswer(outgoing, answer) {
        answers.push({ msgId: outgoing.msg_id, answer });
        return Promise.resolve();
      },
    },
  };
}

export function testWorker(
  conn: DatabaseConnection,
  client: ReseptformidlerClient,
  overrides: Partial<DeliveryWorkerOptions> = {},
): DeliveryWorker {
  return createDeliveryWorker({
    db: conn.db,
    client,
    owner: 'pc-a:1',
    clinicHerId: CLINIC.herId,
    leaseMs: 10_000,
    batchSize: 50,
    concurrency: 4,
    backoff: { baseMs: 10, maxMs: 100 },
    answerTimeoutMs: 60_000,
    ...overrides,
  });
}
