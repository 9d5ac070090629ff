import { expect } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { Role } from '../../shared/schemas/roles';
import { caller, demoSetup } from './backend';

const PASSWORD = 'lang-nok-passord';

export type Caller = ReturnType<typeof caller>;

export interface TestClinic {
  admin: Caller;
  lege1: Caller;
  lege2: Caller;
  sekretaer: Caller;
  ids: { lege1: string; lege2: string };
}

async function userAs(backend: Backend, admin: Caller, senderId: number, username: string, role: Role, hpr?: string) {
  const created = await admin('users.create', {
    username,
    displayName: `${username} Testesen`,
    role,
    ...(hpr ? { hprNumber: hpr } : {}),
    password: PASSWORD,
  });
  expect(created.ok).toBe(true);
  const call = caller(backend, { id: senderId });
  expect((await call('auth.login', { username, password: PASSWORD })).ok).toBe(true);
  return { call, id: created.ok ? created.value.id : '' };
}

/** A configured clinic with an administrator, two doctors and a helsesekretær, each logged in in its own window. */
export async function testClinic(backend: Backend): Promise<TestClinic> {
  const admin = caller(backend, { id: 1 });
  expect((await admin('setup.createClinic', demoSetup)).ok).toBe(true);
  const lege1 = await userAs(backend, admin, 2, 'lege1', 'lege', '1000001');
  const lege2 = await userAs(backend, admin, 3, 'lege2', 'lege', '1000002');
  const sekretaer = await userAs(backend, admin, 4, 'sekretaer', 'helsesekretaer');
  return {
    admin,
    lege1: lege1.call,
    lege2: lege2.call,
    sekretaer: sekretaer.call,
    ids: { lege1: lege1.id, lege2: lege2.id },
  };
}

export function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
