/**
 * Starts the SMS side of the backend: a timer that plans reminders (services.requests.planReminders) and the
 * worker that delivers the SMS outbox to the gateway and keeps patients' SMS as requests. The backend calls
 * `startSms` once (like superviseDelivery for e-resept); both timers are unref'd and stopped by `stop`.
 */
import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../logger';
import { systemContext } from '../services/context';
import type { Services } from '../services/index';
import { createSmsGatewayClient } from './sms-gateway.client';
import { createSmsWorker, type SmsWorker } from './sms-delivery.worker';

export interface SmsOptions {
  /** The SMS gateway's base URL (the demo clinic: the simulator it starts). Without it only planning runs. */
  gatewayUrl?: string;
  /** How often the worker delivers and polls the gateway's inbox. */
  intervalMs?: number;
  /** How often reminders are planned. */
  reminderIntervalMs?: number;
}

export interface SmsSupervisor {
  worker: SmsWorker | undefined;
  /** Plans the reminders due now (the timer does this on its own). */
  planNow(): Promise<number>;
  stop(): Promise<void>;
}

const DEFAULT_REMINDER_INTERVAL_MS = 5 * 60_000;

export function startSms(
  deps: { db: Kysely<Database>; services: Services; events?: EventBus; clock: () => Date; logger: Logger },
  options: SmsOptions,
): SmsSupervisor {
  const { services, clock, logger } = deps;
  const worker = options.gatewayUrl
    ? createSmsWorker({
        db: deps.db,
        client: createSmsGatewayClient({ baseUrl: options.gatewayUrl }),
        owner: `${os.hostname()}:${process.pid}`,
        clock,
        logger,
        ...(options.intervalMs !== undefined && { intervalMs: options.intervalMs }),
        onIncoming: async (sms) => {
          const kept = await services.requests.inbox.receiveSms(systemContext('SMS-mottak', os.hostname(), clock()), {
            gatewayId: sms.id,
            from: sms.from,
            text: sms.text,
            receivedAt: sms.receivedAt,
          });
          if (kept.created) deps.events?.emit('all', 'requests.changed', { requestId: kept.requestId });
        },
      })
    : undefined;
  const planNow = async (): Promise<number> => (await services.requests.planReminders(clock())).planned;
  const plan = (): void => {
    planNow().catch((error: unknown) => logger.error('reminder planning failed', { error: String(error) }));
  };
  plan();
  const timer = setInterval(plan, options.reminderIntervalMs ?? DEFAULT_REMINDER_INTERVAL_MS);
  timer.unref();
  worker?.start();
  return {
    worker,
    planNow,
    async stop() {
      clearInterval(timer);
      await worker?.stop();
    },
  };
}
