/**
 * Reminder planning on a real SQLite file: about 48 hours ahead, not for appointments booked less than a day
 * before, only with consent, exactly once per appointment, and the text holds only time, place and clinic.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { isReminderDue } from '../../electron/services/requests/sms-reminders';
import { reminderText } from '../../electron/services/requests/sms-texts';
import { APPOINTMENT_TYPES } from '../../shared/rules/appointment-types';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';
import { addAppointment, addResource } from './appointments-fixture';

const now = new Date('2026-11-22T12:00:00Z');
const hours = (h: number): string => new Date(now.getTime() + h * 3_600_000).toISOString();

describe('isReminderDue', () => {
  const at = (h: number) => new Date(now.getTime() + h * 3_600_000);
  it.each([
    [47, -72, true, 'inside 48 hours, booked days ahead'],
    [48, -72, true, 'exactly 48 hours ahead'],
    [49, -72, false, 'more than 48 hours ahead: not yet'],
    [30, 0, true, 'booked 30 hours ahead, just now: more than a day ahead'],
    [20, 0, false, 'booked 20 hours ahead: less than a day'],
    [24, 0, true, 'booked exactly 24 hours ahead'],
    [-1, -72, false, 'already begun'],
  ])('starts in %i h, booked at %i h: %s (%s)', (start, booked, due) => {
    expect(isReminderDue({ startsAt: at(start), bookedAt: at(booked) }, now)).toBe(due);
  });
});

describe('planReminders', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function setup(): Promise<{ c: TestClinic; patient: (given: string, consent: boolean) => Promise<string> }> {
    backend = await testBackend(tempDir(), () => now);
    const c = await testClinic(backend);
    value(await c.sekretaer('requests.setSmsSettings', { keyword: 'HAUGESUND', place: 'Strandgata 12, Haugesund' }));
    let n = 0;
    const patient = async (given: string, consent: boolean): Promise<string> => {
      const id = value(
        await c.sekretaer('patients.register', {
          identityNumber: tnr('1970-03-0' + String(++n), 'female'),
          givenName: given,
          familyName: 'Nordmann',
        }),
      ).id;
      value(await c.sekretaer('requests.setConsent', { patientId: id, smsReminders: consent, phone: '998 87 766' }));
      return id;
    };
    return { c, patient };
  }

  async function outbox() {
    return backend!.conn.db.selectFrom('sms_outbox').selectAll().orderBy('created_at').execute();
  }

  it('writes one reminder per consenting, booked appointment inside 48 hours that was booked a day ahead', async () => {
    const { patient } = await setup();
    const db = backend!.conn.db;
    const resource = await addResource(db);
    const kari = await patient('Kari', true);
    const nils = await patient('Nils', false);
    const due = await addAppointment(db, {
      patientId: kari,
      resourceId: resource,
      startsAt: hours(46),
      bookedAt: hours(-100),
    });
    await addAppointment(db, { patientId: kari, resourceId: resource, startsAt: hours(50), bookedAt: hours(-100) });
    await addAppointment(db, { patientId: kari, resourceId: resource, startsAt: hours(20), bookedAt: hours(-1) });
    await addAppointment(db, {
      patientId: kari,
      resourceId: resource,
      startsAt: hours(40),
      bookedAt: hours(-100),
      status: 'avlyst',
    });
    await addAppointment(db, { patientId: nils, resourceId: resource, startsAt: hours(45), bookedAt: hours(-100) });

    expect(await backend!.services.requests.planReminders(now)).toEqual({ planned: 1 });
    const rows = await outbox();
    expect(rows).toEqual([
      expect.objectContaining({
        appointment_id: due,
        patient_id: kari,
        purpose: 'reminder',
        to_phone: '+4799887766',
        status: 'pending',
      }),
    ]);
    // Planning again (the timer, another PC) adds nothing.
    expect(await backend!.services.requests.planReminders(now)).toEqual({ planned: 0 });
    const [a, b] = await Promise.all([
      backend!.services.requests.planReminders(now),
      backend!.services.requests.planReminders(now),
    ]);
    expect(a.planned + b.planned).toBe(0);
    expect(await outbox()).toHaveLength(1);
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'patient_id', 'role'])
      .where('action', '=', 'sms.reminder.planned')
      .execute();
    expect(audit).toEqual([{ action: 'sms.reminder.planned', patient_id: kari, role: 'system' }]);
  });

  it('refuses a second reminder for the same appointment in the database itself', async () => {
    const { patient } = await setup();
    const db = backend!.conn.db;
    const kari = await patient('Kari', true);
    const appointment = await addAppointment(db, {
      patientId: kari,
      resourceId: await addResource(db),
      startsAt: hours(40),
      bookedAt: hours(-100),
    });
    await backend!.services.requests.planReminders(now);
    const row = (await outbox())[0]!;
    await expect(
      db
        .insertInto('sms_outbox')
        .values({ ...row, id: 'other', msg_id: 'other' })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
    expect(row.appointment_id).toBe(appointment);
  });

  it('reminds later an appointment that comes inside 48 hours as time passes', async () => {
    const { patient } = await setup();
    const db = backend!.conn.db;
    const kari = await patient('Kari', true);
    await addAppointment(db, {
      patientId: kari,
      resourceId: await addResource(db),
      startsAt: hours(60),
      bookedAt: hours(-1),
    });
    expect((await backend!.services.requests.planReminders(now)).planned).toBe(0);
    const later = new Date(now.getTime() + 13 * 3_600_000);
    expect((await backend!.services.requests.planReminders(later)).planned).toBe(1);
  });

  it('sends no reminder for a patient the register says is dead', async () => {
    const { patient } = await setup();
    const db = backend!.conn.db;
    const kari = await patient('Kari', true);
    await addAppointment(db, {
      patientId: kari,
      resourceId: await addResource(db),
      startsAt: hours(40),
      bookedAt: hours(-100),
    });
    await db.updateTable('patients').set({ status: 'dod' }).where('id', '=', kari).execute();
    expect((await backend!.services.requests.planReminders(now)).planned).toBe(0);
    expect(await outbox()).toHaveLength(0);
  });

  it('stops reminders when the patient withdraws consent, and the change is audited', async () => {
    const { c, patient } = await setup();
    const db = backend!.conn.db;
    const kari = await patient('Kari', true);
    value(await c.lege1('requests.setConsent', { patientId: kari, smsReminders: false }));
    expect(value(await c.sekretaer('requests.consent', { patientId: kari }))).toMatchObject({
      smsReminders: false,
      phone: '998 87 766',
    });
    await addAppointment(db, {
      patientId: kari,
      resourceId: await addResource(db),
      startsAt: hours(40),
      bookedAt: hours(-100),
    });
    expect((await backend!.services.requests.planReminders(now)).planned).toBe(0);
    const audit = await db
      .selectFrom('audit_events')
      .select(['role', 'detail'])
      .where('action', '=', 'sms.consent.set')
      .where('patient_id', '=', kari)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.role)).toEqual(['helsesekretaer', 'lege']);
    const refused = await c.sekretaer('requests.setConsent', { patientId: kari, smsReminders: true, phone: 'abc' });
    expect(refused.ok).toBe(false);
    expect((await c.admin('requests.setConsent', { patientId: kari, smsReminders: true, phone: '99887766' })).ok).toBe(
      false,
    );
  });

  it("follows the patient register's SMS consent until a consent record is set", async () => {
    const { c } = await setup();
    const db = backend!.conn.db;
    let n = 0;
    const register = async (given: string, smsConsent: boolean) =>
      value(
        await c.sekretaer('patients.register', {
          identityNumber: tnr(`1980-01-1${++n}`, 'male'),
          givenName: given,
          familyName: 'Hansen',
          mobilePhone: '+47 912 34 567',
          smsConsent,
        }),
      ).id;
    const yes = await register('Per', true);
    const no = await register('Pål', false);
    const overridden = await register('Espen', true);
    value(await c.sekretaer('requests.setConsent', { patientId: overridden, smsReminders: false }));
    expect(value(await c.sekretaer('requests.consent', { patientId: yes }))).toMatchObject({
      smsReminders: true,
      phone: '+47 912 34 567',
      source: 'patient-register',
    });
    const resource = await addResource(db);
    for (const patientId of [yes, no, overridden]) {
      await addAppointment(db, { patientId, resourceId: resource, startsAt: hours(40), bookedAt: hours(-100) });
    }
    expect((await backend!.services.requests.planReminders(now)).planned).toBe(1);
    expect((await outbox())[0]).toMatchObject({ patient_id: yes, to_phone: '+4791234567' });
  });

  it('never carries health information: only the time, the place and the clinic', async () => {
    const { patient } = await setup();
    const db = backend!.conn.db;
    const kari = await patient('Kari', true);
    const resourceName = 'Dr. Hansen (hjertespesialist)';
    for (const [i, type] of Object.keys(APPOINTMENT_TYPES).entries()) {
      await addAppointment(db, {
        patientId: kari,
        resourceId: await addResource(db, resourceName),
        startsAt: new Date(Date.parse('2026-11-24T09:20:00Z') + i * 5 * 60_000).toISOString(),
        bookedAt: hours(-100),
        type,
        note: 'Kontroll av blodtrykk og depresjon',
      });
    }
    await backend!.services.requests.planReminders(now);
    const rows = await outbox();
    expect(rows).toHaveLength(Object.keys(APPOINTMENT_TYPES).length);
    const first = rows.find((r) => r.text.includes('kl. 10.20'));
    expect(first?.text).toBe(
      'Påminnelse: Du har time tirsdag 24. november kl. 10.20 hos Fjordbyen legesenter, Strandgata 12, Haugesund. ' +
        'Gi beskjed hvis du ikke kan komme.',
    );
    for (const row of rows) {
      // Remove the time, the place and the clinic: only the fixed words of the template may remain.
      const rest = row.text
        .replace(/tirsdag 24\. november kl\. \d{2}\.\d{2}/, '')
        .replace('Fjordbyen legesenter', '')
        .replace('Strandgata 12, Haugesund', '');
      expect(rest).toBe('Påminnelse: Du har time  hos , . Gi beskjed hvis du ikke kan komme.');
      for (const type of Object.values(APPOINTMENT_TYPES)) {
        expect(row.text.toLowerCase()).not.toContain(type.label.toLowerCase());
      }
      expect(row.text).not.toMatch(/Hansen|spesialist|blodtrykk|depresjon|Kari|Nordmann/i);
    }
  });

  it('names only the clinic when no place is set up', () => {
    expect(
      reminderText({ startsAt: new Date('2026-07-01T06:00:00Z'), clinicName: 'Fjordbyen legesenter', place: null }),
    ).toBe(
      'Påminnelse: Du har time onsdag 1. juli kl. 08.00 hos Fjordbyen legesenter. Gi beskjed hvis du ikke kan komme.',
    );
  });
});
