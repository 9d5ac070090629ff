/**
 * The fault switches of the simulated specialist service, through the app's own client: the service down or
 * rejecting, answers lost on the way; nothing lost and nothing sent twice once the fault is lifted and the same
 * MsgId is posted again.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseAppRec } from '../../electron/integrations/messages/apprec.parser';
import { CLINIC_HER, henvisning, useTestSpes, type TestSpes } from './spesialist-harness';

const start = useTestSpes();

/** One request on a fresh connection: 'ok', or the error code, e.g. ECONNREFUSED. */
function probe(url: string): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/health`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200 ? 'ok' : `HTTP ${response.statusCode ?? 0}`);
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function postUntilAccepted(t: TestSpes, xml: string): Promise<{ attempts: number; duplicate: boolean }> {
  for (let attempts = 1; attempts <= 50; attempts++) {
    const outcome = await t.client.postMessage(xml);
    if (outcome.kind === 'accepted') return { attempts, duplicate: outcome.duplicate };
    expect(outcome).toMatchObject({ kind: 'transport-failure' });
  }
  throw new Error('Never accepted.');
}

describe('the simulated specialist service: fault switches', () => {
  it('down (http-503) is a transport failure for the client; admin still works; nothing is lost', async () => {
    const t = await start({ faults: { down: 'http-503' } });
    const sent = henvisning();
    expect(await t.client.postMessage(sent.xml)).toEqual({ kind: 'transport-failure', reason: 'HTTP 503' });
    await expect(t.client.fetchInbox(CLINIC_HER, 10)).rejects.toThrow('HTTP 503');
    expect((await t.json('GET', '/admin/faults')).body).toMatchObject({ down: 'http-503' });

    expect((await t.json('POST', '/admin/faults', { down: 'no' })).status).toBe(200);
    expect(await t.client.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: false });
    expect((await t.inbox(CLINIC_HER)).map((item) => item.kind)).toEqual([
      'AppRec',
      'DIALOG_STATUS_HENVISNING',
      'EPIKRISE',
    ]);
  });

  it('refuse-connections closes the port and reopens it on the same port', async () => {
    const t = await start();
    t.spes.setFaults({ down: 'refuse-connections' });
    expect(await probe(t.spes.url)).toBe('ECONNREFUSED');
    expect(await t.client.postMessage(henvisning().xml)).toMatchObject({ kind: 'transport-failure' });
    t.spes.setFaults({ down: 'no' });
    await expect.poll(() => probe(t.spes.url)).toBe('ok');

    const answer = await t.json('POST', '/admin/faults', { down: 'refuse-connections', downForMs: 300 });
    expect(answer).toMatchObject({ status: 200, body: { down: 'refuse-connections' } });
    await expect.poll(() => probe(t.spes.url), { timeout: 5000 }).toBe('ok');
  });

  it('rejectionRate 1 answers AppRec avvist (X99) and nothing more; a resend gets the same rejection', async () => {
    const t = await start({ faults: { rejectionRate: 1 } });
    const sent = henvisning();
    await t.client.postMessage(sent.xml);
    const [appRec] = await t.inbox(CLINIC_HER);
    const parsed = parseAppRec(appRec?.xml ?? '');
    expect(parsed.status.code).toBe('2');
    expect(parsed.errors[0]).toMatchObject({
      code: 'X99',
      originalText: expect.stringContaining('Simulert avvisning') as string,
    });
    expect(t.spes.advance()).toBe(0);

    t.spes.setFaults({ rejectionRate: 0 });
    expect(await t.client.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: true });
    expect((await t.inbox(CLINIC_HER)).map((item) => item.msgId)).toEqual([appRec?.msgId]);
  });

  it('dropAnswerRate 1 accepts but delivers nothing; the same MsgId resent later brings every answer once', async () => {
    const t = await start({ faults: { dropAnswerRate: 1 } });
    const sent = henvisning();
    expect(await t.client.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: false });
    expect(await t.inbox(CLINIC_HER)).toEqual([]);

    t.spes.setFaults({ dropAnswerRate: 0 });
    expect(await t.client.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: true });
    const inbox = await t.inbox(CLINIC_HER);
    expect(inbox.map((item) => item.kind)).toEqual(['AppRec', 'DIALOG_STATUS_HENVISNING', 'EPIKRISE']);
    expect(new Set(inbox.map((item) => item.msgId)).size).toBe(3);
  });

  it('dropped answers that are not yet due come by themselves once the MsgId is resent', async () => {
    const t = await start({ faults: { dropAnswerRate: 1 }, assessAfterMs: 3_600_000 });
    const sent = henvisning();
    await t.client.postMessage(sent.xml);
    t.spes.setFaults({ dropAnswerRate: 0 });
    await t.client.postMessage(sent.xml);
    expect((await t.inbox(CLINIC_HER)).map((item) => item.kind)).toEqual(['AppRec']);
    t.spes.advance();
    expect((await t.inbox(CLINIC_HER)).map((item) => item.kind)).toEqual(['AppRec', 'DIALOG_STATUS_HENVISNING']);
  });

  it('a transport failure after processing loses only the HTTP answer: the retry is a duplicate', async () => {
    const t = await start({ faults: { transportFailureRate: 1, transportFailureWhen: 'after' } });
    const sent = henvisning();
    expect(await t.client.postMessage(sent.xml)).toMatchObject({ kind: 'transport-failure' });
    t.spes.setFaults({ transportFailureRate: 0 });
    expect(await t.client.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: true });
    const inbox = await t.inbox(CLINIC_HER);
    expect(inbox.filter((item) => item.kind === 'AppRec')).toHaveLength(1);
  });

  it('with half the requests failing, retrying until accepted gives exactly one set of answers per henvisning', async () => {
    const t = await start({ faults: { transportFailureRate: 0.5, seed: 7 } });
    const sent = [henvisning(), henvisning(), henvisning()];
    for (const message of sent) await postUntilAccepted(t, message.xml);
    t.spes.setFaults({ transportFailureRate: 0 });
    const inbox = await t.inbox(CLINIC_HER);
    for (const message of sent) {
      const answers = inbox.filter((item) => item.inReplyTo === message.input.msgId);
      expect(answers.map((item) => item.kind).sort()).toEqual(['AppRec', 'DIALOG_STATUS_HENVISNING', 'EPIKRISE']);
    }
  });

  it('latency delays every EPJ request', async () => {
    const t = await start({ faults: { latencyMs: 150 } });
    const started = performance.now();
    await t.client.fetchInbox(CLINIC_HER, 1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('refuses bad switches with 400', async () => {
    const t = await start();
    expect(await t.json('POST', '/admin/faults', { rejectionRate: 2 })).toMatchObject({
      status: 400,
      body: { error: 'bad-faults' },
    });
  });
});
