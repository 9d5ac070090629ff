/**
 * What the service received and what it answered. Every answer (AppRec, Status på henvisning, Epikrise) is kept
 * with the MsgId it answers, so a resent MsgId is answered again from here instead of being processed twice
 * (HIS 80415 §3.3.4: one AppRec per received message). The inbox is the delivery queue on top: at-least-once,
 * acked by id, keyed by the receiver's HER-id.
 */
import { sql, type SpesDatabase } from './spes-database';

/** The inbox kinds: 'AppRec', and the 8279 MsgType of the answer otherwise. */
export type AnswerKind = 'AppRec' | 'DIALOG_STATUS_HENVISNING' | 'EPIKRISE';

export interface Answer {
  answerId: string;
  /** The MsgId this answers: the posted message for an AppRec, the first henvisning for the others. */
  inReplyTo: string;
  herId: string;
  kind: AnswerKind;
  xml: string;
}

export interface ReceivedMessage {
  msgId: string;
  kind: string;
  senderHer: string;
  receivedAt: string;
  xml: string;
  /** 8258 status of our AppRec; null when we sent none (an AppRec we received). */
  appRecStatus: string | null;
  referralKey: string | null;
}

export interface InboxMessage {
  msgId: string;
  kind: AnswerKind;
  inReplyTo: string | null;
  xml: string;
}

interface ReceivedRow {
  msg_id: string;
  kind: string;
  sender_her: string;
  received_at: string;
  xml: string;
  apprec_status: string | null;
  referral_key: string | null;
}

export function findReceived(db: SpesDatabase, msgId: string): ReceivedMessage | undefined {
  const row = sql(db, 'SELECT * FROM received_message WHERE msg_id = ?').get(msgId) as ReceivedRow | undefined;
  if (!row) return undefined;
  return {
    msgId: row.msg_id,
    kind: row.kind,
    senderHer: row.sender_her,
    receivedAt: row.received_at,
    xml: row.xml,
    appRecStatus: row.apprec_status,
    referralKey: row.referral_key,
  };
}

export function insertReceived(db: SpesDatabase, message: ReceivedMessage): void {
  sql(
    db,
    `INSERT INTO received_message (msg_id, kind, sender_her, received_at, xml, apprec_status, referral_key)
     VALUES (@msgId, @kind, @senderHer, @receivedAt, @xml, @appRecStatus, @referralKey)`,
  ).run(message);
}

export function insertAnswer(db: SpesDatabase, answer: Answer, createdAt: string): void {
  sql(
    db,
    `INSERT INTO answer (answer_id, in_reply_to, her_id, kind, xml, created_at)
     VALUES (@answerId, @inReplyTo, @herId, @kind, @xml, @createdAt)`,
  ).run({ ...answer, createdAt });
}

export function answersTo(db: SpesDatabase, msgIds: readonly string[]): Answer[] {
  const rows = msgIds.flatMap(
    (msgId) =>
      sql(db, 'SELECT answer_id, in_reply_to, her_id, kind, xml FROM answer WHERE in_reply_to = ? ORDER BY rowid').all(
        msgId,
      ) as Array<{ answer_id: string; in_reply_to: string; her_id: string; kind: AnswerKind; xml: string }>,
  );
  return rows.map((row) => ({
    answerId: row.answer_id,
    inReplyTo: row.in_reply_to,
    herId: row.her_id,
    kind: row.kind,
    xml: row.xml,
  }));
}

/** The AppRec sent for one received message. */
export function appRecFor(db: SpesDatabase, msgId: string): Answer | undefined {
  return answersTo(db, [msgId]).find((answer) => answer.kind === 'AppRec');
}

/**
 * Queues an answer for its receiver unless it is already waiting there or was delivered and acked (a resend must
 * not double it; a resend after a lost answer must bring it).
 */
export function enqueue(db: SpesDatabase, answer: Answer, queuedAt: string): void {
  const pending = sql(db, 'SELECT 1 FROM inbox_message WHERE answer_id = ? AND acked_at IS NULL').get(answer.answerId);
  if (pending) return;
  sql(
    db,
    `INSERT INTO inbox_message (answer_id, her_id, kind, in_reply_to, xml, queued_at)
     VALUES (@answerId, @herId, @kind, @inReplyTo, @xml, @queuedAt)`,
  ).run({ ...answer, queuedAt });
}

export function pendingInbox(db: SpesDatabase, herId: string, limit: number): InboxMessage[] {
  const rows = sql(
    db,
    `SELECT answer_id, kind, in_reply_to, xml FROM inbox_message
       WHERE her_id = ? AND acked_at IS NULL ORDER BY seq LIMIT ?`,
  ).all(herId, limit) as Array<{ answer_id: string; kind: AnswerKind; in_reply_to: string | null; xml: string }>;
  return rows.map((row) => ({ msgId: row.answer_id, kind: row.kind, inReplyTo: row.in_reply_to, xml: row.xml }));
}

/** Acks are idempotent: an unknown or already acked id changes nothing. Returns how many were removed now. */
export function ackInbox(db: SpesDatabase, msgIds: readonly string[], herId: string | undefined, at: string): number {
  const ack = herId
    ? sql(db, 'UPDATE inbox_message SET acked_at = ? WHERE answer_id = ? AND her_id = ? AND acked_at IS NULL')
    : sql(db, 'UPDATE inbox_message SET acked_at = ? WHERE answer_id = ? AND acked_at IS NULL');
  let count = 0;
  db.transaction(() => {
    for (const id of msgIds) count += (herId ? ack.run(at, id, herId) : ack.run(at, id)).changes;
  })();
  return count;
}
