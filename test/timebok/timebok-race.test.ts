/**
 * No double booking, enforced by the database: two bookings of the same slot race from two connections to the same
 * file (as two PCs on the clinic's shared database would); exactly one wins, the other gets the Norwegian message
 * and the stable code. And the slot-unit key itself refuses an overlapping appointment that skipped every check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseConnection } from '../../db/connection';
import { databaseFile } from '../../db/paths';
import { insertAppointment, isSlotTaken, occupyUnits } from '../../db/repositories/timebok.repository';
import type { Backend } from '../../electron/backend';
import type { ServiceContext } from '../../electron/services/context';
import { createTimebokServices } from '../../electron/services/timebok/index';
import { unitStarts } from '../../electron/services/timebok/timebok.service';
import { ServiceError } from '../../electron/services/service-error';
import { value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { at, TUESDAY, timebokClinic } from './timebok-clinic';

describe('double booking', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  let other: DatabaseConnection | undefined;
  afterEach(async () => {
    await other?.close();
    await backend?.close();
    backend = undefined;
    other = undefined;
  });

  it('two bookings of the same slot from two connections: exactly one wins, the other is told in Norwegian', async () => {
    const dir = tempDir();
    const t = await timebokClinic(dir);
    backend = t.backend;
    other = openDatabase(databaseFile(dir));
    // One process drives both connections here; a synchronous busy wait on one would stall the other's commit,
    // so both give up the lock at once and the service retries (two PCs on PostgreSQL simply wait).
    t.backend.conn.sqlite.pragma('busy_timeout = 0');
    other.sqlite.pragma('busy_timeout = 0');
    const secondPc = createTimebokServices(other.db);
    const ctx: ServiceContext = {
      user: { id: t.c.ids.lege2, name: 'lege2 Testesen' },
      role: 'lege',
      workstation: 'pc-2',
      now: t.clock.now,
    };

    for (const [i, hhmm] of ['08:00', '08:20', '09:00', '10:00', '12:00', '13:00'].entries()) {
      const startsAt = at(TUESDAY, hhmm);
      const first = t.c.sekretaer('timebok.book', {
        patientId: t.kari,
        resourceId: t.lege1Resource,
        appointmentType: 'konsultasjon',
        startsAt,
        channel: 'telefon',
      });
      const second = secondPc.appointments
        .book(ctx, {
          patientId: t.ola,
          resourceId: t.lege1Resource,
          // Overlapping, not identical, on every other round: 10 minutes into the first.
          appointmentType: 'konsultasjon',
          startsAt: i % 2 === 0 ? startsAt : new Date(Date.parse(startsAt) + 10 * 60_000).toISOString(),
          channel: 'skranke',
        })
        .then(
          (v) => ({ ok: true as const, value: v }),
          (e: unknown) => {
            if (e instanceof ServiceError) return { ok: false as const, error: { code: e.code, message: e.message } };
            throw e;
          },
        );
      const results = await Promise.all([first, second]);
      const winners = results.filter((r) => r.ok);
      const losers = results.filter((r) => !r.ok);
      expect(winners, hhmm).toHaveLength(1);
      expect(losers[0]?.ok === false && losers[0].error).toEqual({
        code: 'TIMEBOK_SLOT_TAKEN',
        message: 'Timen er nettopp tatt av en annen. Velg en annen tid.',
      });
    }
    const rows = await t.backend.conn.db
      .selectFrom('appointments')
      .select(['starts_at'])
      .where('resource_id', '=', t.lege1Resource)
      .execute();
    expect(rows).toHaveLength(6);
  });

  it('the slot-unit key refuses an overlapping appointment even when every check was skipped', async () => {
    const dir = tempDir();
    const t = await timebokClinic(dir);
    backend = t.backend;
    const booked = value(
      await t.c.sekretaer('timebok.book', {
        patientId: t.kari,
        resourceId: t.lege1Resource,
        appointmentType: 'dobbelttime',
        startsAt: at(TUESDAY, '09:00'),
        channel: 'telefon',
      }),
    );
    const db = t.backend.conn.db;
    const units = await db
      .selectFrom('appointment_slot_units')
      .select('unit_start')
      .where('appointment_id', '=', booked.appointment.id)
      .orderBy('unit_start')
      .execute();
    expect(units).toHaveLength(8); // 40 minutes in 5-minute units
    const startsAt = new Date(at(TUESDAY, '09:35'));
    const endsAt = new Date(startsAt.getTime() + 20 * 60_000);
    const error = await db
      .transaction()
      .execute(async (trx) => {
        await insertAppointment(trx, {
          id: '01900000-0000-7000-8000-000000000001',
          patient_id: t.ola,
          resource_id: t.lege1Resource,
          appointment_type: 'konsultasjon',
          starts_at: startsAt.toISOString(),
          ends_at: endsAt.toISOString(),
          status: 'booket',
          status_at: startsAt.toISOString(),
          status_by: null,
          booked_at: startsAt.toISOString(),
          booked_by: null,
          channel: 'telefon',
          note: null,
          cancelled_at: null,
          cancelled_by: null,
          cancel_reason: null,
          moved_from_id: null,
          moved_to_id: null,
        });
        await occupyUnits(trx, t.lege1Resource, '01900000-0000-7000-8000-000000000001', unitStarts(startsAt, endsAt));
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isSlotTaken(error)).toBe(true);
    expect(await db.selectFrom('appointments').select('id').where('patient_id', '=', t.ola).execute()).toEqual([]);
  });
});
