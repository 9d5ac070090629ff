import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { ErrorCode } from '../../shared/api/error-codes';
import { caller, demoSetup, testBackend } from '../support/backend';
import { useTempDir } from '../support/temp-dir';

describe('clinic setup, users and login', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  it('sets up the clinic once, logs the administrator in, and audits it', async () => {
    backend = await testBackend(tempDir());
    const call = caller(backend);
    expect(await call('setup.status', {})).toEqual({ ok: true, value: { configured: false } });
    const setup = await call('setup.createClinic', demoSetup);
    expect(setup).toMatchObject({
      ok: true,
      value: { user: { username: 'admin', role: 'administrator' }, clinic: { name: 'Fjordbyen legesenter' } },
    });
    expect(await call('setup.status', {})).toEqual({ ok: true, value: { configured: true } });
    const again = await caller(backend, { id: 2 })('setup.createClinic', demoSetup);
    expect(again).toMatchObject({ ok: false, error: { code: ErrorCode.alreadyConfigured } });

    const audit = await call('audit.recent', {});
    const actions = audit.ok ? audit.value.map((e) => e.action) : [];
    expect(actions).toEqual(expect.arrayContaining(['clinic.setup', 'user.create']));
  });

  it('rejects a wrong organisasjonsnummer check digit with a Norwegian message and stores nothing', async () => {
    backend = await testBackend(tempDir());
    const call = caller(backend);
    const result = await call('setup.createClinic', {
      ...demoSetup,
      clinic: { ...demoSetup.clinic, organisationNumber: '974760674' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: ErrorCode.invalidInput,
        fields: { 'clinic.organisationNumber': 'Kontrollsifferet i organisasjonsnummeret stemmer ikke' },
      },
    });
    expect(await call('setup.status', {})).toEqual({ ok: true, value: { configured: false } });
  });

  it('never stores a password in clear text', async () => {
    backend = await testBackend(tempDir());
    await caller(backend)('setup.createClinic', demoSetup);
    const dump = JSON.stringify(backend.conn.sqlite.prepare('SELECT * FROM users').all());
    const audit = JSON.stringify(backend.conn.sqlite.prepare('SELECT * FROM audit_events').all());
    expect(dump).not.toContain(demoSetup.admin.password);
    expect(audit).not.toContain(demoSetup.admin.password);
    expect(dump).toMatch(/scrypt\$32768\$8\$1\$/);
  });

  it('audits failed and successful logins; the person sees one Norwegian message for both failures', async () => {
    backend = await testBackend(tempDir());
    await caller(backend)('setup.createClinic', demoSetup);
    const call = caller(backend, { id: 2 });
    const wrong = await call('auth.login', { username: 'admin', password: 'feil-passord' });
    const unknown = await call('auth.login', { username: 'ingen', password: 'feil-passord' });
    for (const r of [wrong, unknown]) {
      expect(r).toEqual({
        ok: false,
        error: { code: ErrorCode.wrongCredentials, message: 'Feil brukernavn eller passord.' },
      });
    }
    const good = await call('auth.login', { username: 'ADMIN ', password: demoSetup.admin.password });
    expect(good.ok).toBe(true);

    const rows = backend.conn.sqlite
      .prepare(
        "SELECT actor_name, outcome, detail, workstation FROM audit_events WHERE action = 'auth.login' ORDER BY id",
      )
      .all();
    expect(rows).toEqual([
      {
        actor_name: 'Ada Administrator',
        outcome: 'failure',
        detail: '{"username":"admin","reason":"wrong_password"}',
        workstation: 'test-pc',
      },
      {
        actor_name: 'ingen',
        outcome: 'failure',
        detail: '{"username":"ingen","reason":"unknown_user"}',
        workstation: 'test-pc',
      },
      { actor_name: 'Ada Administrator', outcome: 'success', detail: '{"username":"admin"}', workstation: 'test-pc' },
    ]);
  });

  it('lets only the administrator create users; a lege needs an HPR-nummer', async () => {
    backend = await testBackend(tempDir());
    const admin = caller(backend);
    await admin('setup.createClinic', demoSetup);
    const noHpr = await admin('users.create', {
      username: 'lege1',
      displayName: 'Lise Lege',
      role: 'lege',
      password: 'lang-nok-passord',
    });
    expect(noHpr).toMatchObject({ ok: false, error: { fields: { hprNumber: 'Leger må ha HPR-nummer' } } });
    const lege = await admin('users.create', {
      username: 'lege1',
      displayName: 'Lise Lege',
      role: 'lege',
      hprNumber: '1234567',
      password: 'lang-nok-passord',
    });
    expect(lege).toMatchObject({ ok: true, value: { role: 'lege', hprNumber: '1234567' } });
    const dup = await admin('users.create', {
      username: 'lege1',
      displayName: 'Lars Lege',
      role: 'lege',
      hprNumber: '7654321',
      password: 'lang-nok-passord',
    });
    expect(dup).toMatchObject({ ok: false, error: { code: ErrorCode.usernameTaken } });

    const asLege = caller(backend, { id: 3 });
    expect((await asLege('auth.login', { username: 'lege1', password: 'lang-nok-passord' })).ok).toBe(true);
    expect(await asLege('users.list', {})).toMatchObject({ ok: false, error: { code: ErrorCode.forbidden } });
    // Doctors' names are not the user register: every role may list them to filter or choose a fastlege.
    expect(await asLege('users.clinicians', {})).toEqual({
      ok: true,
      value: [{ id: lege.ok ? lege.value.id : '', displayName: 'Lise Lege' }],
    });
    expect(await asLege('audit.recent', {})).toMatchObject({ ok: false, error: { code: ErrorCode.forbidden } });
  });
});
