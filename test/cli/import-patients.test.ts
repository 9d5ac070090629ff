import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { migrateToLatest } from '../../db/migrate';
import * as foundation from '../../db/migrations/0001-foundation';
import { backupsDir, databaseFile, lockFile } from '../../db/paths';
import { systemContext } from '../../electron/services/context';
import { createUsersService } from '../../electron/services/users/users.service';
import { newUserSchema } from '../../shared/schemas/clinic.schema';
import { useTempDir } from '../support/temp-dir';
import { cli, sha256 } from './cli-harness';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/fastlegeliste-blandet.csv');

/** The fixture's report with the clinic's doctors holding the file's HPR numbers 1000001 and 1000002. */
const EXPECTED_FIRST = {
  imported: 6,
  updated: 0,
  unchanged: 0,
  rejected: [
    { line: 6, code: 'IDENTITY_INVALID', message: 'Ugyldig fødselsnummer: kontrollsifrene stemmer ikke.' },
    {
      line: 9,
      code: 'IDENTITY_TEN_DIGITS',
      message: 'Fødselsnummeret har bare 10 siffer. Et regneark kan ha fjernet en null først i nummeret.',
    },
    { line: 10, code: 'DUPLICATE_IN_FILE', message: 'Fødselsnummeret står allerede på linje 2 i filen.' },
    {
      line: 12,
      code: 'FIELD_COUNT',
      message: 'Linjen har 6 felt, men overskriften har 11. Kontroller skilletegn og anførselstegn.',
    },
  ],
  warnings: [
    { line: 1, code: 'UNKNOWN_COLUMN', message: 'Ukjent kolonne «merknad» er hoppet over.' },
    { line: 11, code: 'POSTSTED_MISMATCH', message: 'Poststed «BERGEN» passer ikke med postnummer 0150; brukte OSLO.' },
    {
      line: 11,
      code: 'UNKNOWN_HPR',
      message: 'Ingen lege ved legekontoret har HPR-nummer 9999999; pasienten er ikke satt på noen liste.',
    },
  ],
};

function count(dir: string, query: string): unknown {
  const conn = openDatabase(databaseFile(dir), { mustExist: true });
  try {
    return conn.sqlite.prepare(query).all();
  } finally {
    conn.sqlite.close();
  }
}

