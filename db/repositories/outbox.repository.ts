/** The outbox and inbox of messages to and from the national services. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, InboxMessageRow, OutboxMessageRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface OutgoingMessage {
  id: string;
  msgId: string;
  kind: string;
  receiverHerId: string;
  payload: string;
  subjectType?: string;
  subjectId?: string;
  now: string;
}

/** Call inside the transaction that makes the clinical change the message reports. */
export async function enqueueOutgoing(db: Db, m: OutgoingMessage): Promise<void> {
  await db
    .insertInto('outbox_messages')
    .values({
      id: m.id,
      msg_id: m.msgId,
      kind: m.kind,
      receiver_her_id: m.receiverHerId,
      payload: m.payload,
      subject_type: m.subjectType ?? null,
      subject_id: m.subjectId ?? null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: m.now,
      lease_owner: null,
      lease_until: null,
      last_error: null,
      created_at: m.now,
      sent_at: null,
      answered_at: null,
      answer_status: null,
    })
    .execute();
}

/**
 * Claims up to `limit` due messages for this worker until `leaseUntil`, atomically: a message whose lease another
 * worker holds is skipped; an expired lease (a crashed worker) is taken over. With `receivers`, only messages to
 * those HER-ids: the others have no way out from this worker and stay pending, untouched.
 */
export async function claimDueMessages(
  db: Db,
  worker: { owner: string; now: string; leaseUntil: string; limit: number; receivers?: readonly string[] },
): Promise<OutboxMessageRow[]> {
  const receivers = worker.receivers;
  return db
    .updateTable('outbox_messages')
    .set({ lease_owner: worker.owner, lease_until: worker.leaseUntil })
    .where(
      'id',
      'in',
      db
        .selectFrom('outbox_messages')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', worker.now)
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<', worker.now)]))
        .$if(receivers !== undefined, (q) => q.where('receiver_her_id', 'in', receivers?.length ? receivers : ['']))
        .orderBy('next_attempt_at')
        .limit(worker.limit),
    )
    .returningAll()
    .execute();
}

/** Delivered to the receiver's transport: now waiting for its answer (AppRec). */
export async function markSent(db: Db, id: string, owner: string, now: string): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set({ status: 'sent', sent_at: now, lease_owner: null, lease_until: null, attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute();
}

/** A transport failure: try again at `nextAttemptAt` with the same MsgId. */
export async function markRetry(
  db: Db,
  id: string,
  owner: string,
  r: { nextAttemptAt: string; error: string },
): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set({
      next_attempt_at: r.nextAttemptAt,
      last_error: r.error,
      lease_owner: null,
      lease_until: null,
      attempts: sql`attempts + 1`,
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .execute();
}

export async function findOutgoingByMsgId(db: Db, msgId: string): Promise<OutboxMessageRow | undefined> {
  return db.selectFrom('outbox_messages').selectAll().where('msg_id', '=', msgId).executeTakeFirst();
}

/** Records the receiver's answer: 'answered' for OK, 'rejected' for avvist (never resent on its own). */
export async function markAnswered(
  db: Db,
  msgId: string,
  a: { status: 'answered' | 'rejected'; answerStatus: string; now: string; error?: string },
): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set({ status: a.status, answer_status: a.answerStatus, answered_at: a.now, last_error: a.error ?? null })
    .where('msg_id', '=', msgId)
    .execute();
}

/** Messages sent long ago with no answer yet: to be sent again with the same MsgId. */
export async function requeueUnanswered(db: Db, sentBefore: string, now: string): Promise<number> {
  const result = await db
    .updateTable('outbox_messages')
    .set({ status: 'pending', next_attempt_at: now })
    .where('status', '=', 'sent')
    .where('sent_at', '<', sentBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Keeps an incoming message once per MsgId; returns false when it was already there. */
export async function recordIncoming(
  db: Db,
  m: { id: string; msgId: string; kind: string; inReplyTo: string | null; payload: string; now: string },
): Promise<boolean> {
  const result = await db
    .insertInto('inbox_messages')
    .values({
      id: m.id,
      msg_id: m.msgId,
      kind: m.kind,
      in_reply_to: m.inReplyTo,
      payload: m.payload,
      received_at: m.now,
      processed_at: null,
      error: null,
    })
    .onConflict((oc) => oc.column('msg_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function markIncomingProcessed(db: Db, msgId: string, now: string, error?: string): Promise<void> {
  await db
    .updateTable('inbox_messages')
    .set({ processed_at: now, error: error ?? null })
    .where('msg_id', '=', msgId)
    .execute();
}

export async function unprocessedIncoming(db: Db, limit: number): Promise<InboxMessageRow[]> {
  return db
    .selectFrom('inbox_messages')
    .selectAll()
    .where('processed_at', 'is', null)
    .orderBy('received_at')
    .limit(limit)
    .execute();
}

export async function outboxCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('outbox_messages')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
