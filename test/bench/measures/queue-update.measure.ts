import { performance } from 'node:perf_hooks';
import { startBackend, type Backend } from '../../../electron/backend';
import { systemContext } from '../../../electron/services/context';
import { newId } from '../../../electron/services/ids';
import type { SenderInfo } from '../../../electron/ipc/router';
import type { CallInput, CallName } from '../../../shared/api/contract';
import { testNorgeIdentityNumber } from '../../../shared/rules/synthetic-identity';
import { patientInputSchema } from '../../../shared/schemas/patient.schema';
import type { Measure } from '../measure';
import { latencySummary, percentile, round } from '../stats';

const ARRIVALS = 300;
const PASSWORD = 'benk-passord-langt';
const ORIGIN = 'app://allmenn/';

/**
 * queue.update (issue 7 item 7): from a change in one window (the reception registers an arrival through the router:
 * validation, session, service, transaction with history and audit, commit) to 'queue.changed' reaching a second
 * subscriber of main's event stream (an EventBus sink under another sender id, as a second window is attached).
 * Beside it, the same plus that second window's refetch of the day's queue (queue.today), which is what the user
 * waits for before the screen changes.
 */
export const queueUpdateMeasure: Measure = {
  name: 'queue.update',
  description: `p95 of ${ARRIVALS} arrivals registered through the router until the event reaches a second window`,
  async run(ctx) {
    const backend = await startBackend({
      dataDir: ctx.tempDir(),
      isTrustedUrl: (url) => url.startsWith(ORIGIN),
      workstation: 'bench',
    });
    try {
      const { reception, doctor } = await seed(backend);
      const sender = (id: number): SenderInfo => ({ id, url: `${ORIGIN}index.html`, isTopFrame: true });
      const call = <N extends CallName>(id: number, name: N, input: CallInput<N>) =>
        backend.router(sender(id), { call: name, input });

      let arrived: (() => void) | undefined;
      backend.events.attach(1, () => undefined);
      backend.events.attach(2, (message) => {
        if (message.name === 'queue.changed') arrived?.();
      });

      const toEvent: number[] = [];
      // CPU time next to wall time: on a shared, loaded machine (and with every commit fsynced) the wall time says
      // little about our own cost.
      const cpu: number[] = [];
      const toRefetch: number[] = [];
      for (const appointmentId of reception.appointments) {
        const cpuBefore = process.cpuUsage();
        const start = performance.now();
        const reached = new Promise<number>((resolve) => {
          arrived = () => resolve(performance.now());
        });
        const result = await call(1, 'queue.registerArrival', { appointmentId });
        if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
        const at = await reached;
        toEvent.push(at - start);
        const used = process.cpuUsage(cpuBefore);
        cpu.push((used.user + used.system) / 1000);
        const day = await call(2, 'queue.today', { doctorId: doctor.id });
        if (!day.ok) throw new Error(day.error.message);
        toRefetch.push(performance.now() - start);
      }
      return {
        n: ARRIVALS,
        ...latencySummary(toEvent),
        cpu_p50_ms: round(percentile(cpu, 50)),
        cpu_p95_ms: round(percentile(cpu, 95)),
        with_refetch_p50_ms: round(percentile(toRefetch, 50)),
        with_refetch_p95_ms: round(percentile(toRefetch, 95)),
        queue_length_at_end: ARRIVALS,
      };
    } finally {
      await backend.close();
    }
  },
};

/** A clinic with a doctor and a helsesekretær logged in as windows 2 and 1, and ARRIVALS appointments today. */
async function seed(backend: Backend) {
  const sys = systemContext('bench', 'bench', new Date());
  await backend.services.clinic.setup(sys, {
    clinic: { name: 'Benkeby legesenter', organisationNumber: '974760673', herId: '81234' },
    admin: { username: 'admin', displayName: 'Admin', password: PASSWORD },
  });
  const lege = await backend.services.users.create(sys, {
    username: 'lege',
    displayName: 'Lege Benk',
    role: 'lege',
    hprNumber: '1000001',
    password: PASSWORD,
  });
  const sekretaer = await backend.services.users.create(sys, {
    username: 'sekretaer',
    displayName: 'Sekretær Benk',
    role: 'helsesekretaer',
    hprNumber: undefined,
    password: PASSWORD,
  });
  backend.sessions.start(1, {
    userId: sekretaer.id,
    displayName: sekretaer.displayName,
    role: 'helsesekretaer',
    startedAt: new Date(),
  });
  backend.sessions.start(2, { userId: lege.id, displayName: lege.displayName, role: 'lege', startedAt: new Date() });

  const db = backend.conn.db;
  const now = new Date();
  const resourceId = newId();
  await db
    .insertInto('schedule_resources')
    .values({ id: resourceId, user_id: lege.id, name: 'Lege Benk', kind: 'lege', created_at: now.toISOString() })
    .execute();
  const appointments: string[] = [];
  for (let i = 0; i < ARRIVALS; i++) {
    const identityNumber = syntheticNumber(i);
    const patient = await backend.services.patients.register(
      sys,
      patientInputSchema.parse({ identityNumber, givenName: `Pasient${i}`, familyName: 'Benk' }),
    );
    const id = newId();
    // All today (the clock's own minute), so registering the arrival is allowed whatever time the bench runs.
    await db
      .insertInto('appointments')
      .values({
        id,
        patient_id: patient.id,
        resource_id: resourceId,
        appointment_type: 'konsultasjon',
        starts_at: now.toISOString(),
        ends_at: new Date(now.getTime() + 20 * 60_000).toISOString(),
        status: 'booket',
        status_at: now.toISOString(),
        status_by: null,
        booked_at: now.toISOString(),
        booked_by: null,
        channel: 'telefon',
        note: null,
        cancelled_at: null,
        cancelled_by: null,
        cancel_reason: null,
        moved_from_id: null,
        moved_to_id: null,
      })
      .execute();
    appointments.push(id);
  }
  return { reception: { appointments }, doctor: { id: lege.id } };
}

function syntheticNumber(i: number): string {
  for (let individ = i % 400; individ < 1000; individ++) {
    const n = testNorgeIdentityNumber({ year: 1950 + (i % 50), month: 1 + (i % 12), day: 1 + (i % 28) }, individ);
    if (n) return n;
  }
  throw new Error('no Test Norge number');
}
