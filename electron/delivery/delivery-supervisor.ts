/**
 * Runs the delivery worker for this backend once the clinic exists (its HER-id is the worker's inbox at RF):
 * a fresh install has no clinic until first-start setup, and the worker must not need a restart after it.
 */
import os from 'node:os';
import type { Kysely } from 'kysely';
import { findClinic } from '../../db/repositories/clinic.repository';
import type { Database } from '../../db/schema';
import { createDeliveryWorker, type DeliveryRoute, type DeliveryWorker } from '../integrations/outbox/delivery.worker';
import { createReseptformidlerClient } from '../integrations/outbox/reseptformidler.client';
import type { Logger } from '../logger';
import { RESEPTFORMIDLEREN } from '../services/prescriptions/prescription-messages';
import { combineHooks } from './combine-hooks';
import { inboxDeliveryHooks } from './inbox-delivery';
import { prescriptionDeliveryHooks } from './prescription-delivery';
import { referralDeliveryHooks } from './referral-delivery';

export interface DeliveryOptions {
  /** The reseptformidler's base URL (the demo clinic: the simulator it starts). */
  reseptformidlerUrl: string;
  /**
   * Where messages to other receivers go (henvisninger to spesialisthelsetjenesten): Helsenett's message
   * exchange, here the simulated specialist service. Without it those messages wait in the outbox.
   */
  helsenettUrl?: string;
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
  deps: { clock: () => Date; logger: Logger; onReceived?: (kinds: ReadonlySet<string>) => void },
): DeliverySupervisor {
  let worker: DeliveryWorker | undefined;
  let stopped = false;
  const client = createReseptformidlerClient({ baseUrl: options.reseptformidlerUrl });
  const helsenett = options.helsenettUrl ? createReseptformidlerClient({ baseUrl: options.helsenettUrl }) : undefined;
  const routes: DeliveryRoute[] = helsenett
    ? [{ label: 'Mottakeren', client: helsenett, accepts: (herId) => herId !== RESEPTFORMIDLEREN.herId }]
    : [];
  const tryStart = async (): Promise<void> => {
    if (worker || stopped) return;
    const clinic = await findClinic(db);
    if (!clinic || stopped) return;
    worker = createDeliveryWorker({
      db,
      client,
      routes,
      // Without Helsenett only the reseptformidler's messages leave; henvisninger wait for a route.
      ...(!helsenett && { receivers: [RESEPTFORMIDLEREN.herId] }),
      owner: `${os.hostname()}:${process.pid}`,
      clinicHerId: clinic.her_id,
      hooks: combineHooks(prescriptionDeliveryHooks(db), referralDeliveryHooks(db), inboxDeliveryHooks(db)),
      ...(deps.onReceived && { onReceived: deps.onReceived }),
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
