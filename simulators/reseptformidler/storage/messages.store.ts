/**
 * What RF received and what it answered. Every answer (AppRec, M4.2, M5.2, M9.6, M6) is kept with the message it
 * answers, so a resent MsgId is answered again from here instead of being processed twice (HIS 80415 §3.3.4:
 * one AppRec per received message). The inbox is the delivery queue on top: at-least-once, acked by id.
 */
import { sql, type RfDatabase } from './rf-database';

export type AnswerKind = 'AppRec' | 'ERM42' | 'ERM52' | 'ERM96' | 'ERM6';

export interface Answer {
  answerId: string;
  /** The MsgId of the message this answers (for an M6: the M1 it reports on). */
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
  appRecStatus: string;
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
  apprec_status: string;
}

export function findReceived(db: RfDatabase, msgId: string): ReceivedMessage | undefined {
  const row = sql(db, 'SELECT * FROM received_message WHERE msg_id = ?').get(msgId) as ReceivedRow | undefined;
  if (!row) return undefined;
  return {
    msgId: row.msg_id,
    kind: row.kind,
    senderHer: row.sender_her,
    receivedAt: row.received_at,
    xml: row.xml,
    appRecStatus: row.apprec_status,
  };
}

export function insertReceived(db: RfDatabase, message: ReceivedMessage): void {
  sql(
    db,
    `INSERT INTO received_message (msg_id, kind, sender_her, received_at, xml, apprec_status)
     VALUES (@msgId, @kind, @senderHer, @receivedAt, @xml, @appRecStatus)`,
  ).run(message);
}

export function insertAnswer(db: RfDatabase, answer: Answer, createdAt: string): void {
  sql(
    db,
    `INSERT INTO answer (answer_id, in_reply_to, her_id, kind, xml, created_at)
     VALUES (@answerId, @inReplyTo, @herId, @kind, @xml, @createdAt)`,
  ).run({ ...answer, createdAt });
}

export function answersTo(db: RfDatabase, msgId: string): Answer[] {
  const rows = sql(
    db,
    'SELECT answer_id, in_reply_to, her_id, kind, xml FROM answer WHERE in_reply_to = ? ORDER BY rowid',
  ).all(msgId) as Array<{ answer_id: string; in_reply_to: string; her_id: string; kind: AnswerKind; xml: string }>;
  return rows.map((row) => ({
    answerId: row.answer_id,
    inReplyTo: row.in_reply_to,
    herId: row.her_id,
    kind: row.kind,
    xml: row.xml,
  }));
}

/** Queues an answer for its receiver unless it is already waiting there (a resend must not double it). */
export function enqueue(db: RfDatabase, answer: Answer, queuedAt: string): void {
  const pending = sql(db, 'SELECT 1 FROM inbox_message WHERE answer_id = ? AND acked_at IS NULL').get(answer.answerId);
  if (pending) return;
  sql(
    db,
    `INSERT INTO inbox_message (answer_id, her_id, kind, in_reply_to, xml, queued_at)
     VALUES (@answerId, @herId, @kind, @inReplyTo, @xml, @queuedAt)`,
  ).run({ ...answer, queuedAt });
}

export function pendingInbox(db: RfDatabase, herId: string, limit: number): InboxMessage[] {
  const rows = sql(
    db,
    `SELECT answer_id, kind, in_reply_to, xml FROM inbox_message
       WHERE her_id = ? AND acked_at IS NULL ORDER BY seq LIMIT ?`,
  ).all(herId, limit) as Array<{ answer_id: string; kind: AnswerKind; in_reply_to: string | null; xml: string }>;
  return rows.map((row) => ({ msgId: row.answer_id, kind: row.kind, inReplyTo: row.in_reply_to, xml: row.xml }));
}

/** Acks are idempotent: an unknown or already acked id changes nothing. Returns how many were removed now. */
export function ackInbox(db: RfDatabase, msgIds: readonly string[], herId: string | undefined, at: string): number {
  const ack = herId
    ? sql(db, 'UPDATE inbox_message SET acked_at = ? WHERE answer_id = ? AND her_id = ? AND acked_at IS NULL')
    : sql(db, 'UPDATE inbox_message SET acked_at = ? WHERE answer_id = ? AND acked_at IS NULL');
  let count = 0;
  db.transaction(() => {
    for (const id of msgIds) count += (herId ? ack.run(at, id, herId) : ack.run(at, id)).changes;
  })();
  return count;
}
