/**
 * Schema migrations: all pending ones run in one transaction, after a backup of the file. A database that has
 * migrations this app does not know was written by a newer app: it is refused and left exactly as it was.
 */
import { sql } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseConnection } from './connection';
import { DatabaseError } from './errors';
import { migrations as registered } from './migrations/index';

type MigrationSet = Readonly<Record<string, Migration>>;

export interface SchemaState {
  applied: string[];
  pending: string[];
  /** Migrations in the file that this app does not know: the file is from a newer app. */
  unknown: string[];
}

export function readSchemaState(conn: DatabaseConnection, migrations: MigrationSet = registered): SchemaState {
  const hasTable = conn.sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
    .get();
  const applied = hasTable
    ? (conn.sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map(
        (r) => r.name,
      )
    : [];
  const known = Object.keys(migrations).sort();
  return {
    applied,
    pending: known.filter((name) => !applied.includes(name)),
    unknown: applied.filter((name) => !known.includes(name)),
  };
}

export function assertNotNewer(state: SchemaState, file: string): void {
  if (state.unknown.length > 0) {
    throw new DatabaseError(
      'DATABASE_TOO_NEW',
      `Databasen ${file} er laget av en nyere versjon av Allmenn (${state.unknown.join(', ')}). ` +
        'Oppdater programmet; databasen er ikke endret.',
    );
  }
}

export interface MigrationOutcome {
  applied: string[];
  backupFile: string | null;
}

export async function migrateToLatest(
  conn: DatabaseConnection,
  options: { backupDir: string; now: Date; migrations?: MigrationSet },
): Promise<MigrationOutcome> {
  const migrations = options.migrations ?? registered;
  const state = readSchemaState(conn, migrations);
  assertNotNewer(state, conn.file);
  if (state.pending.length === 0) return { applied: [], backupFile: null };

  const backupFile = state.applied.length > 0 ? await backupBeforeMigration(conn, options) : null;
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...migrations }) };
  const migrator = new Migrator({ db: conn.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  return { applied: (results ?? []).map((r) => r.migrationName), backupFile };
}

async function backupBeforeMigration(
  conn: DatabaseConnection,
  options: { backupDir: string; now: Date },
): Promise<string> {
  fs.mkdirSync(options.backupDir, { recursive: true });
  const stamp = options.now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(options.backupDir, `allmenn-before-migration-${stamp}.sqlite`);
  await conn.sqlite.backup(target);
  return target;
}

/** For tests and the CLI: the names of user tables, to tell an empty file from a clinic's database. */
export async function listTables(conn: DatabaseConnection): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
  `.execute(conn.db);
  return rows.rows.map((r) => r.name);
}
