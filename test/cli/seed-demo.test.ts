import { idnr } from '@navikt/fnrvalidator';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { databaseFile } from '../../db/paths';
import { createAuthService } from '../../electron/services/auth/auth.service';
import { DEMO_LOGINS } from '../../electron/services/demo/demo-clinic';
import { checkIdentityNumber } from '../../shared/rules/identity-number';
import { isValidOrganisationNumber } from '../../shared/rules/organisation-number';
import { useTempDir } from '../support/temp-dir';
import { cli, sha256 } from './cli-harness';

describe('cli seed-demo', () => {
  const tempDir = useTempDir('allmenn-cli-');

  it('creates a demo clinic whose printed logins work and whose patients all have valid Test Norge numbers', async () => {
    const dir = tempDir();
    const run = await cli('seed-demo', '--data-dir', dir, '--patients', '50', '--json');
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({
      command: 'seed-demo',
      ok: true,
      patients: 50,
      databaseFile: databaseFile(dir),
      clinic: { name: 'Allmenn demolegekontor' },
      timebok: { resources: 4 },
      requests: 6,
    });
    const clinic = run.json.clinic as { organisationNumber: string };
    expect(isValidOrganisationNumber(clinic.organisationNumber)).toBe(true);
    const logins = run.json.logins as { username: string; password: string; role: string; hprNumber: string | null }[];
    expect(logins.map((l) => [l.username, l.role])).toEqual([
      ['admin', 'administrator'],
      ['lege1', 'lege'],
      ['lege2', 'lege'],
      ['sekretaer', 'helsesekretaer'],
    ]);
    expect(logins.filter((l) => l.role === 'lege').every((l) => l.hprNumber !== null)).toBe(true);
    expect(logins.every((l) => l.password.length >= 10)).toBe(true);
    // Progress went to stderr; stdout holds the JSON line alone.
    expect(run.stdout.trim().split('\n')).toHaveLength(1);

    const conn = openDatabase(databaseFile(dir), { mustExist: true });
    try {
      const auth = createAuthService(conn.db);
      for (const login of logins) {
        const user = await auth.login(
          { workstation: 'test-pc', now: new Date() },
          { username: login.username, password: login.password },
        );
        expect(user.role).toBe(login.role);
      }

      const patients = await conn.db.selectFrom('patients').selectAll().execute();
      expect(patients).toHaveLength(50);
      for (const p of patients) {
        const check = idnr(p.identity_number);
        expect(check, p.identity_number).toEqual({ status: 'valid', type: 'tnr' });
        const ours = checkIdentityNumber(p.identity_number);
        expect(ours).toMatchObject({ valid: true, type: p.identity_type, birthDate: p.birth_date, sex: p.sex });
        expect(p.postal_code).toMatch(/^\d{4}$/);
        expect(p.address_line).toMatch(/^\D+ \d+[A-D]?$/);
      }
      expect(new Set(patients.map((p) => p.identity_number)).size).toBe(50);

      const audit = await conn.db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', 'not like', 'auth.%')
        .execute();
      // Two doctors, a nurse and a lab in the timebok, each with its week; three Helsenorge requests and three SMS.
      expect(audit.map((e) => e.action).sort()).toEqual(
        [
          'clinic.setup',
          'demo.seed_patients',
          'drugs.catalogue.import',
          'list.ceiling',
          'list.ceiling',
          ...Array<string>(6).fill('request.receive'),
          ...Array<string>(4).fill('schedules.resource.create'),
          ...Array<string>(4).fill('schedules.template.set'),
          'user.create',
          'user.create',
          'user.create',
          'user.create',
        ].sort(),
      );

      // The reception's rooms have something to show: appointments in the timebok, requests in Henvendelser.
      const count = (sql: string) => (conn.sqlite.prepare(sql).get() as { n: number }).n;
      expect(count('SELECT count(*) AS n FROM schedule_resources')).toBe(4);
      expect(count('SELECT count(*) AS n FROM appointments')).toBeGreaterThan(50);
      expect(count("SELECT count(*) AS n FROM appointments WHERE status = 'booket'")).toBeGreaterThan(0);
      expect(count('SELECT count(*) AS n FROM patient_requests')).toBe(6);
      expect(count("SELECT count(*) AS n FROM patient_requests WHERE channel = 'sms'")).toBe(3);
      expect(count('SELECT count(*) AS n FROM patient_requests WHERE patient_id IS NOT NULL')).toBeGreaterThanOrEqual(
        4,
      );
      for (const event of audit) expect(event.actor_name).toMatch(/^cli \(.+\)$/);
    } finally {
      await conn.close();
    }
  });

  it('gives an empty clinic with --patients 0, still with its staff and one seeding audit row', async () => {
    const dir = tempDir();
    const run = await cli('seed-demo', '--data-dir', dir, '--patients', '0', '--json');
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ ok: true, patients: 0 });
    const conn = openDatabase(databaseFile(dir), { mustExist: true, readonly: true });
    try {
      expect(conn.sqlite.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 0 });
      expect(conn.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: DEMO_LOGINS.length });
      expect(
        conn.sqlite.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'demo.seed_patients'").get(),
      ).toEqual({ n: 1 });
      // No patients, no appointments or requests; the schedules are there for the first real ones.
      expect(conn.sqlite.prepare('SELECT count(*) AS n FROM appointments').get()).toEqual({ n: 0 });
      expect(conn.sqlite.prepare('SELECT count(*) AS n FROM patient_requests').get()).toEqual({ n: 0 });
    } finally {
      conn.sqlite.close();
    }
  });

  it('prints the demo logins with their passwords in Norwegian without --json', async () => {
    const run = await cli('seed-demo', '--data-dir', tempDir(), '--patients', '3');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Demoinnlogginger');
    for (const login of DEMO_LOGINS) {
      expect(run.stdout).toContain(login.username);
      expect(run.stdout).toContain(login.password);
    }
  });

  it('refuses a folder that already holds a database and leaves it as it was', async () => {
    const dir = tempDir();
    expect((await cli('seed-demo', '--data-dir', dir, '--patients', '5')).code).toBe(0);
    const before = sha256(databaseFile(dir));
    const run = await cli('seed-demo', '--data-dir', dir, '--patients', '5', '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('har allerede en database');
    expect(run.json).toMatchObject({ ok: false, error: { code: 'DATABASE_EXISTS' } });
    expect(sha256(databaseFile(dir))).toBe(before);
  });

  it('writes nothing when the arguments are wrong', async () => {
    const dir = path.join(tempDir(), 'ny');
    for (const bad of [['--patients', 'mange'], ['--patients', '-3'], ['--patients', '2000001'], []]) {
      const run = await cli('seed-demo', '--data-dir', dir, ...bad);
      expect(run.code, bad.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--patients (må være et helt tall|trenger en verdi)|seed-demo trenger --patients/);
    }
    expect(fs.existsSync(dir)).toBe(false);
  });
});
