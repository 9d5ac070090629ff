/**
 * Who may do what in the venterom, call by call through the real router: the helsesekretær runs arrivals and
 * triage (administrative), only a lege calls a patient in (it starts a journal note), the administrator sees none
 * of it; and nothing the queue returns carries clinical content.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { CallInput } from '../../shared/api/contract';
import type { queueCalls } from '../../shared/api/queue.calls';
import { testBackend } from '../support/backend';
import { testClinic, value, type Caller } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { manualClock, registerPatient, seedAppointment } from './queue-fixtures';

type QueueCall = keyof typeof queueCalls;
type Role = 'lege' | 'helsesekretaer' | 'administrator';

const ALLOWED: Record<QueueCall, readonly Role[]> = {
  'queue.today': ['lege', 'helsesekretaer'],
  'queue.expected': ['lege', 'helsesekretaer'],
  'queue.registerArrival': ['lege', 'helsesekretaer'],
  'queue.addDropIn': ['lege', 'helsesekretaer'],
  'queue.changeTriage': ['lege', 'helsesekretaer'],
  'queue.callNext': ['lege'],
  'queue.markDone': ['lege', 'helsesekretaer'],
  'queue.markLeft': ['lege', 'helsesekretaer'],
};

/** The fields a queue entry may show reception: identification and the visit's administration, nothing clinical. */
const ADMINISTRATIVE_FIELDS = [
  'appointmentId',
  'arrivedAt',
  'birthDate',
  'calledByName',
  'doctorId',
  'doctorName',
  'id',
  'patientId',
  'patientName',
  'position',
  'reason',
  'scheduledAt',
  'source',
  'status',
  'statusAt',
  'triage',
];

describe('venterom access per role', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  for (const role of ['lege', 'helsesekretaer', 'administrator'] as const) {
    it(`gives a ${role} exactly the queue calls of the role`, async () => {
      const clock = manualClock();
      backend = await testBackend(tempDir(), clock.now);
      const c = await testClinic(backend);
      const as: Caller = role === 'lege' ? c.lege1 : role === 'helsesekretaer' ? c.sekretaer : c.admin;

      // Something for every call to act on, set up by the reception.
      const booked = await registerPatient(c.sekretaer, 'Booket');
      const appointmentId = await seedAppointment(backend, {
        patientId: booked,
        doctorId: c.ids.lege1,
        startsAt: '2026-11-23T09:00:00.000Z',
      });
      const waiting = value(
        await c.sekretaer('queue.addDropIn', {
          patientId: await registerPatient(c.sekretaer, 'Venter'),
          triage: 'vanlig',
        }),
      );
      const leaving = value(
        await c.sekretaer('queue.addDropIn', {
          patientId: await registerPatient(c.sekretaer, 'Går'),
          triage: 'vanlig',
        }),
      );
      const inside = value(
        await c.sekretaer('queue.addDropIn', {
          patientId: await registerPatient(c.sekretaer, 'Inne'),
          triage: 'akutt',
        }),
      );
      value(await c.lege2('queue.callNext', {}));
      const dropInPatient = await registerPatient(c.sekretaer, 'Ny');

      const inputs: { [N in QueueCall]: CallInput<N> } = {
        'queue.today': {},
        'queue.expected': {},
        'queue.registerArrival': { appointmentId },
        'queue.addDropIn': { patientId: dropInPatient, triage: 'haster' },
        'queue.changeTriage': { entryId: waiting.id, triage: 'haster', reason: 'ventet lenge' },
        'queue.callNext': {},
        'queue.markDone': { entryId: inside.id },
        'queue.markLeft': { entryId: leaving.id },
      };
      for (const name of Object.keys(ALLOWED) as QueueCall[]) {
        const result = await as(name, inputs[name] as never);
        const allowed = ALLOWED[name].includes(role);
        expect({ name, ok: result.ok }).toEqual({ name, ok: allowed });
        if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
      }
    });
  }

  it('returns only administrative fields in the queue, to reception and doctors alike', async () => {
    backend = await testBackend(tempDir(), manualClock().now);
    const c = await testClinic(backend);
    value(
      await c.sekretaer('queue.addDropIn', {
        patientId: await registerPatient(c.sekretaer, 'Felt'),
        triage: 'haster',
        reason: 'sjansetime',
      }),
    );
    value(await c.lege1('queue.callNext', {}));
    for (const who of [c.sekretaer, c.lege1]) {
      const day = value(await who('queue.today', {}));
      expect(Object.keys(day.entries[0] ?? {}).sort()).toEqual(ADMINISTRATIVE_FIELDS);
    }
  });
});
