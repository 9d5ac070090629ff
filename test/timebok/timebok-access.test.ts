/**
 * Who may do what in the timebok, call by call through the real router: the helsesekretær books and configures;
 * the administrator configures schedules but sees no patients; a doctor books and sees their own day list with
 * CAVE flags (audited), never another doctor's; nobody without a session gets anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { caller } from '../support/backend';
import { value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { at, TUESDAY, timebokClinic, type TimebokClinic } from './timebok-clinic';

function codeOf(r: { ok: boolean; error?: { code: string } }): string {
  return r.ok ? 'ok' : (r.error?.code ?? '');
}

describe('timebok access per role', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function setUp(): Promise<TimebokClinic> {
    const t = await timebokClinic(tempDir());
    backend = t.backend;
    return t;
  }

  function bookingOf(t: TimebokClinic, hhmm: string, patientId = t.kari, resourceId = t.lege1Resource) {
    return {
      patientId,
      resourceId,
      appointmentType: 'konsultasjon' as const,
      startsAt: at(TUESDAY, hhmm),
      channel: 'telefon' as const,
    };
  }

  it('the administrator configures schedules and exceptions but sees no patients', async () => {
    const t = await setUp();
    value(await t.c.sekretaer('timebok.book', bookingOf(t, '09:00')));
    expect(codeOf(await t.c.admin('schedules.resources', {}))).toBe('ok');
    expect(codeOf(await t.c.admin('schedules.get', { resourceId: t.lege1Resource }))).toBe('ok');
    const added = value(
      await t.c.admin('schedules.addException', {
        resourceId: t.lege1Resource,
        kind: 'ferie',
        from: TUESDAY,
        to: TUESDAY,
      }),
    );
    expect(added.affectedCount).toBe(1);
    expect(codeOf(await t.c.admin('schedules.affected', { exceptionId: added.exception.id }))).toBe('FORBIDDEN');
    expect(codeOf(await t.c.admin('timebok.day', { date: TUESDAY }))).toBe('FORBIDDEN');
    expect(codeOf(await t.c.admin('timebok.week', { resourceId: t.lege1Resource, date: TUESDAY }))).toBe('FORBIDDEN');
    expect(codeOf(await t.c.admin('timebok.book', bookingOf(t, '10:00', t.ola, t.lege2Resource)))).toBe('FORBIDDEN');
    expect(codeOf(await t.c.admin('timebok.patientAppointments', { patientId: t.kari }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.c.admin('timebok.nextFree', {
          resourceId: t.lege1Resource,
          appointmentType: 'konsultasjon',
          from: TUESDAY,
          count: 1,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await t.c.admin('schedules.removeException', { exceptionId: added.exception.id }))).toBe('ok');
  });

  it('the helsesekretær books, moves, cancels and configures; the day view holds administrative data only', async () => {
    const t = await setUp();
    const booked = value(await t.c.sekretaer('timebok.book', bookingOf(t, '09:00')));
    expect(
      codeOf(
        await t.c.sekretaer('timebok.move', { appointmentId: booked.appointment.id, startsAt: at(TUESDAY, '10:00') }),
      ),
    ).toBe('ok');
    expect(
      codeOf(
        await t.c.sekretaer('schedules.addException', {
          resourceId: t.lege2Resource,
          kind: 'kurs',
          from: TUESDAY,
          to: TUESDAY,
        }),
      ),
    ).toBe('ok');
    const day = value(await t.c.sekretaer('timebok.day', { date: TUESDAY }));
    const keys = Object.keys(day.resources[0]!.appointments[0]!).sort();
    expect(keys).not.toContain('cave');
    expect(keys).not.toContain('identityNumber');
  });

  it('a doctor may book but not configure schedules', async () => {
    const t = await setUp();
    expect(codeOf(await t.c.lege1('timebok.book', bookingOf(t, '09:00')))).toBe('ok');
    expect(
      codeOf(await t.c.lege1('schedules.setWeek', { resourceId: t.lege1Resource, validFrom: TUESDAY, days: [] })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.c.lege1('schedules.addException', {
          resourceId: t.lege1Resource,
          kind: 'ferie',
          from: TUESDAY,
          to: TUESDAY,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await t.c.lege1('schedules.saveResource', { name: 'Lab', kind: 'lab' }))).toBe('FORBIDDEN');
  });

  it("a doctor's own day list flags CAVE (and audits it); another doctor's column and reception do not see it", async () => {
    const t = await setUp();
    value(
      await t.c.lege1('cave.add', {
        patientId: t.kari,
        allergenText: 'Penicillin',
        severity: 'alvorlig',
        certainty: 'bekreftet',
        source: 'pasient',
        notedOn: '2020-01-01',
      }),
    );
    value(await t.c.sekretaer('timebok.book', bookingOf(t, '09:00', t.kari)));
    value(await t.c.sekretaer('timebok.book', bookingOf(t, '09:20', t.ola)));
    value(await t.c.sekretaer('timebok.book', bookingOf(t, '09:00', t.kari, t.lege2Resource)));

    const own = value(await t.c.lege1('timebok.day', { date: TUESDAY }));
    const mine = own.resources.find((r) => r.resource.id === t.lege1Resource)!;
    expect(mine.appointments.map((a) => [a.patientName, a.cave])).toEqual([
      ['Kari Nordmann', true],
      ['Ola Nordmann', false],
    ]);
    const theirs = own.resources.find((r) => r.resource.id === t.lege2Resource)!;
    expect(theirs.appointments[0]).not.toHaveProperty('cave');
    const reception = value(await t.c.sekretaer('timebok.day', { date: TUESDAY }));
    expect(reception.resources.flatMap((r) => r.appointments).some((a) => 'cave' in a)).toBe(false);

    const audit = await t.backend.conn.db
      .selectFrom('audit_events')
      .select(['patient_id', 'actor_name'])
      .where('action', '=', 'timebok.cave-flag')
      .execute();
    expect(audit).toEqual([{ patient_id: t.kari, actor_name: 'lege1 Testesen' }]);
  });

  it('without a session every timebok call is refused', async () => {
    const t = await setUp();
    const anonymous = caller(t.backend, { id: 42 });
    expect(codeOf(await anonymous('timebok.day', { date: TUESDAY }))).toBe('NOT_LOGGED_IN');
    expect(codeOf(await anonymous('schedules.resources', {}))).toBe('NOT_LOGGED_IN');
    expect(codeOf(await anonymous('timebok.book', bookingOf(t, '09:00')))).toBe('NOT_LOGGED_IN');
  });
});
