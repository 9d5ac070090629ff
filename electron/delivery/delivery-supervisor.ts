/**
 * Runs the delivery worker for this backend once the clinic exists (its HER-id is the worker's inbox at RF):
 * a fresh install has no clinic until first-start setup, and the worker must not need a restart after it.
 */
import os from 'node:os';
import type { Kysely } from 'kysely';
import { findClinic } from '../../db/repositories/clinic.repository';
import type { Database } from '../../db/schema';
import { createDeliveryWorker, type DeliveryWorker } from '../integrations/outbox/delivery.worker';
import { createReseptformidlerClient } from '../integrations/outbox/reseptformidler.client';
import type { Logger } from '../logger';
import { prescriptionDeliveryHooks } from './prescription-delivery';

export interface DeliveryOptions {
  /** The reseptformidler's base URL (the demo clinic: the simulator it starts). */
  reseptformidlerUrl: string;
  intervalMs?: number;
  answerTimeoutMs?: number;
}

export interface DeliverySupervisor {
  /** The running worker, once the clinic is set up. */
  worker(): DeliveryWorker | undefined;
  stop(): Promise<void>;
}

export function superviseDelivery(
  db: Kysely<Database>,
  options: DeliveryOptions,
  deps: { clock: () => Date; logger: Logger },
): DeliverySupervisor {
  let worker: DeliveryWorker | undefined;
  let stopped = false;
  const client = createReseptformidlerClient({ baseUrl: options.reseptformidlerUrl });
  const tryStart = async (): Promise<void> => {
    if (worker || stopped) return;
    const clinic = await findClinic(db);
    if (!clinic || stopped) return;
    worker = createDeliveryWorker({
      db,
      client,
      owner: `${os.hostname()}:${process.pid}`,
      clinicHerId: clinic.her_id,
      hooks: prescriptionDeliveryHooks(db),
      clock: deps.clock,
      logger: deps.logger,
      ...(options.intervalMs !== undefined && { intervalMs: options.intervalMs }),
      ...(options.answerTimeoutMs !== undefined && { answerTimeoutMs: options.answerTimeoutMs }),
    });
    worker.start();
  };
  const check = () => {
    tryStart().catch((error: unknown) => deps.logger.error('delivery worker did not start', { error: String(error) }));
  };
  check();
  const timer = setInterval(check, options.intervalMs ?? 2_000);
  timer.unref();
  return {
    worker: () => worker,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await worker?.stop();
    },
  };
}
