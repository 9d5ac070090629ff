/**
 * A clinic with a timebok, for the timebok tests: the real backend and router, two leger and a helsesekretær, a
 * resource per doctor with a weekly template (08:00–15:30, lunsj 11:30–12:00, 20-minute slots, akutttimer
 * 14:00–15:00) and two Test Norge patients. The clock starts on Monday 23 November 2026 at 07:00 in Oslo.
 */
import { expect } from 'vitest';
import type { Backend } from '../../electron/backend';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { tnr } from '../support/people';

export const MONDAY = '2026-11-23';
export const TUESDAY = '2026-11-24';

/** Oslo is UTC+1 in November: 08:00 local is 07:00Z. */
export function at(date: string, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCHours(h - 1, m);
  return d.toISOString();
}

export interface TimebokClinic {
  backend: Backend;
  c: TestClinic;
  clock: { now: Date };
  lege1Resource: string;
  lege2Resource: string;
  kari: string;
  ola: string;
}

export const STANDARD_DAY = {
  workStart: '08:00',
  workEnd: '15:30',
  lunchStart: '11:30',
  lunchEnd: '12:00',
  slotMinutes: 20,
  urgentBlocks: [{ start: '14:00', end: '15:00' }],
};

/** `start` is the clock's first reading (Oslo local time on Monday); sessions end after 30 idle minutes. */
export async function timebokClinic(dataDir: string, start = '07:00'): Promise<TimebokClinic> {
  const clock = { now: new Date(at(MONDAY, start)) };
  const backend = await testBackend(dataDir, () => clock.now);
  const c = await testClinic(backend);
  const lege1Resource = value(
    await c.admin('schedules.saveResource', { name: 'Dr. Lege En', kind: 'lege', userId: c.ids.lege1, sortOrder: 1 }),
  ).id;
  const lege2Resource = value(
    await c.admin('schedules.saveResource', { name: 'Dr. Lege To', kind: 'lege', userId: c.ids.lege2, sortOrder: 2 }),
  ).id;
  for (const resourceId of [lege1Resource, lege2Resource]) {
    const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ...STANDARD_DAY }));
    expect((await c.admin('schedules.setWeek', { resourceId, validFrom: '2026-01-01', days: week })).ok).toBe(true);
  }
  const kari = value(
    await c.sekretaer('patients.register', {
      identityNumber: tnr('1968-05-14', 'female'),
      givenName: 'Kari',
      familyName: 'Nordmann',
    }),
  ).id;
  const ola = value(
    await c.sekretaer('patients.register', {
      identityNumber: tnr('1975-02-03', 'male'),
      givenName: 'Ola',
      familyName: 'Nordmann',
    }),
  ).id;
  return { backend, c, clock, lege1Resource, lege2Resource, kari, ola };
}
