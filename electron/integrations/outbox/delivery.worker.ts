/**
 * Delivers the outbox to the reseptformidler (and, by route, to other receivers) and brings their answers home
 * (ARCHITECTURE.md, "Messages to the outside world"). Exactly-once rests on three things: a lease, so two PCs sharing the database never post the same row at
 * the same time; the stable MsgId, so any resend (after a timeout, a crash, a lost answer) is a duplicate RF
 * recognises; and the inbox record per MsgId, so RF's at-least-once inbox is processed once. No 'electron' here:
 * the backend, the tests and the benchmark all run it in plain Node.
 */
import type { Kysely } from 'kysely';
import {
  claimDueMessages,
  findOutgoingByMsgId,
  markAnswered,
  markRetry,
  markSent,
  requeueUnanswered,
} from '../../../db/repositories/outbox.repository';
import type { Database, OutboxMessageRow } from '../../../db/schema';
import { silentLogger, type Logger } from '../../logger';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffOptions } from './retry-backoff';
import type { DeliveryAnswer, DeliveryHooks } from './delivery-hooks.types';
import { handleInboxItem, type InboxItemResult } from './inbox.dispatcher';
import type { InboxItem, PostOutcome, ReseptformidlerClient } from './reseptformidler.client';

/**
 * Where a message goes, by its receiver's HER-id. The reseptformidler is the default; a referral goes to the
 * receiving service over Helsenett. Every route speaks the same post/inbox/ack interface, and the same outbox,
 * lease, MsgId and inbox record give every route the same exactly-once delivery.
 */
export interface DeliveryRoute {
  /** For logs and messages, in Norwegian: "Reseptformidleren", "Mottakeren". */
  label: string;
  client: ReseptformidlerClient;
  accepts(receiverHerId: string): boolean;
}

export interface DeliveryWorkerOptions {
  db: Kysely<Database>;
  /** The default route: the reseptformidler. */
  client: ReseptformidlerClient;
  /** Other receivers, tried in order before the default; each route's inbox is read as well. */
  routes?: readonly DeliveryRoute[];
  /**
   * Claim only messages to these HER-ids (undefined: all). Without a route to Helsenett a henvisning must wait in
   * the outbox, not go to the reseptformidler, which would refuse it and mark it rejected for good.
   */
  receivers?: readonly string[];
  /** Stable per PC and process (e.g. `${hostname}:${pid}`): the lease says who is posting a row. */
  owner: string;
  /** The clinic's HER-id: its inbox at RF. */
  clinicHerId: string;
  hooks?: DeliveryHooks;
  clock?: () => Date;
  logger?: Logger;
  /** How long a claim lasts; a crashed worker's rows are taken over after this. Must cover a whole batch. */
  leaseMs?: number;
  /** Rows claimed per runOnce. */
  batchSize?: number;
  /** Posts in flight at once within a batch. */
  concurrency?: number;
  backoff?: Partial<BackoffOptions>;
  /** A message sent this long ago without an AppRec is sent again, same MsgId ("accepted, answer dropped"). */
  answerTimeoutMs?: number;
  /** Inbox messages fetched per request (RF allows up to 1000). */
  inboxBatchSize?: number;
  /** Pause between ticks when started. */
  intervalMs?: number;
  /**
   * Told, after their transaction committed, which incoming messages were recorded, so open windows can be asked
   * to refresh (a new epikrise in Innboks) without polling. Must not throw.
   */
  onReceived?: (kinds: ReadonlySet<string>) => void;
}

export interface DeliveryRun {
  claimed: number;
  accepted: number;
  retried: number;
  refused: number;
}

export interface InboxRun {
  received: number;
  deferred: number;
  failed: number;
}

export interface DeliveryWorker {
  /** Claims one batch of due messages and posts each; records sent, retry or refused. */
  runOnce(): Promise<DeliveryRun>;
  /** Reads RF's inbox until it is empty (or only holds deferred answers), records and dispatches, acks. */
  pollInbox(): Promise<InboxRun>;
  /** Puts messages sent longer than answerTimeoutMs ago without an answer back in the queue. */
  requeueUnanswered(): Promise<number>;
  /** One round of everything: requeue, deliver and poll until there is nothing more to do right now. */
  tick(): Promise<void>;
  /** Runs tick on a timer that does not keep the process alive. */
  start(): void;
  /** Stops the timer and waits for a tick in progress. */
  stop(): Promise<void>;
}

const DEFAULTS = {
  leaseMs: 2 * 60_000,
  batchSize: 50,
  concurrency: 4,
  answerTimeoutMs: 15 * 60_000,
  inboxBatchSize: 200,
  intervalMs: 2_000,
};

