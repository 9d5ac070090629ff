import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { migrations } from '../../db/migrations/index';
import { databaseFile } from '../../db/paths';
import { useTempDir } from '../support/temp-dir';
import { cli, seededDataDir, sha256 } from './cli-harness';

describe('cli migrate', () => {
  const tempDir = useTempDir('allmenn-cli-');

  it('brings an empty database up to date, says what it applied, and audits it as the cli', async () => {
    const dir = tempDir();
    openDatabase(databaseFile(dir)).sqlite.close();
    const run = await cli('migrate', '--data-dir', dir, '--json');
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ ok: true, applied: Object.keys(migrations), backupFile: null });
    const conn = openDatabase(databaseFile(dir), { mustExist: true, readonly: true });
    try {
      expect(
        conn.sqlite.prepare("SELECT actor_name FROM audit_events WHERE action = 'database.migrate'").all(),
      ).toEqual([{ actor_name: expect.stringMatching(/^cli \(/) as unknown }]);
    } finally {
      conn.sqlite.close();
    }
    const again = await cli('migrate', '--data-dir', dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('allerede oppdatert');
  });

  it('refuses a database from a newer app (exit 2) and leaves the file byte for byte as it was', async () => {
    const dir = await seededDataDir(tempDir(), 3);
    const conn = openDatabase(databaseFile(dir), { mustExist: true });
    conn.sqlite.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999-future', 'x');
    conn.sqlite.close();
    const before = sha256(databaseFile(dir));

    const run = await cli('migrate', '--data-dir', dir, '--json');
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'DATABASE_TOO_NEW' } });
    expect(run.stderr).toContain('nyere versjon av Allmenn');
    expect(sha256(databaseFile(dir))).toBe(before);
  });

  it('refuses a folder without a database', async () => {
    const run = await cli('migrate', '--data-dir', tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Fant ingen Allmenn-database');
  });
});
