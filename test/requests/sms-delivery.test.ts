/**
 * SMS delivery through the simulated gateway over loopback: reminders and confirmations reach it once, a gateway
 * that is down is retried with backoff and nothing is lost, a reminder for a cancelled appointment is not sent,
 * and a patient's SMS becomes a request exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { createSmsGatewayClient } from '../../electron/delivery/sms-gateway.client';
import { createSmsWorker, type SmsWorker } from '../../electron/delivery/sms-delivery.worker';
import { startSms, type SmsSupervisor } from '../../electron/delivery/sms-supervisor';
import { systemContext } from '../../electron/services/context';
import { startSmsGateway, type RunningSmsGateway } from '../../simulators/sms-gateway/sms-gateway';
import { silentLogger } from '../../electron/logger';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';
import { addAppointment, addResource } from './appointments-fixture';

const start = new Date('2026-11-22T12:00:00Z');
const hours = (h: number): string => new Date(start.getTime() + h * 3_600_000).toISOString();

async function sent(gateway: RunningSmsGateway): Promise<{ msgId: string; to: string; text: string }[]> {
  const body = (await (await fetch(`${gateway.url}/admin/sent`)).json()) as { messages: never[] };
  return body.messages;
}

describe('SMS delivery to the gateway', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  let gateway: RunningSmsGateway | undefined;
  let supervisor: SmsSupervisor | undefined;
  let now = start;
  afterEach(async () => {
    await supervisor?.stop();
    await gateway?.close();
    await backend?.close();
    supervisor = undefined;
    gateway = undefined;
    backend = undefined;
    now = start;
  });

  async function setup(): Promise<{ c: TestClinic; patientId: string; worker: SmsWorker }> {
    backend = await testBackend(tempDir(), () => now);
    const c = await testClinic(backend);
    gateway = await startSmsGateway({ port: 0, dataDir: tempDir() });
    const patientId = value(
      await c.sekretaer('patients.register', {
        identityNumber: tnr('1962-05-03', 'female'),
        givenName: 'Kari',
        familyName: 'Nordmann',
      }),
    ).id;
    value(await c.sekretaer('requests.setConsent', { patientId, smsReminders: true, phone: '99887766' }));
    const worker = createSmsWorker({
      db: backend.conn.db,
      client: createSmsGatewayClient({ baseUrl: gateway.url, timeoutMs: 2_000 }),
      owner: 'test-pc:1',
      clock: () => now,
      backoff: { baseMs: 1_000, maxMs: 60_000, random: () => 0.5 },
      onIncoming: async (sms) => {
        await backend!.services.requests.inbox.receiveSms(systemContext('SMS-mottak', 'test-pc', now), {
          gatewayId: sms.id,
          from: sms.from,
          text: sms.text,
          receivedAt: sms.receivedAt,
        });
      },
    });
    return { c, patientId, worker };
  }

  async function outbox() {
    return backend!.conn.db.selectFrom('sms_outbox').selectAll().orderBy('created_at').execute();
  }

  it('delivers a reminder once, and retries with backoff while the gateway is down', async () => {
    const { patientId, worker } = await setup();
    const db = backend!.conn.db;
    await addAppointment(db, {
      patientId,
      resourceId: await addResource(db),
      startsAt: hours(40),
      bookedAt: hours(-100),
    });
    expect((await backend!.services.requests.planReminders(now)).planned).toBe(1);

    gateway!.setFaults({ down: true });
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'HTTP 503', lease_owner: null });
    // First failure: base 1 s, equal jitter with random 0.5 → 750 ms.
    expect(row!.next_attempt_at).toBe(new Date(start.getTime() + 750).toISOString());
    expect(await worker.runOnce()).toMatchObject({ claimed: 0 });

    gateway!.setFaults({ down: false });
    now = new Date(start.getTime() + 1_000);
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    [row] = await outbox();
    expect(row).toMatchObject({ status: 'sent', attempts: 2, sent_at: now.toISOString() });
    expect(await sent(gateway!)).toEqual([
      expect.objectContaining({ msgId: row!.msg_id, to: '+4799887766', text: row!.text }),
    ]);

    // The answer was lost and the row goes out again: same msgId, so the patient still gets one SMS.
    await db.updateTable('sms_outbox').set({ status: 'pending' }).execute();
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(await sent(gateway!)).toHaveLength(1);
  });

  it('delivers every reminder exactly once through a flaky gateway with two workers sharing the database', async () => {
    const { patientId } = await setup();
    const db = backend!.conn.db;
    const resource = await addResource(db);
    for (let i = 0; i < 6; i++) {
      await addAppointment(db, {
        patientId,
        resourceId: resource,
        startsAt: hours(30 + i),
        bookedAt: hours(-100),
      });
    }
    expect((await backend!.services.requests.planReminders(now)).planned).toBe(6);
    gateway!.setFaults({ failureRate: 0.5, seed: 3 });
    const second = createSmsWorker({
      db,
      client: createSmsGatewayClient({ baseUrl: gateway!.url, timeoutMs: 2_000 }),
      owner: 'test-pc:2',
      clock: () => now,
      backoff: { baseMs: 1_000, maxMs: 60_000, random: () => 0.5 },
    });
    const first = createSmsWorker({
      db,
      client: createSmsGatewayClient({ baseUrl: gateway!.url, timeoutMs: 2_000 }),
      owner: 'test-pc:1',
      clock: () => now,
      backoff: { baseMs: 1_000, maxMs: 60_000, random: () => 0.5 },
    });
    let retried = 0;
    for (let round = 0; round < 30; round++) {
      const runs = await Promise.all([first.runOnce(), second.runOnce()]);
      retried += runs.reduce((n, r) => n + r.retried, 0);
      if ((await outbox()).every((r) => r.status === 'sent')) break;
      now = new Date(now.getTime() + 60_000);
    }
    expect(retried).toBeGreaterThan(0);
    const rows = await outbox();
    expect(rows.map((r) => r.status)).toEqual(Array(6).fill('sent'));
    const delivered = await sent(gateway!);
    expect(delivered).toHaveLength(6);
    expect(new Set(delivered.map((d) => d.msgId))).toEqual(new Set(rows.map((r) => r.msg_id)));
  });

  it('cancels the reminder of an appointment cancelled after it was planned', async () => {
    const { patientId, worker } = await setup();
    const db = backend!.conn.db;
    const appointment = await addAppointment(db, {
      patientId,
      resourceId: await addResource(db),
      startsAt: hours(40),
      bookedAt: hours(-100),
    });
    await backend!.services.requests.planReminders(now);
    await db.updateTable('appointments').set({ status: 'avlyst' }).where('id', '=', appointment).execute();
    expect(await worker.runOnce()).toMatchObject({ cancelled: 1, sent: 0 });
    expect((await outbox())[0]).toMatchObject({ status: 'cancelled' });
    expect(await sent(gateway!)).toEqual([]);
  });

  it("keeps a patient's SMS as a request exactly once, and sends the confirmation when it is answered", async () => {
    const { c, patientId, worker } = await setup();
    await fetch(`${gateway!.url}/admin/receive`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: '+4799887766', text: 'HAUGESUND 030562 Kari Nordmann Trenger time' }),
    });
    gateway!.setFaults({ down: true });
    await expect(worker.pollInbox()).rejects.toThrow(/503/);
    gateway!.setFaults({ down: false });
    expect(await worker.pollInbox()).toBe(1);
    expect(await worker.pollInbox()).toBe(0);
    const [request] = value(await c.sekretaer('requests.list', {}));
    expect(request).toMatchObject({ kind: 'sms_timebestilling', smsStatus: 'matched', patient: { id: patientId } });

    value(await c.sekretaer('requests.answer', { requestId: request!.id, answer: 'Booket onsdag' }));
    await worker.tick();
    expect(await sent(gateway!)).toEqual([
      expect.objectContaining({
        to: '+4799887766',
        text: 'Fjordbyen legesenter har mottatt meldingen din. Vi tar kontakt med deg.',
      }),
    ]);
  });

  it('lets one SMS whose intake fails wait at the gateway without holding up the ones behind it', async () => {
    await setup();
    const receive = (text: string) =>
      fetch(`${gateway!.url}/admin/receive`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: '+4799887766', text }),
      });
    await receive('FEIL i mottaket');
    await receive('HAUGESUND 030562 Kari Nordmann Trenger time');
    const taken: string[] = [];
    const picky = createSmsWorker({
      db: backend!.conn.db,
      client: createSmsGatewayClient({ baseUrl: gateway!.url, timeoutMs: 2_000 }),
      owner: 'test-pc:2',
      clock: () => now,
      onIncoming: async (sms) => {
        if (sms.text.startsWith('FEIL')) throw new Error('database busy');
        taken.push(sms.text);
        return Promise.resolve();
      },
    });
    expect(await picky.pollInbox()).toBe(1);
    expect(taken).toEqual(['HAUGESUND 030562 Kari Nordmann Trenger time']);
    // The failed one is still there for the next tick, and only it.
    const pending = (await fetch(`${gateway!.url}/inbox?limit=10`).then((r) => r.json())) as {
      messages: { text: string }[];
    };
    expect(pending.messages.map((m) => m.text)).toEqual(['FEIL i mottaket']);
  });

  it('confirms the appointment booked for an SMS with its time and place only', async () => {
    const { c, patientId } = await setup();
    const db = backend!.conn.db;
    value(await c.sekretaer('requests.setSmsSettings', { keyword: 'HAUGESUND', place: 'Strandgata 12' }));
    const { requestId } = await backend!.services.requests.inbox.receiveSms(
      systemContext('SMS-mottak', 'test-pc', now),
      {
        gatewayId: 'g-1',
        from: '+4799887766',
        text: 'HAUGESUND 030562 Kari Nordmann vondt i brystet',
        receivedAt: now.toISOString(),
      },
    );
    const resource = await addResource(db);
    const appointment = await addAppointment(db, {
      patientId,
      resourceId: resource,
      startsAt: '2026-11-24T09:20:00.000Z',
      bookedAt: now.toISOString(),
      type: 'konsultasjon',
    });
    await addAppointment(db, { patientId, resourceId: resource, startsAt: hours(-3), bookedAt: hours(-100) });
    expect(value(await c.sekretaer('requests.upcomingAppointments', { patientId }))).toEqual([
      { id: appointment, startsAt: '2026-11-24T09:20:00.000Z', resourceName: 'Dr. Hansen (hjertespesialist)' },
    ]);
    const wrong = await c.sekretaer('requests.answer', {
      requestId,
      answer: 'Booket',
      appointmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(wrong.ok).toBe(false);
    expect(value(await c.sekretaer('requests.get', { requestId })).status).toBe('open');
    value(await c.sekretaer('requests.answer', { requestId, answer: 'Booket tirsdag', appointmentId: appointment }));
    const [sms] = await outbox();
    expect(sms?.text).toBe(
      'Fjordbyen legesenter har mottatt meldingen din. Du har fått time tirsdag 24. november kl. 10.20 hos ' +
        'Fjordbyen legesenter, Strandgata 12. Gi beskjed hvis du ikke kan komme.',
    );
    expect(sms?.text).not.toMatch(/bryst|Hansen|spesialist|konsultasjon/i);
    expect((await c.admin('requests.upcomingAppointments', { patientId })).ok).toBe(false);
  });

  it('sends the time and place only to a number the clinic has for the patient', async () => {
    const { c, patientId } = await setup();
    const db = backend!.conn.db;
    // Someone else who knows Kari's name and birth date writes from their own phone.
    const { requestId } = await backend!.services.requests.inbox.receiveSms(
      systemContext('SMS-mottak', 'test-pc', now),
      {
        gatewayId: 'g-x',
        from: '+4791234567',
        text: 'HAUGESUND 030562 Kari Nordmann time',
        receivedAt: now.toISOString(),
      },
    );
    const appointment = await addAppointment(db, {
      patientId,
      resourceId: await addResource(db),
      startsAt: '2026-11-24T09:20:00.000Z',
      bookedAt: now.toISOString(),
      type: 'konsultasjon',
    });
    const refused = await c.sekretaer('requests.answer', { requestId, answer: 'Booket', appointmentId: appointment });
    expect(refused.ok ? null : refused.error.code).toBe('REQUEST_UNKNOWN_PHONE');
    expect(await outbox()).toHaveLength(0);
    // Answered without the time, the sender gets the plain receipt only.
    value(await c.sekretaer('requests.answer', { requestId, answer: 'Ringt pasienten' }));
    expect((await outbox())[0]?.text).toBe('Fjordbyen legesenter har mottatt meldingen din. Vi tar kontakt med deg.');
  });

  it('runs planning and delivery on their own once started', async () => {
    await setup();
    const db = backend!.conn.db;
    const [patient] = await db.selectFrom('patients').select('id').execute();
    await addAppointment(db, {
      patientId: patient!.id,
      resourceId: await addResource(db),
      startsAt: hours(30),
      bookedAt: hours(-100),
    });
    supervisor = startSms(
      { db, services: backend!.services, events: backend!.events, clock: () => now, logger: silentLogger },
      { gatewayUrl: gateway!.url, intervalMs: 50, reminderIntervalMs: 50 },
    );
    await expect.poll(async () => (await sent(gateway!)).length, { timeout: 5_000 }).toBe(1);
  });
});
