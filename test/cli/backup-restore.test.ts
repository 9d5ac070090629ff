import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { backupsDir, databaseFile, lockFile } from '../../db/paths';
import { useTempDir } from '../support/temp-dir';
import { cli, seededDataDir, sha256 } from './cli-harness';

/** Opened read-write on purpose: a read-only connection leaves -wal/-shm files behind, which the tests look for. */
function readRows(file: string, query: string): unknown[] {
  const conn = openDatabase(file, { mustExist: true });
  try {
    return conn.sqlite.prepare(query).all();
  } finally {
    conn.sqlite.close();
  }
}

function execute(file: string, statement: string, ...params: string[]): void {
  const conn = openDatabase(file, { mustExist: true });
  try {
    conn.sqlite.prepare(statement).run(...params);
  } finally {
    conn.sqlite.close();
  }
}

const PATIENTS = 'SELECT * FROM patients ORDER BY id';

describe('cli backup and restore', () => {
  const tempDir = useTempDir('allmenn-cli-');
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });

  it('backs up and restores: the data comes back as it was, and the replaced database is kept', async () => {
    const dir = await seededDataDir(tempDir(), 25);
    const db = databaseFile(dir);
    const original = readRows(db, PATIENTS);
    const backupFile = path.join(tempDir(), 'allmenn-backup.sqlite');

    const backup = await cli('backup', '--data-dir', dir, backupFile, '--json');
    expect(backup.code).toBe(0);
    expect(backup.json).toMatchObject({ ok: true, backupFile, bytes: fs.statSync(backupFile).size });
    expect(readRows(backupFile, PATIENTS)).toEqual(original);
    expect(readRows(db, "SELECT actor_name FROM audit_events WHERE action = 'database.backup'")).toEqual([
      { actor_name: expect.stringMatching(/^cli \(/) as unknown },
    ]);

    execute(db, "UPDATE patients SET family_name = 'Endret' WHERE id = (SELECT min(id) FROM patients)");
    expect(readRows(db, PATIENTS)).not.toEqual(original);

    const restore = await cli('restore', '--data-dir', dir, backupFile, '--json');
    expect(restore.code).toBe(0);
    for (const sidecar of [`${db}-wal`, `${db}-shm`]) expect(fs.existsSync(sidecar)).toBe(false);
    expect(readRows(db, PATIENTS)).toEqual(original);

    const kept = restore.json.preRestoreCopy as string;
    expect(path.dirname(kept)).toBe(backupsDir(dir));
    expect(readRows(kept, "SELECT count(*) AS n FROM patients WHERE family_name = 'Endret'")).toEqual([{ n: 1 }]);

    expect(readRows(db, "SELECT actor_name, detail FROM audit_events WHERE action = 'database.restore'")).toEqual([
      {
        actor_name: expect.stringMatching(/^cli \(/) as unknown,
        detail: expect.stringContaining(backupFile) as unknown,
      },
    ]);
    expect((await cli('integrity-check', '--data-dir', dir)).code).toBe(0);
    // The backup itself is left as it was: no -wal or -shm beside it.
    expect(fs.readdirSync(path.dirname(backupFile))).toEqual([path.basename(backupFile)]);
  });

  it('restores onto a new PC: a data folder with no database yet', async () => {
    const dir = await seededDataDir(tempDir(), 5);
    const backupFile = path.join(tempDir(), 'b.sqlite');
    expect((await cli('backup', '--data-dir', dir, backupFile)).code).toBe(0);
    const fresh = path.join(tempDir(), 'ny-pc', 'data');
    const run = await cli('restore', '--data-dir', fresh, backupFile, '--json');
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ preRestoreCopy: null });
    expect(readRows(databaseFile(fresh), PATIENTS)).toEqual(readRows(databaseFile(dir), PATIENTS));
  });

  it('never overwrites an existing file with a backup', async () => {
    const dir = await seededDataDir(tempDir(), 1);
    const target = path.join(tempDir(), 'viktig.sqlite');
    fs.writeFileSync(target, 'en eldre sikkerhetskopi');
    const run = await cli('backup', '--data-dir', dir, target, '--json');
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ error: { code: 'FILE_EXISTS' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('en eldre sikkerhetskopi');
  });

  it('refuses to restore while Allmenn has the database open', async () => {
    const dir = await seededDataDir(tempDir(), 3);
    const backupFile = path.join(tempDir(), 'b.sqlite');
    expect((await cli('backup', '--data-dir', dir, backupFile)).code).toBe(0);
    // A live process other than this one holds the lock, as a running app would.
    const app = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(app);
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: app.pid, since: new Date().toISOString() }));
    const before = sha256(databaseFile(dir));

    const run = await cli('restore', '--data-dir', dir, backupFile, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`prosess ${app.pid}`);
    expect(run.json).toMatchObject({ error: { code: 'APP_RUNNING' } });
    expect(sha256(databaseFile(dir))).toBe(before);
    expect(fs.existsSync(backupsDir(dir))).toBe(false);
  });

  it('refuses a backup from a newer Allmenn and changes nothing', async () => {
    const dir = await seededDataDir(tempDir(), 3);
    const backupFile = path.join(tempDir(), 'b.sqlite');
    expect((await cli('backup', '--data-dir', dir, backupFile)).code).toBe(0);
    execute(backupFile, 'INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)', '9999-future', 'x');
    const before = sha256(databaseFile(dir));
    const backupBefore = sha256(backupFile);

    const run = await cli('restore', '--data-dir', dir, backupFile, '--json');
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ error: { code: 'DATABASE_TOO_NEW' } });
    expect(run.stderr).toContain('nyere versjon av Allmenn');
    expect(sha256(databaseFile(dir))).toBe(before);
    expect(sha256(backupFile)).toBe(backupBefore);
    expect(fs.readdirSync(dir).sort()).toEqual(['allmenn.sqlite']);
  });

  it('refuses a file that is not an Allmenn database', async () => {
    const dir = await seededDataDir(tempDir(), 1);
    const notDb = path.join(tempDir(), 'notat.txt');
    fs.writeFileSync(notDb, 'Dette er ikke en database.\n'.repeat(200));
    const run = await cli('restore', '--data-dir', dir, notDb, '--json');
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ error: { code: 'NOT_ALLMENN_DATABASE' } });
    expect(run.stderr).toContain(notDb);
    const missing = await cli('restore', '--data-dir', dir, path.join(dir, 'finnes-ikke.sqlite'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Fant ingen lesbar fil');
  });
});
