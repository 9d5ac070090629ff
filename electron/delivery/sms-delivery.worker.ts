/**
 * Delivers the SMS outbox to the gateway and brings patients' SMS home, like the e-resept delivery worker: a
 * lease so two PCs sharing a database never post the same row at once, a stable msgId so any resend is a
 * duplicate the gateway never sends twice, retry with backoff (electron/integrations/outbox/retry-backoff.ts).
 * A reminder whose appointment was cancelled or moved, or has already begun, is cancelled instead of sent.
 * No 'electron' here: the backend and the tests run it in plain Node.
 */
import type { Kysely } from 'kysely';
import { appointmentForReminder, claimDueSms, finishSms, retrySms } from '../../db/repositories/sms.repository';
import type { Database } from '../../db/schema';
import type { SmsOutboxRow } from '../../db/schema-requests';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffOptions } from '../integrations/outbox/retry-backoff';
import { z } from 'zod';
import { silentLogger, type Logger } from '../logger';
import type { GatewayIncomingSms, SmsGatewayClient } from './sms-gateway.client';

export interface SmsWorkerOptions {
  db: Kysely<Database>;
  client: SmsGatewayClient;
  /** Stable per PC and process (e.g. `${hostname}:${pid}`). */
  owner: string;
  /** Keeps one incoming SMS (idempotent on its id); the inbox is acked only after this resolved. */
  onIncoming?: (sms: GatewayIncomingSms) => Promise<void>;
  clock?: () => Date;
  logger?: Logger;
  leaseMs?: number;
  batchSize?: number;
  backoff?: Partial<BackoffOptions>;
  intervalMs?: number;
}

export interface SmsRun {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
}

export interface SmsWorker {
  runOnce(): Promise<SmsRun>;
  /** Reads the gateway's inbox until it is empty, keeps each SMS, acks. Returns how many were kept. */
  pollInbox(): Promise<number>;
  tick(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

const DEFAULTS = { leaseMs: 60_000, batchSize: 50, intervalMs: 5_000, inboxBatch: 100 };
/** Rounds per tick, so one tick cannot run forever. */
const MAX_ROUNDS = 50;

/** What the gateway hands over is checked, not trusted: a malformed message must not stop the intake. */
const incomingSmsSchema = z.object({
  id: z.string().min(1).max(200),
  from: z.string().min(1).max(40),
  text: z.string().max(2000),
  receivedAt: z.iso.datetime({ offset: true }),
});

export function createSmsWorker(options: SmsWorkerOptions): SmsWorker {
  const { db, client, owner } = options;
  const clock = options.clock ?? ((): Date => new Date());
  const logger = options.logger ?? silentLogger;
  const leaseMs = options.leaseMs ?? DEFAULTS.leaseMs;
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...options.backoff };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  /** A reminder is only worth sending while its appointment is still booked and ahead. */
  async function stillWanted(row: SmsOutboxRow, now: Date): Promise<boolean> {
    if (row.purpose !== 'reminder' || !row.appointment_id) return true;
    const appointment = await appointmentForReminder(db, row.appointment_id);
    return appointment?.status === 'booket' && appointment.starts_at > now.toISOString();
  }

  async function deliver(row: SmsOutboxRow, run: SmsRun): Promise<void> {
    const now = clock();
    if (!(await stillWanted(row, now))) {
      await finishSms(db, row.id, owner, { status: 'cancelled', now: now.toISOString(), attempted: false });
      run.cancelled++;
      return;
    }
    const outcome = await client.send({ msgId: row.msg_id, to: row.to_phone, text: row.text });
    const after = clock();
    if (outcome.kind === 'accepted') {
      await finishSms(db, row.id, owner, { status: 'sent', now: after.toISOString(), attempted: true });
      run.sent++;
    } else if (outcome.kind === 'refused') {
      await finishSms(db, row.id, owner, {
        status: 'failed',
        now: after.toISOString(),
        error: outcome.message,
        attempted: true,
      });
      logger.warn('sms refused by the gateway', { msgId: row.msg_id });
      run.failed++;
    } else {
      const delay = retryDelayMs(row.attempts, backoff);
      await retrySms(db, row.id, owner, {
        nextAttemptAt: new Date(after.getTime() + delay).toISOString(),
        error: outcome.reason,
      });
      run.retried++;
    }
  }

  const worker: SmsWorker = {
    async runOnce() {
      const now = clock();
      const rows = await claimDueSms(db, {
        owner,
        now: now.toISOString(),
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
        limit: batchSize,
      });
      const run: SmsRun = { claimed: rows.length, sent: 0, retried: 0, failed: 0, cancelled: 0 };
      for (const row of rows) await deliver(row, run);
      return run;
    },

    async pollInbox() {
      let kept = 0;
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const messages = await client.fetchInbox(DEFAULTS.inboxBatch);
        if (messages.length === 0) break;
        // One message at a time: an SMS that cannot be read is dropped (it never will be), one whose intake fails
        // stays at the gateway for the next tick, and neither holds up the messages behind it.
        const done: string[] = [];
        for (const raw of messages) {
          const sms = incomingSmsSchema.safeParse(raw);
          if (!sms.success) {
            logger.warn('unreadable SMS from the gateway dropped', { id: String((raw as { id?: unknown }).id) });
            if (typeof (raw as { id?: unknown }).id === 'string') done.push((raw as { id: string }).id);
            continue;
          }
          try {
            await options.onIncoming?.(sms.data);
            done.push(sms.data.id);
          } catch (error) {
            logger.error('incoming SMS not taken in; kept at the gateway', { id: sms.data.id, error: String(error) });
          }
        }
        await client.ack(done);
        kept += done.length;
        if (done.length < messages.length) break;
      }
      return kept;
    },

    async tick() {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const run = await worker.runOnce();
        if (run.claimed < batchSize) break;
      }
      try {
        await worker.pollInbox();
      } catch (error) {
        logger.warn('sms inbox not reachable', { error: String(error) });
      }
    },

    start() {
      if (timer || stopped) return;
      const loop = (): void => {
        running = worker
          .tick()
          .catch((error: unknown) => logger.error('sms worker tick failed', { error: String(error) }))
          .finally(() => {
            running = undefined;
            if (!stopped) {
              timer = setTimeout(loop, options.intervalMs ?? DEFAULTS.intervalMs);
              timer.unref();
            }
          });
      };
      loop();
    },

    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
  return worker;
}
