/**
 * The referrals the service has received, one row per (sender HER-id, DocumentId): a change (ServType M) updates
 * the row, a cancellation (C) ends it. The state says which answer comes next: mottatt → vurdert (Status på
 * henvisning sent) → epikrise (sent; nothing more), or annullert (nothing more).
 */
import { sql, type SpesDatabase } from './spes-database';

export type ReferralState = 'mottatt' | 'vurdert' | 'epikrise' | 'annullert';

export interface Referral {
  referralKey: string;
  senderHer: string;
  documentId: string;
  /** MsgId of the first (ny) henvisning: ConversationRef/RefToConversation and inReplyTo of every answer. */
  firstMsgId: string;
  /** MsgId of the latest henvisning message (ny or endring): RefToParent of the next answer. */
  lastMsgId: string;
  /** The latest henvisning as received; the answers are built from it. */
  lastXml: string;
  hastegrad: string;
  state: ReferralState;
  receivedAt: string;
  assessDueAt: string | null;
  epikriseDueAt: string | null;
  /** The post that brought it had its answers dropped (fault switch): answers are kept but not queued. */
  answersDropped: boolean;
  updatedAt: string;
}

interface ReferralRow {
  referral_key: string;
  sender_her: string;
  document_id: string;
  first_msg_id: string;
  last_msg_id: string;
  last_xml: string;
  hastegrad: string;
  state: ReferralState;
  received_at: string;
  assess_due_at: string | null;
  epikrise_due_at: string | null;
  answers_dropped: number;
  updated_at: string;
}

function fromRow(row: ReferralRow): Referral {
  return {
    referralKey: row.referral_key,
    senderHer: row.sender_her,
    documentId: row.document_id,
    firstMsgId: row.first_msg_id,
    lastMsgId: row.last_msg_id,
    lastXml: row.last_xml,
    hastegrad: row.hastegrad,
    state: row.state,
    receivedAt: row.received_at,
    assessDueAt: row.assess_due_at,
    epikriseDueAt: row.epikrise_due_at,
    answersDropped: row.answers_dropped === 1,
    updatedAt: row.updated_at,
  };
}

export function referralKeyOf(senderHer: string, documentId: string): string {
  return `${senderHer}/${documentId}`;
}

export function findReferral(db: SpesDatabase, referralKey: string): Referral | undefined {
  const row = sql(db, 'SELECT * FROM referral WHERE referral_key = ?').get(referralKey) as ReferralRow | undefined;
  return row ? fromRow(row) : undefined;
}

export function insertReferral(db: SpesDatabase, referral: Referral): void {
  sql(
    db,
    `INSERT INTO referral (referral_key, sender_her, document_id, first_msg_id, last_msg_id, last_xml, hastegrad,
       state, received_at, assess_due_at, epikrise_due_at, answers_dropped, updated_at)
     VALUES (@referralKey, @senderHer, @documentId, @firstMsgId, @lastMsgId, @lastXml, @hastegrad, @state,
       @receivedAt, @assessDueAt, @epikriseDueAt, @answersDropped, @updatedAt)`,
  ).run({ ...referral, answersDropped: referral.answersDropped ? 1 : 0 });
}

export function updateReferral(db: SpesDatabase, referral: Referral): void {
  sql(
    db,
    `UPDATE referral SET last_msg_id = @lastMsgId, last_xml = @lastXml, hastegrad = @hastegrad, state = @state,
       assess_due_at = @assessDueAt, epikrise_due_at = @epikriseDueAt, answers_dropped = @answersDropped,
       updated_at = @updatedAt
     WHERE referral_key = @referralKey`,
  ).run({ ...referral, answersDropped: referral.answersDropped ? 1 : 0 });
}

/** Referrals whose next answer is due at `now` (ISO), or every open one when `now` is undefined (admin advance). */
export function dueReferrals(db: SpesDatabase, now: string | undefined): Referral[] {
  const rows = (
    now === undefined
      ? sql(db, `SELECT * FROM referral WHERE state IN ('mottatt', 'vurdert') ORDER BY received_at, rowid`).all()
      : sql(
          db,
          `SELECT * FROM referral
             WHERE (state = 'mottatt' AND assess_due_at <= @now) OR (state = 'vurdert' AND epikrise_due_at <= @now)
             ORDER BY received_at, rowid`,
        ).all({ now })
  ) as ReferralRow[];
  return rows.map(fromRow);
}

export function allReferrals(db: SpesDatabase): Referral[] {
  return (sql(db, 'SELECT * FROM referral ORDER BY received_at, rowid').all() as ReferralRow[]).map(fromRow);
}

/** The earliest time an answer is due, for the timer. */
export function nextDueAt(db: SpesDatabase): string | undefined {
  const row = sql(
    db,
    `SELECT MIN(CASE state WHEN 'mottatt' THEN assess_due_at WHEN 'vurdert' THEN epikrise_due_at END) AS due
       FROM referral WHERE state IN ('mottatt', 'vurdert')`,
  ).get() as { due: string | null } | undefined;
  return row?.due ?? undefined;
}
