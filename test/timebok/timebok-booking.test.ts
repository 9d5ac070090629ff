/**
 * The timebok's rules through the real router on a real SQLite file: booking within working hours only, never in
 * lunch or an exception, akutttimer only the same day, moving keeps the old row, cancelling keeps history and frees
 * the slot, ikke møtt, the next free time, and the events other windows refresh on.
 */
import { updateAppointment } from '../../db/repositories/timebok.repository';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { EventMessage } from '../../shared/api/client';
import { setQueueStatus } from '../../electron/services/timebok/appointment-status';
import { value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { at, MONDAY, TUESDAY, timebokClinic, type TimebokClinic } from './timebok-clinic';

describe('timebok booking rules', () => {
  const tempDir = useTempDir();
  let t: TimebokClinic;
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function setUp(start?: string): Promise<TimebokClinic> {
    t = await timebokClinic(tempDir(), start);
    backend = t.backend;
    return t;
  }

  function book(
    startsAt: string,
    extra: {
      resourceId?: string;
      patientId?: string;
      appointmentType?: 'konsultasjon' | 'dobbelttime' | 'telefon';
    } = {},
  ) {
    return t.c.sekretaer('timebok.book', {
      patientId: extra.patientId ?? t.kari,
      resourceId: extra.resourceId ?? t.lege1Resource,
      appointmentType: extra.appointmentType ?? 'konsultasjon',
      startsAt,
      channel: 'telefon',
    });
  }

  it('changes an appointment only from the status it was read in: a move after a cancel elsewhere writes nothing', async () => {
    await setUp();
    const booked = value(await book(at(TUESDAY, '09:00')));
    const seen = { id: booked.appointment.id, status: 'booket' as const };
    value(await t.c.sekretaer('timebok.cancel', { appointmentId: booked.appointment.id, reason: 'Pasienten ringte' }));
    expect(await updateAppointment(t.backend.conn.db, seen, { status: 'flyttet' })).toBe(false);
    const row = await t.backend.conn.db
      .selectFrom('appointments')
      .select('status')
      .where('id', '=', booked.appointment.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('avlyst');
  });

  it('refuses a time for a patient the register says is dead', async () => {
    await setUp();
    // The national register's update marks the death; the card is kept (nothing clinical is deleted).
    await t.backend.conn.db.updateTable('patients').set({ status: 'dod' }).where('id', '=', t.kari).execute();
    const refused = await book(at(TUESDAY, '09:00'));
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'PATIENT_INACTIVE' });
    expect(await t.backend.conn.db.selectFrom('appointments').select('id').execute()).toHaveLength(0);
  });

  it('books a konsultasjon of 20 minutes inside working hours and shows it in the day view with name and birth date', async () => {
    await setUp();
    const booked = value(await book(at(TUESDAY, '09:00'), { appointmentType: 'konsultasjon' }));
    expect(booked.appointment).toMatchObject({
      localStart: '09:00',
      localEnd: '09:20',
      status: 'booket',
      patientName: 'Kari Nordmann',
      birthDate: '1968-05-14',
      date: TUESDAY,
    });
    const day = value(await t.c.sekretaer('timebok.day', { date: TUESDAY }));
    expect(day.resources.map((r) => r.resource.name)).toEqual(['Dr. Lege En', 'Dr. Lege To']);
    const col = day.resources[0]!;
    expect(col.hours).toMatchObject({ start: '08:00', end: '15:30', slotMinutes: 20 });
    expect(col.appointments.map((a) => a.id)).toEqual([booked.appointment.id]);
    expect(col.slots.find((s) => s.localStart === '09:00')?.state).toBe('opptatt');
    expect(col.slots.find((s) => s.localStart === '09:20')?.state).toBe('ledig');
    expect(col.slots.some((s) => s.localStart === '11:40')).toBe(false); // lunch
    expect(col.slots.find((s) => s.localStart === '14:00')?.state).toBe('akutt');
    // Administrative data only for reception: no CAVE flag at all.
    expect(col.appointments[0]).not.toHaveProperty('cave');
  });

  it('takes the duration from the type: a dobbelttime occupies two slots', async () => {
    await setUp();
    const booked = value(await book(at(TUESDAY, '10:00'), { appointmentType: 'dobbelttime' }));
    expect(booked.appointment.localEnd).toBe('10:40');
    const clash = await book(at(TUESDAY, '10:20'), { patientId: t.ola });
    expect(clash.ok).toBe(false);
    if (!clash.ok) {
      expect(clash.error.code).toBe('TIMEBOK_SLOT_TAKEN');
      expect(clash.error.message).toBe('Timen er nettopp tatt av en annen. Velg en annen tid.');
    }
  });

  it('refuses times outside working hours, in lunch, across the end of the day, off the 5-minute grid and in the past', async () => {
    await setUp();
    const cases: [string, string][] = [
      [at(TUESDAY, '07:40'), 'TIMEBOK_OUTSIDE_HOURS'],
      [at(TUESDAY, '11:20'), 'TIMEBOK_OUTSIDE_HOURS'], // 11:20–11:40 runs into lunch
      [at(TUESDAY, '11:30'), 'TIMEBOK_OUTSIDE_HOURS'],
      [at(TUESDAY, '15:20'), 'TIMEBOK_OUTSIDE_HOURS'], // ends 15:40, after 15:30
      [at('2026-11-28', '10:00'), 'TIMEBOK_OUTSIDE_HOURS'], // Saturday
      [at(TUESDAY, '09:03'), 'TIMEBOK_NOT_ALIGNED'],
      [at('2026-11-20', '10:00'), 'TIMEBOK_IN_PAST'],
    ];
    for (const [startsAt, code] of cases) {
      const r = await book(startsAt);
      expect(r.ok ? 'ok' : r.error.code, startsAt).toBe(code);
    }
    const r = await book(at(TUESDAY, '11:30'));
    if (!r.ok) expect(r.error.message).toMatch(/lunsjen/);
  });

  it('keeps akutttimer for the same day: refused tomorrow, bookable today and marked urgent', async () => {
    await setUp();
    const tomorrow = await book(at(TUESDAY, '14:00'));
    expect(tomorrow.ok ? 'ok' : tomorrow.error.code).toBe('TIMEBOK_URGENT_RESERVED');
    const today = value(await book(at(MONDAY, '14:00')));
    expect(today.appointment.urgent).toBe(true);
  });

  it('refuses a time in an exception and lists the booked patients an exception hits', async () => {
    await setUp();
    const kariBooked = value(await book(at('2026-12-01', '09:00')));
    value(await book(at('2026-12-02', '10:00'), { patientId: t.ola }));
    value(await book(at('2026-12-10', '10:00'), { patientId: t.ola })); // after the exception
    const added = value(
      await t.c.sekretaer('schedules.addException', {
        resourceId: t.lege1Resource,
        kind: 'kurs',
        from: '2026-12-01',
        to: '2026-12-03',
        note: 'Kurs i Bergen',
      }),
    );
    expect(added.affectedCount).toBe(2);
    const affected = value(await t.c.sekretaer('schedules.affected', { exceptionId: added.exception.id }));
    expect(affected.map((a) => a.patientName).sort()).toEqual(['Kari Nordmann', 'Ola Nordmann']);
    expect(affected.map((a) => a.id)).toContain(kariBooked.appointment.id);

    const refused = await book(at('2026-12-02', '13:00'));
    expect(refused.ok ? 'ok' : refused.error.code).toBe('TIMEBOK_RESOURCE_UNAVAILABLE');
    if (!refused.ok) expect(refused.error.message).toMatch(/på kurs/);
    const day = value(await t.c.sekretaer('timebok.day', { date: '2026-12-02', resourceIds: [t.lege1Resource] }));
    expect(day.resources[0]!.slots.every((s) => s.state === 'fravaer' || s.state === 'opptatt')).toBe(true);
    expect(day.resources[0]!.exceptions[0]?.kind).toBe('kurs');
  });

  it('a part-day exception (sykdom after 12:00) leaves the morning bookable', async () => {
    await setUp();
    value(
      await t.c.sekretaer('schedules.addException', {
        resourceId: t.lege1Resource,
        kind: 'sykdom',
        from: TUESDAY,
        to: TUESDAY,
        fromTime: '12:00',
      }),
    );
    expect((await book(at(TUESDAY, '09:00'))).ok).toBe(true);
    const afternoon = await book(at(TUESDAY, '12:20'));
    expect(afternoon.ok ? 'ok' : afternoon.error.code).toBe('TIMEBOK_RESOURCE_UNAVAILABLE');
  });

  it('moves an appointment: a new row linked to the old, the old kept as flyttet and its slot freed', async () => {
    await setUp();
    const booked = value(await book(at(TUESDAY, '09:00')));
    const moved = value(
      await t.c.sekretaer('timebok.move', {
        appointmentId: booked.appointment.id,
        startsAt: at(TUESDAY, '09:10'),
      }),
    );
    expect(moved.appointment).toMatchObject({
      localStart: '09:10',
      status: 'booket',
      movedFromId: booked.appointment.id,
    });
    expect(moved.previous).toMatchObject({ status: 'flyttet', movedToId: moved.appointment.id });
    // To the other doctor too.
    const moved2 = value(
      await t.c.sekretaer('timebok.move', {
        appointmentId: moved.appointment.id,
        resourceId: t.lege2Resource,
        startsAt: at(TUESDAY, '09:00'),
      }),
    );
    expect(moved2.appointment.resourceName).toBe('Dr. Lege To');
    // The first doctor's 09:00 is free again.
    expect((await book(at(TUESDAY, '09:00'), { patientId: t.ola })).ok).toBe(true);
    const history = value(await t.c.sekretaer('timebok.appointment', { appointmentId: booked.appointment.id }));
    expect(history.history.map((h) => h.kind)).toEqual(['booket', 'flyttet']);
    const units = await t.backend.conn.db
      .selectFrom('appointment_slot_units')
      .select('appointment_id')
      .where('appointment_id', 'in', [booked.appointment.id, moved.appointment.id])
      .execute();
    expect(units).toEqual([]);
  });

  it('cancels with a reason: history kept, the slot free for another patient, and a second cancel is refused', async () => {
    await setUp();
    const booked = value(await book(at(TUESDAY, '09:00')));
    const noReason = await t.c.sekretaer('timebok.cancel', { appointmentId: booked.appointment.id, reason: '' });
    expect(noReason.ok).toBe(false);
    const cancelled = value(
      await t.c.sekretaer('timebok.cancel', { appointmentId: booked.appointment.id, reason: 'Pasienten ringte' }),
    );
    expect(cancelled.appointment).toMatchObject({ status: 'avlyst', cancelReason: 'Pasienten ringte' });
    expect(cancelled.appointment.cancelledAt).not.toBeNull();
    expect((await book(at(TUESDAY, '09:00'), { patientId: t.ola })).ok).toBe(true);
    const again = await t.c.sekretaer('timebok.cancel', { appointmentId: booked.appointment.id, reason: 'To ganger' });
    expect(again.ok ? 'ok' : again.error.code).toBe('TIMEBOK_WRONG_STATUS');
    const history = value(await t.c.sekretaer('timebok.patientAppointments', { patientId: t.kari }));
    expect(history.map((a) => a.status)).toEqual(['avlyst']);
    const audit = await t.backend.conn.db
      .selectFrom('audit_events')
      .select('action')
      .where('patient_id', '=', t.kari)
      .where('action', 'like', 'timebok.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['timebok.book', 'timebok.cancel']);
  });

  it('marks ikke møtt only once the time has begun', async () => {
    await setUp('08:50');
    const booked = value(await book(at(MONDAY, '09:00')));
    const early = await t.c.sekretaer('timebok.noShow', { appointmentId: booked.appointment.id });
    expect(early.ok ? 'ok' : early.error.code).toBe('TIMEBOK_TOO_EARLY');
    t.clock.now = new Date(at(MONDAY, '09:05'));
    const marked = value(await t.c.sekretaer('timebok.noShow', { appointmentId: booked.appointment.id }));
    expect(marked.appointment.status).toBe('ikke_mott');
  });

  it('finds the next free time of a kind, skipping booked slots, lunch and tomorrow’s akutttimer', async () => {
    await setUp();
    value(await book(at('2026-11-25', '08:00')));
    value(await book(at('2026-11-25', '08:20'), { patientId: t.ola }));
    const free = value(
      await t.c.sekretaer('timebok.nextFree', {
        resourceId: t.lege1Resource,
        appointmentType: 'dobbelttime',
        from: '2026-11-25',
        count: 5,
      }),
    );
    expect(free.map((f) => f.localStart)).toEqual(['08:40', '09:00', '09:20', '09:40', '10:00']);
    // A dobbelttime at 11:00 would run into lunch; later that day the akutttimer are not offered.
    const late = value(
      await t.c.sekretaer('timebok.nextFree', {
        resourceId: t.lege1Resource,
        appointmentType: 'dobbelttime',
        from: '2026-11-25',
        count: 20,
      }),
    );
    const wednesday = late.filter((f) => f.date === '2026-11-25').map((f) => f.localStart);
    expect(wednesday).not.toContain('11:00');
    expect(wednesday).not.toContain('14:00');
    expect(wednesday).toContain('12:00');
    // Today's akutttimer are offered.
    const today = value(
      await t.c.sekretaer('timebok.nextFree', {
        resourceId: t.lege1Resource,
        appointmentType: 'konsultasjon',
        from: MONDAY,
        count: 20,
      }),
    );
    expect(today.find((f) => f.date === MONDAY && f.localStart === '14:00')?.urgent).toBe(true);
  });

  it('tells every window which day and resource changed', async () => {
    await setUp();
    const seen: EventMessage[] = [];
    t.backend.events.attach(99, (m) => seen.push(m));
    const booked = value(await book(at(TUESDAY, '09:00')));
    value(
      await t.c.sekretaer('timebok.move', {
        appointmentId: booked.appointment.id,
        startsAt: at('2026-11-25', '09:00'),
      }),
    );
    expect(seen.filter((m) => m.name === 'timebok.changed').map((m) => m.payload)).toEqual([
      { date: TUESDAY, resourceId: t.lege1Resource },
      { date: '2026-11-25', resourceId: t.lege1Resource },
      { date: TUESDAY, resourceId: t.lege1Resource },
    ]);
  });

  it('shows the week of one resource, Monday to Sunday, with days off empty', async () => {
    await setUp();
    value(await book(at('2026-11-26', '09:00')));
    const week = value(await t.c.sekretaer('timebok.week', { resourceId: t.lege1Resource, date: '2026-11-26' }));
    expect(week.days.map((d) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(week.days[3]!.appointments).toHaveLength(1);
    expect(week.days[5]!.hours).toBeNull();
  });

  it('a new template from a date leaves earlier days as they were', async () => {
    await setUp();
    value(
      await t.c.sekretaer('schedules.setWeek', {
        resourceId: t.lege1Resource,
        validFrom: '2026-12-07',
        days: [{ weekday: 1, workStart: '09:00', workEnd: '13:00', slotMinutes: 15, urgentBlocks: [] }],
      }),
    );
    const before = value(await t.c.sekretaer('timebok.day', { date: '2026-11-30', resourceIds: [t.lege1Resource] }));
    expect(before.resources[0]!.hours?.start).toBe('08:00');
    const after = value(await t.c.sekretaer('timebok.day', { date: '2026-12-07', resourceIds: [t.lege1Resource] }));
    expect(after.resources[0]!.hours).toMatchObject({ start: '09:00', slotMinutes: 15 });
    const tuesdayAfter = value(
      await t.c.sekretaer('timebok.day', { date: '2026-12-08', resourceIds: [t.lege1Resource] }),
    );
    expect(tuesdayAfter.resources[0]!.hours).toBeNull();
  });
});

describe('queue statuses on an appointment (for the venterom)', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  it('moves booket → ankommet → inne → ferdig with history, keeps the slot, and refuses a cancelled one', async () => {
    const t = await timebokClinic(tempDir(), '08:50');
    backend = t.backend;
    const book = (hhmm: string) =>
      t.c.sekretaer('timebok.book', {
        patientId: t.kari,
        resourceId: t.lege1Resource,
        appointmentType: 'konsultasjon',
        startsAt: at(MONDAY, hhmm),
        channel: 'skranke',
      });
    const booked = value(await book('09:00'));
    const ctx = { user: { id: null, name: 'test' }, role: 'system' as const, workstation: 'pc', now: t.clock.now };
    for (const to of ['ankommet', 'inne', 'ferdig'] as const) {
      await t.backend.conn.db.transaction().execute((trx) => setQueueStatus(trx, ctx, booked.appointment.id, to));
    }
    const detail = value(await t.c.sekretaer('timebok.appointment', { appointmentId: booked.appointment.id }));
    expect(detail.status).toBe('ferdig');
    expect(detail.history.map((h) => h.toStatus)).toEqual(['booket', 'ankommet', 'inne', 'ferdig']);
    const again = await book('09:00');
    expect(again.ok ? 'ok' : again.error.code).toBe('TIMEBOK_SLOT_TAKEN');

    const other = value(await book('10:00'));
    value(await t.c.sekretaer('timebok.cancel', { appointmentId: other.appointment.id, reason: 'Avbud' }));
    const refused = await t.backend.conn.db
      .transaction()
      .execute((trx) => setQueueStatus(trx, ctx, other.appointment.id, 'ankommet'))
      .then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
    expect(refused).toBe('TIMEBOK_WRONG_STATUS');
  });
});
