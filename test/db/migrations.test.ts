import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { DatabaseError } from '../../db/errors';
import { migrateToLatest, readSchemaState } from '../../db/migrate';
import { migrations } from '../../db/migrations/index';
import { openClinicDatabase } from '../../electron/backend';
import { databaseFile } from '../../db/paths';
import { useTempDir } from '../support/temp-dir';

const now = new Date('2026-11-22T08:00:00Z');

describe('database connection and migrations', () => {
  const tempDir = useTempDir();

  it('opens with WAL, foreign keys, synchronous=FULL and a busy timeout', async () => {
    const dir = tempDir();
    const { conn } = await openClinicDatabase(dir, now);
    expect(conn.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(conn.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(conn.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(conn.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    await conn.close();
  });

  it('applies every registered migration on a new file, without a backup of an empty file', async () => {
    const dir = tempDir();
    const { conn, migration } = await openClinicDatabase(dir, now);
    expect(migration.applied).toEqual(Object.keys(migrations));
    expect(migration.backupFile).toBeNull();
    expect(readSchemaState(conn).pending).toEqual([]);
    await conn.close();
  });

  it('takes a backup of an existing database before running pending migrations', async () => {
    const dir = tempDir();
    const conn = openDatabase(databaseFile(dir));
    const first = { ...migrations };
    await migrateToLatest(conn, { backupDir: path.join(dir, 'backups'), now, migrations: first });
    conn.sqlite.exec("INSERT INTO clinic VALUES ('c1', 'Før', '974760673', '1', '2026-01-01T00:00:00Z')");

    const next = {
      ...first,
      '9000-add-note': {
        up: async (db: Kysely<unknown>) => {
          await db.schema.alterTable('clinic').addColumn('note', 'text').execute();
        },
      },
    };
    const outcome = await migrateToLatest(conn, { backupDir: path.join(dir, 'backups'), now, migrations: next });
    expect(outcome.applied).toEqual(['9000-add-note']);
    expect(outcome.backupFile).not.toBeNull();
    await conn.close();

    const backup = openDatabase(outcome.backupFile ?? '', { mustExist: true, readonly: true });
    expect(readSchemaState(backup, next).pending).toEqual(['9000-add-note']);
    expect(backup.sqlite.prepare('SELECT name FROM clinic').get()).toEqual({ name: 'Før' });
    await backup.close();
  });

  it('refuses a database from a newer app and leaves the file byte for byte unchanged', async () => {
    const dir = tempDir();
    const { conn } = await openClinicDatabase(dir, now);
    conn.sqlite.exec("INSERT INTO kysely_migration VALUES ('9999-from-the-future', '2030-01-01T00:00:00Z')");
    conn.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await conn.close();
    const before = fs.readFileSync(databaseFile(dir));

    const error = await openClinicDatabase(dir, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as DatabaseError).code).toBe('DATABASE_TOO_NEW');
    expect((error as DatabaseError).message).toMatch(/nyere versjon av Allmenn/);
    expect(fs.readFileSync(databaseFile(dir)).equals(before)).toBe(true);
  });

  it('runs all pending migrations in one transaction: a failing one leaves nothing behind', async () => {
    const dir = tempDir();
    const conn = openDatabase(databaseFile(dir));
    // A conflicting table makes 0001 fail half-way (after it created 'clinic' and 'users').
    conn.sqlite.exec('CREATE TABLE patients (x text)');
    await expect(migrateToLatest(conn, { backupDir: path.join(dir, 'backups'), now })).rejects.toThrow();
    const tables = conn.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name IN ('clinic','users')")
      .all();
    expect(tables).toEqual([]);
    await conn.close();
  });
});
