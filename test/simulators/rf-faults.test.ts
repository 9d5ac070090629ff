import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { useTestRf, TEST_TODAY, type TestRf } from './rf-harness';
import { CLINIC, PATIENT_FNR, m1 } from './rf-messages';

const start = useTestRf();

/** One request on a fresh connection (no keep-alive pool): 'ok', or the error code, e.g. ECONNREFUSED. */
function probe(url: string): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/health`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200 ? 'ok' : `HTTP ${response.statusCode ?? 0}`);
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function postUntilAccepted(t: TestRf, xml: string): Promise<{ attempts: number; duplicate: boolean }> {
  for (let attempts = 1; attempts <= 50; attempts++) {
    const { status, body } = await t.client.post(xml);
    if (status === 202) return { attempts, duplicate: (body as { duplicate: boolean }).duplicate };
    expect(status).toBe(503);
  }
  throw new Error('Never accepted.');
}

describe('the simulated reseptformidler: fault switches', () => {
  it('down (http-503) answers 503 to the EPJ but keeps admin and pharmacy working', async () => {
    const t = await start({ faults: { down: 'http-503' } });
    const message = m1({ today: TEST_TODAY });
    expect(await t.client.post(message.xml)).toMatchObject({ status: 503, body: { error: 'unavailable' } });
    expect((await t.client.json('GET', `/inbox?her=${CLINIC.herId}`)).status).toBe(503);
    expect((await t.client.json('GET', '/admin/faults')).body).toMatchObject({ down: 'http-503' });
    expect(await t.client.prescriptions()).toEqual([]);

    expect((await t.client.json('POST', '/admin/faults', { down: 'no' })).status).toBe(200);
    expect((await t.client.post(message.xml)).status).toBe(202);
    expect((await t.appRecFor(message.msgId)).status.code).toBe('1');
  });

  it('refuse-connections closes the port, and reopens it on the same port when lifted', async () => {
    const t = await start();
    t.rf.setFaults({ down: 'refuse-connections' });
    expect(await probe(t.rf.url)).toBe('ECONNREFUSED');
    t.rf.setFaults({ down: 'no' });
    await expect.poll(() => probe(t.rf.url)).toBe('ok');
    expect((await t.client.json('GET', '/health')).body).toEqual({ ok: true });
  });

  it('refuse-connections set over HTTP answers that request, then comes back by itself after downForMs', async () => {
    const t = await start();
    const answer = await t.client.json('POST', '/admin/faults', { down: 'refuse-connections', downForMs: 400 });
    expect(answer).toMatchObject({ status: 200, body: { down: 'refuse-connections' } });
    expect(await probe(t.rf.url)).toBe('ECONNREFUSED');
    await expect.poll(() => probe(t.rf.url), { timeout: 5000 }).toBe('ok');
    expect(t.rf.faults().down).toBe('no');
  });

  it('latency delays every EPJ request', async () => {
    const t = await start({ faults: { latencyMs: 300 } });
    const started = performance.now();
    expect((await t.client.json('GET', '/health')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('a transport failure rate gives 503s in the same pattern for the same seed, and retries register each once', async () => {
    const faults = { transportFailureRate: 0.5, seed: 42 };
    const pattern = async (): Promise<number[]> => {
      const t = await start({ faults });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await t.client.json('GET', '/health')).status);
      return statuses;
    };
    const first = await pattern();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);

    const t = await start({ faults });
    const messages = Array.from({ length: 20 }, () => m1({ today: TEST_TODAY }));
    const results = [];
    for (const message of messages) results.push(await postUntilAccepted(t, message.xml));
    // Some 503s came after RF had processed the message: the retry is then a duplicate, never a second prescription.
    expect(results.some((r) => r.attempts > 1)).toBe(true);
    expect(results.some((r) => r.duplicate)).toBe(true);
    t.rf.setFaults({ transportFailureRate: 0 });
    const registered = await t.client.prescriptions(PATIENT_FNR);
    expect(registered.map((p) => p.reseptId).sort()).toEqual(messages.map((m) => m.msgId).sort());
    for (const message of messages) expect((await t.appRecFor(message.msgId)).status.code).toBe('1');
  });

  it('a transport failure "after" processing loses only the HTTP answer', async () => {
    const t = await start({ faults: { transportFailureRate: 1, transportFailureWhen: 'after' } });
    const message = m1({ today: TEST_TODAY });
    expect((await t.client.post(message.xml)).status).toBe(503);
    expect(await t.client.prescriptions()).toHaveLength(1);
    t.rf.setFaults({ transportFailureRate: 0 });
    expect((await t.client.post(message.xml)).body).toEqual({ msgId: message.msgId, duplicate: true });
    expect((await t.appRecFor(message.msgId)).status.code).toBe('1');
  });

  it('a rejection rate answers AppRec avvist and keeps answering the same when the message is resent', async () => {
    const t = await start({ faults: { rejectionRate: 1 } });
    const message = m1({ today: TEST_TODAY });
    expect((await t.client.post(message.xml)).status).toBe(202);
    const appRec = await t.appRecFor(message.msgId);
    expect(appRec.status).toMatchObject({ code: '2', displayName: 'Avvist' });
    expect(appRec.errors[0]).toMatchObject({
      code: 'X99',
      originalText: expect.stringContaining('Simulert avvisning'),
    });
    expect(await t.client.prescriptions()).toEqual([]);

    t.rf.setFaults({ rejectionRate: 0 });
    await t.client.post(message.xml);
    expect((await t.appRecFor(message.msgId)).id).toBe(appRec.id);
    expect(await t.client.prescriptions()).toEqual([]);
  });

  it('drop-answer accepts and registers but sends nothing back, until the EPJ resends the MsgId', async () => {
    const t = await start({ faults: { dropAnswerRate: 1 } });
    const message = m1({ today: TEST_TODAY });
    expect(await t.client.post(message.xml)).toEqual({ status: 202, body: { msgId: message.msgId, duplicate: false } });
    expect(await t.client.inbox(CLINIC.herId)).toEqual([]);
    expect(await t.client.prescriptions()).toHaveLength(1);

    t.rf.setFaults({ dropAnswerRate: 0 });
    expect((await t.client.post(message.xml)).body).toEqual({ msgId: message.msgId, duplicate: true });
    expect((await t.appRecFor(message.msgId)).status.code).toBe('1');
    expect(await t.client.prescriptions()).toHaveLength(1);
  });

  it('refuses fault settings it does not understand', async () => {
    const t = await start();
    expect(await t.client.json('POST', '/admin/faults', { rejectionRate: 2 })).toMatchObject({
      status: 400,
      body: { error: 'bad-faults', message: 'rejectionRate must be a number from 0 to 1.' },
    });
    expect((await t.client.json('POST', '/admin/faults', { explode: true })).status).toBe(400);
  });
});
