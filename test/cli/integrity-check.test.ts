import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { databaseFile } from '../../db/paths';
import { useTempDir } from '../support/temp-dir';
import { cli, seededDataDir, sha256 } from './cli-harness';

const NOW = '2026-01-01T00:00:00.000Z';

describe('cli integrity-check', () => {
  const tempDir = useTempDir('allmenn-cli-');

  it('finds nothing wrong with a fresh demo clinic (exit 0) and changes nothing', async () => {
    const dir = await seededDataDir(tempDir(), 30);
    const before = sha256(databaseFile(dir));
    const run = await cli('integrity-check', '--data-dir', dir, '--json');
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({
      command: 'integrity-check',
      ok: true,
      problems: [],
      checked: { patients: 30, users: 4 },
    });
    expect(sha256(databaseFile(dir))).toBe(before);
  });

  it('reports each broken invariant by name and exits 1', async () => {
    const dir = await seededDataDir(tempDir(), 5);
    const conn = openDatabase(databaseFile(dir), { mustExist: true });
    const insertUser = conn.sqlite.prepare(
      `INSERT INTO users (id, username, display_name, role, hpr_number, password_hash, active, created_at)
       VALUES (?, ?, ?, ?, NULL, 'x', 1, ?)`,
    );
    insertUser.run('u-no-hpr', 'lege-uten-hpr', 'Lege Uten HPR', 'lege', NOW);
    insertUser.run('u-odd-role', 'vaktmester', 'Vakt Mester', 'vaktmester', NOW);
    conn.sqlite
      .prepare(
        `INSERT INTO patients (id, identity_number, identity_type, given_name, family_name, birth_date, sex,
         created_at, updated_at) VALUES ('p-bad', '12345678901', 'fnr', 'Feil', 'Nummer', '1978-05-12', 'male', ?, ?)`,
      )
      .run(NOW, NOW);
    // What a buggy tool could leave behind: an audit row for a user that was never there.
    conn.sqlite.pragma('foreign_keys = OFF');
    conn.sqlite
      .prepare(
        `INSERT INTO audit_events (id, at, actor_id, actor_name, role, workstation, action, outcome)
         VALUES ('a-ghost', ?, 'u-ghost', 'Spøkelse', 'lege', 'pc', 'patient.open', 'success')`,
      )
      .run(NOW);
    conn.sqlite.close();

    const run = await cli('integrity-check', '--data-dir', dir, '--json');
    expect(run.code).toBe(1);
    const problems = run.json.problems as { code: string; message: string; examples: string[] }[];
    expect(problems.map((p) => p.code).sort()).toEqual(
      [
        'audit_unknown_user',
        'identity_number_invalid',
        'lege_without_hpr',
        'unknown_role',
        // The patient was written straight into the table, past the repository that indexes names.
        'patient_search_index_incomplete',
      ].sort(),
    );
    expect(problems.find((p) => p.code === 'lege_without_hpr')?.examples).toEqual(['lege-uten-hpr']);
    expect(problems.find((p) => p.code === 'identity_number_invalid')?.examples).toEqual(['p-bad']);
    expect(problems.find((p) => p.code === 'audit_unknown_user')?.examples).toEqual(['a-ghost']);

    const human = await cli('integrity-check', '--data-dir', dir);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('Fant 5 problem(er)');
    expect(human.stdout).toContain('1 lege(r) mangler HPR-nummer.');
    expect(human.stdout).toContain('vaktmester');
    // Identity numbers are personal data: the report names patient ids, never the number.
    expect(human.stdout).not.toContain('12345678901');
  });

  it('reports a database whose schema is behind the app', async () => {
    const dir = tempDir();
    const conn = openDatabase(databaseFile(dir));
    conn.sqlite.exec('CREATE TABLE kysely_migration (name varchar(255) PRIMARY KEY, timestamp varchar(255))');
    conn.sqlite.close();
    const run = await cli('integrity-check', '--data-dir', dir, '--json');
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({ problems: [{ code: 'migrations_pending' }] });
  });

  it('cannot judge a database from a newer app (exit 2)', async () => {
    const dir = await seededDataDir(tempDir(), 1);
    const conn = openDatabase(databaseFile(dir), { mustExist: true });
    conn.sqlite
      .prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)')
      .run('9999-from-the-future', NOW);
    conn.sqlite.close();
    const run = await cli('integrity-check', '--data-dir', dir, '--json');
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'DATABASE_TOO_NEW' } });
  });
});
