/**
 * The venterom through the real router and a real SQLite file: arrivals, drop-in triage, the calling order,
 * "Neste pasient" with its journal kontakt, and what happens when two doctors press it at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { createQueueService } from '../../electron/services/queue/queue.service';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { manualClock, registerPatient, seedAppointment } from './queue-fixtures';

describe('venterom', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function clinic() {
    const clock = manualClock();
    backend = await testBackend(tempDir(), clock.now);
    const c = await testClinic(backend);
    return { b: backend, c, clock };
  }

  async function bookedAndArrived(b: Backend, c: TestClinic, name: string, startsAt: string, doctor = c.ids.lege1) {
    const patientId = await registerPatient(c.sekretaer, name);
    const appointmentId = await seedAppointment(b, { patientId, doctorId: doctor, startsAt });
    const entry = value(await c.sekretaer('queue.registerArrival', { appointmentId }));
    return { patientId, appointmentId, entry };
  }

  it('registers the arrival of a booked patient: venter in the queue, ankommet on the appointment, history and audit', async () => {
    const { b, c } = await clinic();
    const { appointmentId, entry, patientId } = await bookedAndArrived(b, c, 'Kari', '2026-11-23T09:00:00.000Z');
    expect(entry).toMatchObject({ status: 'venter', source: 'timebestilt', appointmentId, position: 1, triage: null });
    expect(entry.doctorId).toBe(c.ids.lege1);

    const appointment = await b.conn.db
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', appointmentId)
      .executeTakeFirstOrThrow();
    expect(appointment.status).toBe('ankommet');
    const history = await b.conn.db.selectFrom('queue_entry_events').selectAll().execute();
    expect(history.map((h) => h.kind)).toEqual(['ankommet']);
    const audit = await b.conn.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'queue.arrival')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ patient_id: patientId, role: 'helsesekretaer' });

    const again = await c.sekretaer('queue.registerArrival', { appointmentId });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toMatchObject({ code: 'ALREADY_ARRIVED' });
  });

  it('refuses an arrival for an appointment that is not today', async () => {
    const { b, c } = await clinic();
    const patientId = await registerPatient(c.sekretaer, 'Ola');
    const appointmentId = await seedAppointment(b, {
      patientId,
      doctorId: c.ids.lege1,
      startsAt: '2026-11-24T09:00:00.000Z',
    });
    const result = await c.sekretaer('queue.registerArrival', { appointmentId });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_TODAY');
  });

  it('lists today’s booked appointments that have not arrived, searchable by name', async () => {
    const { b, c } = await clinic();
    const kari = await registerPatient(c.sekretaer, 'Kari', 'Nordmann');
    const ola = await registerPatient(c.sekretaer, 'Ola', 'Hansen');
    await seedAppointment(b, { patientId: kari, doctorId: c.ids.lege1, startsAt: '2026-11-23T10:00:00.000Z' });
    const olaAppointment = await seedAppointment(b, {
      patientId: ola,
      doctorId: c.ids.lege2,
      startsAt: '2026-11-23T08:00:00.000Z',
    });
    await seedAppointment(b, { patientId: ola, doctorId: c.ids.lege2, startsAt: '2026-11-24T08:00:00.000Z' });

    const all = value(await c.sekretaer('queue.expected', {}));
    expect(all.map((a) => a.patientName)).toEqual(['Ola Hansen', 'Kari Nordmann']);
    expect(value(await c.sekretaer('queue.expected', { query: 'nord' })).map((a) => a.patientName)).toEqual([
      'Kari Nordmann',
    ]);

    value(await c.sekretaer('queue.registerArrival', { appointmentId: olaAppointment }));
    expect(value(await c.sekretaer('queue.expected', {})).map((a) => a.patientName)).toEqual(['Kari Nordmann']);
  });

  it('orders by urgency first: akutt, haster, booked patients whose time has come, vanlig drop-ins, early arrivals', async () => {
    const { b, c, clock } = await clinic();
    const early = await bookedAndArrived(b, c, 'Tidlig', '2026-11-23T10:00:00.000Z');
    clock.advance(1);
    const vanlig = value(
      await c.sekretaer('queue.addDropIn', {
        patientId: await registerPatient(c.sekretaer, 'Vanlig'),
        triage: 'vanlig',
        reason: 'sjansetime',
      }),
    );
    clock.advance(1);
    const booked = await bookedAndArrived(b, c, 'Booket', '2026-11-23T09:00:00.000Z');
    clock.advance(1);
    const haster = value(
      await c.sekretaer('queue.addDropIn', {
        patientId: await registerPatient(c.sekretaer, 'Haster'),
        triage: 'haster',
      }),
    );
    clock.advance(1);
    const akutt = value(
      await c.sekretaer('queue.addDropIn', {
        patientId: await registerPatient(c.sekretaer, 'Akutt'),
        triage: 'akutt',
      }),
    );

    const day = value(await c.sekretaer('queue.today', {}));
    expect(day.entries.map((e) => e.id)).toEqual([akutt.id, haster.id, booked.entry.id, vanlig.id, early.entry.id]);
    expect(day.entries.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);

    // A second vanlig drop-in waits behind the first: waiting time orders within a level.
    clock.advance(1);
    const vanlig2 = value(
      await c.sekretaer('queue.addDropIn', {
        patientId: await registerPatient(c.sekretaer, 'Vanlig2'),
        triage: 'vanlig',
      }),
    );
    const ids = value(await c.sekretaer('queue.today', {})).entries.map((e) => e.id);
    expect(ids.indexOf(vanlig2.id)).toBe(ids.indexOf(vanlig.id) + 1);
  });

  it('shows one doctor their own booked patients and the drop-ins for anyone or for them', async () => {
    const { b, c } = await clinic();
    const mine = await bookedAndArrived(b, c, 'Min', '2026-11-23T09:00:00.000Z', c.ids.lege1);
    const theirs = await bookedAndArrived(b, c, 'Hans', '2026-11-23T09:00:00.000Z', c.ids.lege2);
    const anyone = value(
      await c.sekretaer('queue.addDropIn', { patientId: await registerPatient(c.sekretaer, 'Alle'), triage: 'vanlig' }),
    );
    const wantsLege2 = value(
      await c.sekretaer('queue.addDropIn', {
        patientId: await registerPatient(c.sekretaer, 'Ønsker'),
        triage: 'haster',
        doctorId: c.ids.lege2,
      }),
    );
    const lege1View = value(await c.lege1('queue.today', { doctorId: c.ids.lege1 }));
    expect(lege1View.entries.map((e) => e.id)).toEqual([mine.entry.id, anyone.id]);
    const lege2View = value(await c.lege2('queue.today', { doctorId: c.ids.lege2 }));
    expect(lege2View.entries.map((e) => e.id)).toEqual([wantsLege2.id, theirs.entry.id, anyone.id]);
    // "Min kø": the logged-in doctor's own, without naming them.
    expect(value(await c.lege2('queue.today', { mine: true })).entries.map((e) => e.id)).toEqual(
      lege2View.entries.map((e) => e.id),
    );
  });

  it('changes the triage with a reason kept in the history, and the patient moves up', async () => {
    const { b, c, clock } = await clinic();
    const booked = await bookedAndArrived(b, c, 'Booket', '2026-11-23T09:00:00.000Z');
    clock.advance(2);
    const dropIn = value(
      await c.sekretaer('queue.addDropIn', { patientId: await registerPatient(c.sekretaer, 'Drop'), triage: 'vanlig' }),
    );
    expect(value(await c.sekretaer('queue.today', {})).entries[0]?.id).toBe(booked.entry.id);

    const changed = value(
      await c.sekretaer('queue.changeTriage', { entryId: dropIn.id, triage: 'akutt', reason: 'ringte ambulanse' }),
    );
    expect(changed).toMatchObject({ triage: 'akutt', position: 1 });
    const history = await b.conn.db
      .selectFrom('queue_entry_events')
      .selectAll()
      .where('entry_id', '=', dropIn.id)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(history.map((h) => [h.kind, h.from_triage, h.to_triage, h.detail])).toEqual([
      ['drop_in', null, 'vanlig', null],
      ['triage', 'vanlig', 'akutt', 'ringte ambulanse'],
    ]);

    const noReason = await c.sekretaer('queue.changeTriage', { entryId: dropIn.id, triage: 'haster', reason: '' });
    expect(noReason.ok).toBe(false);
  });

  it('refuses a second place in the queue for a patient who already waits', async () => {
    const { c } = await clinic();
    const patientId = await registerPatient(c.sekretaer, 'Dobbel');
    value(await c.sekretaer('queue.addDropIn', { patientId, triage: 'vanlig' }));
    const again = await c.sekretaer('queue.addDropIn', { patientId, triage: 'haster' });
    expect(again.ok).toBe(false);
    if (!again.ok)
      expect(again.error).toMatchObject({ code: 'ALREADY_IN_QUEUE', message: 'Pasienten står allerede i køen.' });
  });

  it('does not let an entry left open yesterday keep the patient out of today’s queue', async () => {
    const { c, clock } = await clinic();
    const patientId = await registerPatient(c.sekretaer, 'Igjen');
    value(await c.sekretaer('queue.addDropIn', { patientId, triage: 'vanlig' }));
    // The clinic closed without marking the patient ferdig or gått; the next morning they come back.
    clock.advance(24 * 60);
    value(await c.sekretaer('auth.login', { username: 'sekretaer', password: 'lang-nok-passord' }));
    const today = await c.sekretaer('queue.addDropIn', { patientId, triage: 'haster' });
    expect(today.ok ? null : today.error).toBeNull();
    const queue = value(await c.sekretaer('queue.today', {}));
    expect(queue.entries.filter((e) => e.patientId === patientId)).toHaveLength(1);
  });

  it('lets only one of two simultaneous drop-ins of the same patient in, and the database refuses a second active entry', async () => {
    const { b, c } = await clinic();
    const patientId = await registerPatient(c.sekretaer, 'Samtidig');
    const results = await Promise.all([
      c.sekretaer('queue.addDropIn', { patientId, triage: 'vanlig' }),
      c.lege1('queue.addDropIn', { patientId, triage: 'haster' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.error.code).toBe('ALREADY_IN_QUEUE');

    // Even code that skipped the service's check could not put the patient in twice.
    const row = await b.conn.db.selectFrom('queue_entries').selectAll().executeTakeFirstOrThrow();
    await expect(
      b.conn.db
        .insertInto('queue_entries')
        .values({ ...row, id: '0190a5e0-0000-7000-8000-0000000000ff' })
        .execute(),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
  });

  it('"Neste pasient" takes the haster drop-in ahead of the booked patient, marks inne and starts a kontakt linked to the appointment', async () => {
    const { b, c, clock } = await clinic();
    const booked = await bookedAndArrived(b, c, 'Booket', '2026-11-23T09:00:00.000Z');
    clock.advance(1);
    const haster = value(
      await c.sekretaer('queue.addDropIn', {
        patientId: await registerPatient(c.sekretaer, 'Haster'),
        triage: 'haster',
      }),
    );

    const first = value(await c.lege1('queue.callNext', {}));
    expect(first).toMatchObject({ entryId: haster.id, patientId: haster.patientId, appointmentId: null });
    clock.advance(1);
    const second = value(await c.lege1('queue.callNext', {}));
    expect(second).toMatchObject({ entryId: booked.entry.id, patientId: booked.patientId });
    expect(value(await c.lege1('queue.callNext', {}))).toBeNull();

    const note = value(await c.lege1('journal.note', { noteId: second!.noteId }));
    expect(note.patientId).toBe(booked.patientId);
    const encounter = await b.conn.db
      .selectFrom('journal_notes as n')
      .innerJoin('encounters as e', 'e.id', 'n.encounter_id')
      .select(['e.appointment_id', 'e.contact_type', 'e.clinician_id'])
      .where('n.id', '=', second!.noteId)
      .executeTakeFirstOrThrow();
    expect(encounter).toEqual({
      appointment_id: booked.appointmentId,
      contact_type: 'oppmote',
      clinician_id: c.ids.lege1,
    });

    const day = value(await c.sekretaer('queue.today', {}));
    expect(day.entries.map((e) => [e.id, e.status, e.calledByName])).toEqual([
      [haster.id, 'inne', 'lege1 Testesen'],
      [booked.entry.id, 'inne', 'lege1 Testesen'],
    ]);
    const appointment = await b.conn.db
      .selectFrom('appointments')
      .select('status')
      .where('id', '=', booked.appointmentId)
      .executeTakeFirstOrThrow();
    expect(appointment.status).toBe('inne');

    const done = value(await c.lege1('queue.markDone', { entryId: booked.entry.id }));
    expect(done.status).toBe('ferdig');
    const events = await b.conn.db
      .selectFrom('appointment_events')
      .select(['from_status', 'to_status'])
      .where('appointment_id', '=', booked.appointmentId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(events.map((e) => `${e.from_status}->${e.to_status}`)).toEqual([
      'booket->ankommet',
      'ankommet->inne',
      'inne->ferdig',
    ]);
    const again = await c.lege1('queue.markDone', { entryId: booked.entry.id });
    expect(again.ok).toBe(false);
  });

  it('never gives two doctors pressing "Neste pasient" at the same time the same patient', async () => {
    const { c } = await clinic();
    for (const name of ['En', 'To', 'Tre']) {
      value(
        await c.sekretaer('queue.addDropIn', { patientId: await registerPatient(c.sekretaer, name), triage: 'vanlig' }),
      );
    }
    const results = await Promise.all([
      c.lege1('queue.callNext', {}),
      c.lege2('queue.callNext', {}),
      c.lege1('queue.callNext', {}),
      c.lege2('queue.callNext', {}),
    ]);
    const called = results.map((r) => value(r));
    const taken = called.filter((x) => x !== null).map((x) => x.patientId);
    expect(taken).toHaveLength(3);
    expect(new Set(taken).size).toBe(3);
    expect(called.filter((x) => x === null)).toHaveLength(1);
    const day = value(await c.sekretaer('queue.today', {}));
    expect(day.entries.every((e) => e.status === 'inne')).toBe(true);
  });

  it('leaves the queue unchanged when the journal kontakt cannot be started, and the next try succeeds', async () => {
    const { b, c } = await clinic();
    const dropIn = value(
      await c.sekretaer('queue.addDropIn', { patientId: await registerPatient(c.sekretaer, 'Feil'), triage: 'haster' }),
    );
    const before = await b.conn.db.selectFrom('queue_entries').selectAll().executeTakeFirstOrThrow();
    const service = createQueueService(b.conn.db);
    const ctx = {
      user: { id: c.ids.lege1, name: 'lege1 Testesen' },
      role: 'lege' as const,
      workstation: 'test-pc',
      now: new Date('2026-11-23T09:05:00.000Z'),
    };
    await expect(service.callNext(ctx, () => Promise.reject(new Error('journal down')))).rejects.toThrow(
      'journal down',
    );
    const after = await b.conn.db.selectFrom('queue_entries').selectAll().executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    const notes = await b.conn.db.selectFrom('journal_notes').select('id').execute();
    expect(notes).toHaveLength(0);

    const called = value(await c.lege2('queue.callNext', {}));
    expect(called?.entryId).toBe(dropIn.id);
  });

  it('lets another doctor take a patient whose claim was abandoned by a crashed call', async () => {
    const { b, c } = await clinic();
    const dropIn = value(
      await c.sekretaer('queue.addDropIn', {
        patientId: await registerPatient(c.sekretaer, 'Krasj'),
        triage: 'vanlig',
      }),
    );
    // A claim from two minutes ago that never finished.
    await b.conn.db
      .updateTable('queue_entries')
      .set({ claim_token: 'x', claim_by: c.ids.lege1, claim_at: '2026-11-23T08:58:00.000Z' })
      .execute();
    const called = value(await c.lege2('queue.callNext', {}));
    expect(called?.entryId).toBe(dropIn.id);
  });

  it('marks a waiting patient as gått, and keeps them out of the calling order', async () => {
    const { c } = await clinic();
    const dropIn = value(
      await c.sekretaer('queue.addDropIn', { patientId: await registerPatient(c.sekretaer, 'Går'), triage: 'vanlig' }),
    );
    const left = value(await c.sekretaer('queue.markLeft', { entryId: dropIn.id, reason: 'orket ikke vente' }));
    expect(left).toMatchObject({ status: 'gatt', position: null });
    expect(value(await c.lege1('queue.callNext', {}))).toBeNull();
    // After leaving, the patient may come back later the same day.
    value(await c.sekretaer('queue.addDropIn', { patientId: dropIn.patientId, triage: 'vanlig' }));
  });
});
