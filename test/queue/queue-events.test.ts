/**
 * Several windows stay in step: every change to the queue reaches every attached window as 'queue.changed', with
 * no patient or health information in it, and a refused change tells nobody anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { EventMessage } from '../../shared/api/client';
import { testBackend } from '../support/backend';
import { testClinic, value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { manualClock, registerPatient, seedAppointment } from './queue-fixtures';

describe('queue.changed', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  it('reaches two windows after every change, carrying only the kind of change', async () => {
    backend = await testBackend(tempDir(), manualClock().now);
    const c = await testClinic(backend);
    const reception: EventMessage[] = [];
    const doctor: EventMessage[] = [];
    backend.events.attach(4, (m) => reception.push(m));
    backend.events.attach(2, (m) => doctor.push(m));

    const patientId = await registerPatient(c.sekretaer, 'Hendelse');
    const appointmentId = await seedAppointment(backend, {
      patientId,
      doctorId: c.ids.lege1,
      startsAt: '2026-11-23T09:00:00.000Z',
    });
    const arrived = value(await c.sekretaer('queue.registerArrival', { appointmentId }));
    const dropIn = value(
      await c.sekretaer('queue.addDropIn', { patientId: await registerPatient(c.sekretaer, 'Drop'), triage: 'vanlig' }),
    );
    value(await c.sekretaer('queue.changeTriage', { entryId: dropIn.id, triage: 'haster', reason: 'blek' }));
    value(await c.lege1('queue.callNext', {}));
    value(await c.lege1('queue.markDone', { entryId: dropIn.id }));
    value(await c.sekretaer('queue.markLeft', { entryId: arrived.id }));
    // Refused: nothing changed, nobody is told.
    expect((await c.sekretaer('queue.markLeft', { entryId: arrived.id })).ok).toBe(false);
    // Reads tell nobody anything either.
    value(await c.sekretaer('queue.today', {}));

    const queueEvents = (ms: EventMessage[]) => ms.filter((m) => m.name === 'queue.changed');
    const expected = ['ankommet', 'drop_in', 'triage', 'inne', 'ferdig', 'gatt'].map((reason) => ({
      name: 'queue.changed',
      payload: { reason },
    }));
    expect(queueEvents(reception)).toEqual(expected);
    expect(queueEvents(doctor)).toEqual(expected);
  });
});
