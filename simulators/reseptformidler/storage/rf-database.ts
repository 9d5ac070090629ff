/**
 * The simulated reseptformidler's own SQLite file. It is somebody else's system, so it has its own small schema
 * here and plain SQL, never the app's db/ layer. The schema is created on open; a file from a newer simulator is
 * refused rather than guessed at.
 */
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type RfDatabase = BetterSqlite3.Database;

export const RF_SCHEMA_VERSION = 1;
export const RF_DATABASE_FILE = 'reseptformidler.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS received_message (
  msg_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  sender_her TEXT NOT NULL,
  received_at TEXT NOT NULL,
  xml TEXT NOT NULL,
  apprec_status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS answer (
  answer_id TEXT PRIMARY KEY,
  in_reply_to TEXT NOT NULL REFERENCES received_message (msg_id),
  her_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  xml TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answer_in_reply_to ON answer (in_reply_to);
CREATE TABLE IF NOT EXISTS inbox_message (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_id TEXT NOT NULL,
  her_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  in_reply_to TEXT,
  xml TEXT NOT NULL,
  queued_at TEXT NOT NULL,
  acked_at TEXT
);
CREATE INDEX IF NOT EXISTS inbox_pending ON inbox_message (her_id, acked_at, seq);
CREATE INDEX IF NOT EXISTS inbox_answer ON inbox_message (answer_id, acked_at);
CREATE TABLE IF NOT EXISTS prescription (
  resept_id TEXT PRIMARY KEY,
  m1_xml TEXT NOT NULL,
  patient_ident TEXT,
  patient_ident_type TEXT,
  ref_nr TEXT UNIQUE,
  locked INTEGER NOT NULL,
  prescriber_hpr TEXT NOT NULL,
  clinic_her TEXT NOT NULL,
  prescribed_on TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  reit INTEGER NOT NULL,
  state TEXT NOT NULL,
  closed INTEGER NOT NULL DEFAULT 0,
  revocation_reason TEXT,
  registered_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS prescription_patient ON prescription (patient_ident);
CREATE TABLE IF NOT EXISTS reference_number (
  ref_nr TEXT PRIMARY KEY,
  issued_to_her TEXT NOT NULL,
  issued_to_hpr TEXT,
  issued_at TEXT NOT NULL,
  request_msg_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dispensing (
  m10_msg_id TEXT PRIMARY KEY,
  resept_id TEXT NOT NULL REFERENCES prescription (resept_id),
  m10_xml TEXT NOT NULL,
  m6_msg_id TEXT NOT NULL,
  dispensed_on TEXT NOT NULL,
  dispensed_at TEXT NOT NULL,
  pharmacy_her TEXT NOT NULL,
  pharmacy_name TEXT NOT NULL,
  varenr TEXT,
  navn_form_styrke TEXT NOT NULL,
  packages REAL NOT NULL,
  package_size REAL,
  package_unit TEXT
);
CREATE INDEX IF NOT EXISTS dispensing_resept ON dispensing (resept_id, dispensed_at);
CREATE TABLE IF NOT EXISTS prescriber_block (
  patient_ident TEXT NOT NULL,
  prescriber_hpr TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (patient_ident, prescriber_hpr)
);
CREATE TABLE IF NOT EXISTS counter (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
`;

export function openRfDatabase(dataDir: string): RfDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(path.join(dataDir, RF_DATABASE_FILE));
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL, not the app's FULL: WAL stays consistent after a crash, and a stand-in service may lose its last
    // commit on a power cut; it buys the throughput the delivery benchmark needs (issue 5, rf.delivery).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > RF_SCHEMA_VERSION) {
      throw new Error(`The reseptformidler data in ${dataDir} is from a newer simulator (schema ${version}).`);
    }
    db.transaction(() => {
      db.exec(SCHEMA);
      db.pragma(`user_version = ${RF_SCHEMA_VERSION}`);
    })();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const statements = new WeakMap<RfDatabase, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, compiled once per database: preparing is the costly part of a small query. */
export function sql(db: RfDatabase, text: string): BetterSqlite3.Statement {
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
