/**
 * The simulated specialist service's own SQLite file. It is somebody else's system, so it has its own small schema
 * here and plain SQL, never the app's db/ layer. The schema is created on open; a file from a newer simulator is
 * refused rather than guessed at.
 */
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type SpesDatabase = BetterSqlite3.Database;

export const SPES_SCHEMA_VERSION = 1;
export const SPES_DATABASE_FILE = 'spesialist.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS received_message (
  msg_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  sender_her TEXT NOT NULL,
  received_at TEXT NOT NULL,
  xml TEXT NOT NULL,
  apprec_status TEXT,
  referral_key TEXT
);
CREATE TABLE IF NOT EXISTS answer (
  answer_id TEXT PRIMARY KEY,
  in_reply_to TEXT NOT NULL,
  her_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  xml TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answer_in_reply_to ON answer (in_reply_to);
CREATE TABLE IF NOT EXISTS inbox_message (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_id TEXT NOT NULL REFERENCES answer (answer_id),
  her_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  in_reply_to TEXT,
  xml TEXT NOT NULL,
  queued_at TEXT NOT NULL,
  acked_at TEXT
);
CREATE INDEX IF NOT EXISTS inbox_pending ON inbox_message (her_id, acked_at, seq);
CREATE INDEX IF NOT EXISTS inbox_answer ON inbox_message (answer_id, acked_at);
CREATE TABLE IF NOT EXISTS referral (
  referral_key TEXT PRIMARY KEY,
  sender_her TEXT NOT NULL,
  document_id TEXT NOT NULL,
  first_msg_id TEXT NOT NULL,
  last_msg_id TEXT NOT NULL,
  last_xml TEXT NOT NULL,
  hastegrad TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('mottatt', 'vurdert', 'epikrise', 'annullert')),
  received_at TEXT NOT NULL,
  assess_due_at TEXT,
  epikrise_due_at TEXT,
  answers_dropped INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL,
  UNIQUE (sender_her, document_id)
);
CREATE INDEX IF NOT EXISTS referral_due ON referral (state, assess_due_at, epikrise_due_at);
`;

export function openSpesDatabase(dataDir: string): SpesDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(path.join(dataDir, SPES_DATABASE_FILE));
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL, as the reseptformidler simulator: WAL stays consistent after a crash; a stand-in may lose its last
    // commit on a power cut.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > SPES_SCHEMA_VERSION) {
      throw new Error(`The specialist service data in ${dataDir} is from a newer simulator (schema ${version}).`);
    }
    db.transaction(() => {
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SPES_SCHEMA_VERSION}`);
    })();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const statements = new WeakMap<SpesDatabase, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, cached per database. */
export function sql(db: SpesDatabase, text: string): BetterSqlite3.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}