describe('cli import-patients', () => {
  const tempDir = useTempDir('allmenn-cli-');
  let template: string;
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill();
  });

  // One empty demo clinic, copied for each test: seeding hashes passwords, copying a file does not.
  beforeAll(async () => {
    template = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-cli-'));
    const seeded = await cli('seed-demo', '--data-dir', template, '--patients', '0');
    expect(seeded.code).toBe(0);
    // The fixture names doctors by HPR 1000001 and 1000002; the demo doctors have other numbers.
    const conn = openDatabase(databaseFile(template), { mustExist: true });
    try {
      const users = createUsersService(conn.db);
      const ctx = systemContext('test', 'test-pc', new Date());
      for (const [username, hprNumber] of [
        ['fastlege1', '1000001'],
        ['fastlege2', '1000002'],
      ] as const) {
        const input = { username, displayName: `Lege ${hprNumber}`, role: 'lege', hprNumber, password: 'passord-lang' };
        await users.create(ctx, newUserSchema.parse(input));
      }
    } finally {
      await conn.close();
    }
  });
  afterAll(() => fs.rmSync(template, { recursive: true, force: true }));

  const clinicCopy = (): string => {
    const dir = tempDir();
    fs.copyFileSync(databaseFile(template), databaseFile(dir));
    return dir;
  };

  it('imports the list file, prints exactly the report as JSON, and creates nothing the second time', async () => {
    const dir = clinicCopy();
    const run = await cli('import-patients', '--data-dir', dir, '--json', FIXTURE);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toStrictEqual(EXPECTED_FIRST);
    expect(run.stderr).toContain('Rader: 10 av 10');

    expect(
      count(
        dir,
        `SELECT p.given_name, u.hpr_number FROM list_memberships m
         JOIN patients p ON p.id = m.patient_id JOIN users u ON u.id = m.doctor_id
         WHERE m.to_date IS NULL ORDER BY p.given_name`,
      ),
    ).toEqual([
      { given_name: 'Kari', hpr_number: '1000001' },
      { given_name: 'Lille', hpr_number: '1000001' },
      { given_name: 'Ola', hpr_number: '1000001' },
      { given_name: 'Per', hpr_number: '1000002' },
    ]);
    expect(
      count(
        dir,
        "SELECT action, actor_name FROM audit_events WHERE action LIKE 'patient.import%' GROUP BY action ORDER BY action",
      ),
    ).toEqual([
      { action: 'patient.import', actor_name: expect.stringMatching(/^cli \(.+\)$/) as unknown },
      { action: 'patient.import.create', actor_name: expect.stringMatching(/^cli \(.+\)$/) as unknown },
    ]);

    const again = await cli('import-patients', '--data-dir', dir, '--json', FIXTURE);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toStrictEqual({ ...EXPECTED_FIRST, imported: 0, unchanged: 6 });
    expect(count(dir, 'SELECT count(*) AS n FROM patients')).toEqual([{ n: 6 }]);
  });

  it('summarises in Norwegian without --json and lists the rejected and warned lines', async () => {
    const run = await cli('import-patients', '--data-dir', clinicCopy(), FIXTURE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('6 nye pasienter, 0 oppdatert, 0 uendret, 4 linje(r) avvist, 3 advarsel(er).');
    expect(run.stdout).toContain('linje 12: Linjen har 6 felt, men overskriften har 11.');
    expect(run.stdout).toContain('linje 11: Ingen lege ved legekontoret har HPR-nummer 9999999');
  });

  it('refuses a file without the etternavn column (exit 2) and imports nothing', async () => {
    const dir = clinicCopy();
    const file = path.join(tempDir(), 'uten-etternavn.csv');
    fs.writeFileSync(file, 'fodselsnummer;fornavn\r\n03856200034;Kari\r\n');
    const run = await cli('import-patients', '--data-dir', dir, '--json', file);
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'IMPORT_MISSING_COLUMN' } });
    expect(run.stderr).toContain('etternavn');
    expect(count(dir, 'SELECT count(*) AS n FROM patients')).toEqual([{ n: 0 }]);
  });

  it('refuses a missing file, a missing FILE argument and a folder without a database (exit 2)', async () => {
    const dir = clinicCopy();
    const missing = await cli('import-patients', '--data-dir', dir, '--json', path.join(dir, 'finnes-ikke.csv'));
    expect(missing.code).toBe(2);
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    expect(missing.stderr).toContain('Fant ingen lesbar fil');

    const noFile = await cli('import-patients', '--data-dir', dir, '--json');
    expect(noFile.code).toBe(2);
    expect(noFile.json).toMatchObject({ error: { code: 'BAD_ARGUMENTS' } });

    const noDatabase = await cli('import-patients', '--data-dir', tempDir(), '--json', FIXTURE);
    expect(noDatabase.code).toBe(2);
    expect(noDatabase.json).toMatchObject({ error: { code: 'DATABASE_MISSING' } });
  });

  it('refuses while Allmenn has the database open, and a database from a newer app, leaving both as they were', async () => {
    const dir = clinicCopy();
    const app = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(app);
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: app.pid, since: new Date().toISOString() }));
    const before = sha256(databaseFile(dir));
    const running = await cli('import-patients', '--data-dir', dir, '--json', FIXTURE);
    expect(running.code).toBe(2);
    expect(running.json).toMatchObject({ error: { code: 'APP_RUNNING' } });
    expect(sha256(databaseFile(dir))).toBe(before);

    const newer = clinicCopy();
    const conn = openDatabase(databaseFile(newer), { mustExist: true });
    conn.sqlite.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999-future', 'x');
    conn.sqlite.close();
    const tooNew = await cli('import-patients', '--data-dir', newer, '--json', FIXTURE);
    expect(tooNew.code).toBe(2);
    expect(tooNew.json).toMatchObject({ error: { code: 'DATABASE_TOO_NEW' } });
    expect(count(newer, 'SELECT count(*) AS n FROM patients')).toEqual([{ n: 0 }]);
  });

  it('asks for migrate first on a database from an older app, and changes nothing', async () => {
    const dir = tempDir();
    const conn = openDatabase(databaseFile(dir));
    await migrateToLatest(conn, {
      backupDir: backupsDir(dir),
      now: new Date(),
      migrations: { '0001-foundation': foundation },
    });
    await conn.close();
    const before = sha256(databaseFile(dir));
    const run = await cli('import-patients', '--data-dir', dir, '--json', FIXTURE);
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ error: { code: 'DATABASE_OUTDATED' } });
    expect(run.stderr).toContain('Kjør «migrate» først');
    expect(sha256(databaseFile(dir))).toBe(before);
  });
});
