/**
 * The SMS gateway's own SQLite file: what it was asked to send (once per msgId) and what phones sent in (an
 * at-least-once inbox, acked by id). Somebody else's system, so plain SQL here, never the app's db/ layer.
 */
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type SmsDatabase = BetterSqlite3.Database;

export const SMS_DATABASE_FILE = 'sms-gateway.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sent_sms (
  msg_id TEXT PRIMARY KEY,
  to_phone TEXT NOT NULL,
  text TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS incoming_sms (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  from_phone TEXT NOT NULL,
  text TEXT NOT NULL,
  received_at TEXT NOT NULL,
  acked_at TEXT
);
CREATE INDEX IF NOT EXISTS incoming_pending ON incoming_sms (acked_at, seq);
`;

export function openSmsDatabase(dataDir: string): SmsDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(path.join(dataDir, SMS_DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

export interface SentSms {
  msgId: string;
  to: string;
  text: string;
  receivedAt: string;
}

export interface IncomingSms {
  id: string;
  from: string;
  text: string;
  receivedAt: string;
}

/** Keeps an SMS to send once per msgId; false for a resend (the gateway answers it the same, sends nothing). */
export function recordSent(db: SmsDatabase, sms: SentSms): boolean {
  const result = db
    .prepare(
      `INSERT INTO sent_sms (msg_id, to_phone, text, received_at) VALUES (@msgId, @to, @text, @receivedAt)
       ON CONFLICT (msg_id) DO NOTHING`,
    )
    .run(sms);
  return result.changes > 0;
}

export function allSent(db: SmsDatabase): SentSms[] {
  const rows = db
    .prepare('SELECT msg_id, to_phone, text, received_at FROM sent_sms ORDER BY received_at, rowid')
    .all() as { msg_id: string; to_phone: string; text: string; received_at: string }[];
  return rows.map((r) => ({ msgId: r.msg_id, to: r.to_phone, text: r.text, receivedAt: r.received_at }));
}

export function addIncoming(db: SmsDatabase, sms: IncomingSms): void {
  db.prepare(
    'INSERT INTO incoming_sms (id, from_phone, text, received_at) VALUES (@id, @from, @text, @receivedAt)',
  ).run(sms);
}

export function pendingIncoming(db: SmsDatabase, limit: number): IncomingSms[] {
  const rows = db
    .prepare('SELECT id, from_phone, text, received_at FROM incoming_sms WHERE acked_at IS NULL ORDER BY seq LIMIT ?')
    .all(limit) as { id: string; from_phone: string; text: string; received_at: string }[];
  return rows.map((r) => ({ id: r.id, from: r.from_phone, text: r.text, receivedAt: r.received_at }));
}

export function ackIncoming(db: SmsDatabase, ids: readonly string[], at: string): number {
  const ack = db.prepare('UPDATE incoming_sms SET acked_at = ? WHERE id = ? AND acked_at IS NULL');
  let n = 0;
  db.transaction(() => {
    for (const id of ids) n += ack.run(at, id).changes;
  })();
  return n;
}
