import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { calls } from '../../shared/api/contract';
import { ErrorCode } from '../../shared/api/error-codes';
import { caller, demoSetup, testBackend } from '../support/backend';
import { useTempDir } from '../support/temp-dir';

describe('IPC router refusals', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function configured(): Promise<Backend> {
    backend = await testBackend(tempDir());
    const setup = await caller(backend)('setup.createClinic', demoSetup);
    expect(setup.ok).toBe(true);
    await caller(backend)('auth.logout', {});
    return backend;
  }

  function expectRefusal(result: unknown, code: string): void {
    expect(result).toMatchObject({ ok: false, error: { code } });
    const { error } = result as { error: { message: string } };
    expect(error.message).toMatch(/[a-zæøå]/i);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+|SELECT|INSERT|Error:/);
  }

  it('refuses a call that is not in the contract', async () => {
    const b = await configured();
    expectRefusal(
      await b.router({ id: 1, url: 'app://allmenn/', isTopFrame: true }, { call: 'db.exec' }),
      ErrorCode.unknownCall,
    );
    expectRefusal(await b.router({ id: 1, url: 'app://allmenn/', isTopFrame: true }, 'garbage'), ErrorCode.unknownCall);
    expectRefusal(
      await b.router({ id: 1, url: 'app://allmenn/', isTopFrame: true }, { call: 'toString', input: {} }),
      ErrorCode.unknownCall,
    );
  });

  it('refuses a payload that does not parse, naming the field in Norwegian', async () => {
    const b = await configured();
    const result = await caller(b)('auth.login', { username: 'admin', password: 42 as unknown as string });
    expectRefusal(result, ErrorCode.invalidInput);
    expect(result.ok === false && result.error.fields?.password).toBeTruthy();
    expect((await caller(b)('auth.login', { username: 'admin', password: demoSetup.admin.password })).ok).toBe(true);
    const extra = await caller(b)('auth.logout', { sneaky: true } as never);
    expectRefusal(extra, ErrorCode.invalidInput);
  });

  it('refuses every session call in the contract without a session', async () => {
    const b = await configured();
    const sessionCalls = Object.entries(calls).filter(([, spec]) => spec.access === 'session');
    expect(sessionCalls.length).toBeGreaterThan(3);
    for (const [call] of sessionCalls) {
      expectRefusal(
        await b.router({ id: 7, url: 'app://allmenn/', isTopFrame: true }, { call, input: {} }),
        ErrorCode.notLoggedIn,
      );
    }
  });

  it('refuses a sender that is not our own top frame', async () => {
    const b = await configured();
    expectRefusal(await caller(b, { url: 'https://evil.example/' })('setup.status', {}), ErrorCode.untrustedSender);
    expectRefusal(await caller(b, { isTopFrame: false })('setup.status', {}), ErrorCode.untrustedSender);
  });

  it('keeps sessions per window: logging in one window does not log in another', async () => {
    const b = await configured();
    const login = await caller(b, { id: 1 })('auth.login', { username: 'admin', password: demoSetup.admin.password });
    expect(login.ok).toBe(true);
    expect((await caller(b, { id: 1 })('users.list', {})).ok).toBe(true);
    expectRefusal(await caller(b, { id: 2 })('users.list', {}), ErrorCode.notLoggedIn);
  });

  it('ends an idle session and tells the window', async () => {
    let now = new Date('2026-11-22T08:00:00Z');
    backend = await testBackend(tempDir(), () => now);
    const call = caller(backend);
    expect((await call('setup.createClinic', demoSetup)).ok).toBe(true);
    const seen: unknown[] = [];
    backend.events.attach(1, (m) => seen.push(m));
    now = new Date('2026-11-22T08:31:00Z');
    expectRefusal(await call('users.list', {}), ErrorCode.notLoggedIn);
    expect(seen).toEqual([{ name: 'session.ended', payload: { reason: 'expired' } }]);
  });

  it('locks an idle window by itself, without waiting for a click, and audits it', async () => {
    let now = new Date('2026-11-22T08:00:00Z');
    backend = await testBackend(tempDir(), () => now);
    expect((await caller(backend)('setup.createClinic', demoSetup)).ok).toBe(true);
    const seen: unknown[] = [];
    backend.events.attach(1, (m) => seen.push(m));
    now = new Date('2026-11-22T08:20:00Z');
    await backend.sweepSessions();
    expect(seen).toEqual([]);
    now = new Date('2026-11-22T08:31:00Z');
    await backend.sweepSessions();
    expect(seen).toEqual([{ name: 'session.ended', payload: { reason: 'expired' } }]);
    expect(
      backend.conn.sqlite.prepare("SELECT actor_name FROM audit_events WHERE action = 'auth.session_expired'").all(),
    ).toEqual([{ actor_name: 'Ada Administrator' }]);
    expectRefusal(await caller(backend)('users.list', {}), ErrorCode.notLoggedIn);
  });
});
