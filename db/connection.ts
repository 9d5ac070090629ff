/**
 * The one place that opens a database. Encryption at rest will be added here, and nowhere else.
 * Durability: WAL with synchronous=FULL, so a committed clinical write survives a power cut.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import fs from 'node:fs';
import { DatabaseError } from './errors';
import type { Database } from './schema';

/** SQLite does run DDL inside a transaction; Kysely's adapter says no only to stay conservative. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

export interface DatabaseConnection {
  readonly file: string;
  readonly db: Kysely<Database>;
  /** The raw handle, for db/ only: backups, pragmas and integrity checks. */
  readonly sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Refuse to create a new file. */
  mustExist?: boolean;
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): DatabaseConnection {
  if (options.mustExist && !fs.existsSync(file)) {
    throw new DatabaseError('DATABASE_MISSING', `Fant ingen database i ${file}.`);
  }
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.mustExist ?? false,
    });
    sqlite.pragma('busy_timeout = 5000');
    if (!options.readonly) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    // 64 MiB page cache (default 2 MiB): a clinic's register and journal index stay in memory on a desktop PC.
    sqlite.pragma('cache_size = -65536');
  } catch (error) {
    throw toDatabaseError(error, file);
  }
  const db = new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database: sqlite }) });
  return {
    file,
    db,
    sqlite,
    async close() {
      await db.destroy();
      // Kysely closes only a handle its driver initialised (one that ran a query): close ours regardless.
      if (sqlite.open) sqlite.close();
    },
  };
}

export function toDatabaseError(error: unknown, file: string): DatabaseError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new DatabaseError('DATABASE_LOCKED', `Databasen ${file} er i bruk av et annet program.`);
  }
  return new DatabaseError(
    'DATABASE_UNREADABLE',
    `Databasen ${file} kunne ikke åpnes: ${error instanceof Error ? error.message : String(error)}`,
  );
}