/** Posting stops this long before the lease ends: at least the client's request timeout (10 s by default). */
const LEASE_MARGIN_MS = 15_000;

/** Rounds of delivery + inbox per tick, so one tick cannot run forever while others keep enqueueing. */
const MAX_ROUNDS_PER_TICK = 100;

type PostResult = PostOutcome | { kind: 'lease-expired' };

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

function refusalAnswer(label: string, outcome: { error: string; message: string }): DeliveryAnswer {
  return {
    outcome: 'rejected',
    appRecStatus: null,
    appRecMsgId: null,
    errors: [{ code: outcome.error, text: `${label} kunne ikke lese meldingen: ${outcome.message}` }],
  };
}

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { db, client, owner, clinicHerId } = options;
  const hooks = options.hooks ?? {};
  const clock = options.clock ?? ((): Date => new Date());
  const logger = options.logger ?? silentLogger;
  const leaseMs = options.leaseMs ?? DEFAULTS.leaseMs;
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  const concurrency = options.concurrency ?? DEFAULTS.concurrency;
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...options.backoff };
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULTS.answerTimeoutMs;
  const inboxBatchSize = options.inboxBatchSize ?? DEFAULTS.inboxBatchSize;
  const intervalMs = options.intervalMs ?? DEFAULTS.intervalMs;
  const defaultRoute: DeliveryRoute = { label: 'Reseptformidleren', client, accepts: () => true };
  const routes: readonly DeliveryRoute[] = [...(options.routes ?? []), defaultRoute];
  const routeOf = (row: OutboxMessageRow): DeliveryRoute =>
    routes.find((r) => r.accepts(row.receiver_her_id)) ?? defaultRoute;

  const retryAt = (row: OutboxMessageRow, now: Date): string =>
    new Date(now.getTime() + retryDelayMs(row.attempts, backoff)).toISOString();

  // A 400 is RF's final word on these bytes: the row is rejected and the owner told, in one transaction. If that
  // fails (a hook's bug), the row stays pending and the next attempt gets the same 400 and tries again.
  async function refuse(row: OutboxMessageRow, outcome: { error: string; message: string }): Promise<void> {
    const now = clock();
    const answer = refusalAnswer(routeOf(row).label, outcome);
    try {
      await db.transaction().execute(async (trx) => {
        // Still ours? After a lease ran out another worker may have taken (and refused) it: tell the hook once.
        const current = await findOutgoingByMsgId(trx, row.msg_id);
        if (current?.status !== 'pending' || current.lease_owner !== owner) return;
        await markAnswered(trx, row.msg_id, {
          status: 'rejected',
          answerStatus: 'http-400',
          now: now.toISOString(),
          error: answer.errors.map((e) => `${e.code}: ${e.text}`).join('; '),
        });
        await hooks.onAnswer?.(row, answer, trx, now);
      });
      logger.warn('the receiver refused a message', { msgId: row.msg_id, kind: row.kind, error: outcome.error });
    } catch (error) {
      logger.error('recording a refusal failed', { msgId: row.msg_id, error: String(error) });
      await markRetry(db, row.id, owner, { nextAttemptAt: retryAt(row, now), error: `refused: ${outcome.error}` });
    }
  }

  async function runOnce(): Promise<DeliveryRun> {
    const claimedAt = clock();
    const leaseUntil = new Date(claimedAt.getTime() + leaseMs);
    const rows = await claimDueMessages(db, {
      owner,
      now: claimedAt.toISOString(),
      leaseUntil: leaseUntil.toISOString(),
      limit: batchSize,
      ...(options.receivers && { receivers: options.receivers }),
    });
    const run: DeliveryRun = { claimed: rows.length, accepted: 0, retried: 0, refused: 0 };
    if (rows.length === 0) return run;

    // Past our lease another worker may take the row: a post started too close to its end could race that one's
    // (harmless, RF dedupes, but not ours to do). The margin covers one request's timeout.
    const lastPostAt = leaseUntil.getTime() - Math.min(LEASE_MARGIN_MS, leaseMs / 4);
    const results = await mapLimited(rows, concurrency, async (row): Promise<PostResult> => {
      if (clock().getTime() >= lastPostAt) return { kind: 'lease-expired' };
      return routeOf(row).client.postMessage(row.payload);
    });

    // One commit for the batch's bookkeeping: a crash before it only means these rows are posted again after the
    // lease, and RF answers a known MsgId as a duplicate.
    const now = clock();
    const failures: string[] = [];
    await db.transaction().execute(async (trx) => {
      for (const [index, row] of rows.entries()) {
        const result = results[index];
        if (result?.kind === 'accepted') {
          await markSent(trx, row.id, owner, now.toISOString());
          run.accepted++;
        } else if (result?.kind === 'transport-failure') {
          await markRetry(trx, row.id, owner, { nextAttemptAt: retryAt(row, now), error: result.reason });
          failures.push(result.reason);
          run.retried++;
        }
      }
    });
    for (const [index, row] of rows.entries()) {
      const result = results[index];
      if (result?.kind === 'refused') {
        await refuse(row, result);
        run.refused++;
      }
    }
    if (failures.length > 0) {
      logger.warn('messages not taken; retrying later', { count: failures.length, reason: failures[0] });
    }
    return run;
  }

  async function processBatch(items: readonly InboxItem[]): Promise<Map<string, InboxItemResult>> {
    const now = clock();
    const results = new Map<string, InboxItemResult>();
    try {
      // Fast path: the whole batch in one transaction (one fsync under synchronous=FULL instead of one per item).
      await db.transaction().execute(async (trx) => {
        for (const item of items) results.set(item.msgId, await handleInboxItem(trx, item, hooks, logger, now));
      });
      return results;
    } catch (error) {
      logger.warn('inbox batch failed; processing one by one', { error: String(error) });
    }
    results.clear();
    for (const item of items) {
      try {
        const result = await db.transaction().execute((trx) => handleInboxItem(trx, item, hooks, logger, now));
        results.set(item.msgId, result);
      } catch (error) {
        // Not acked: RF hands it out again on the next poll, and the transaction left nothing behind.
        logger.error('processing an incoming message failed', {
          msgId: item.msgId,
          kind: item.kind,
          error: String(error),
        });
      }
    }
    return results;
  }

  async function pollInbox(): Promise<InboxRun> {
    const run: InboxRun = { received: 0, deferred: 0, failed: 0 };
    for (const route of routes) {
      const one = await pollRouteInbox(route.client);
      run.received += one.received;
      run.deferred += one.deferred;
      run.failed += one.failed;
    }
    return run;
  }

  async function pollRouteInbox(client: ReseptformidlerClient): Promise<InboxRun> {
    const run: InboxRun = { received: 0, deferred: 0, failed: 0 };
    for (let round = 0; round < MAX_ROUNDS_PER_TICK; round++) {
      let items: InboxItem[];
      try {
        items = await client.fetchInbox(clinicHerId, inboxBatchSize);
      } catch (error) {
        logger.warn('could not read an inbox', { error: String(error) });
        return run;
      }
      if (items.length === 0) return run;
      const results = await processBatch(items);
      const done = items.filter((item) => results.get(item.msgId) === 'done').map((item) => item.msgId);
      run.received += done.length;
      if (done.length > 0) {
        const doneIds = new Set(done);
        options.onReceived?.(new Set(items.filter((item) => doneIds.has(item.msgId)).map((item) => item.kind)));
      }
      run.deferred += items.filter((item) => results.get(item.msgId) === 'deferred').length;
      run.failed += items.filter((item) => !results.has(item.msgId)).length;
      try {
        await client.ack(clinicHerId, done);
      } catch (error) {
        // Recorded already: RF hands them out again and the inbox record turns them into no-ops.
        logger.warn('could not ack an inbox', { error: String(error) });
        return run;
      }
      if (done.length < items.length || items.length < inboxBatchSize) return run;
    }
    return run;
  }

  async function requeue(): Promise<number> {
    const now = clock();
    const count = await requeueUnanswered(
      db,
      new Date(now.getTime() - answerTimeoutMs).toISOString(),
      now.toISOString(),
    );
    if (count > 0) logger.info('resending messages RF never answered', { count });
    return count;
  }

  async function tick(): Promise<void> {
    await requeue();
    for (let round = 0; round < MAX_ROUNDS_PER_TICK; round++) {
      const delivered = await runOnce();
      const inbox = await pollInbox();
      // Go on while a full batch got through (more may be due) or answers keep coming; a batch that RF took none
      // of means it is down: wait for the timer rather than spin through the backoff.
      const moreToSend = delivered.claimed === batchSize && delivered.accepted + delivered.refused > 0;
      if (!moreToSend && inbox.received === 0) return;
    }
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => logger.error('delivery tick failed', { error: String(error) }))
        .finally(() => {
          running = undefined;
          schedule();
        });
    }, intervalMs);
    // The worker must never be what keeps the app (or a test) from exiting.
    timer.unref();
  };

  return {
    runOnce,
    pollInbox,
    requeueUnanswered: requeue,
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
