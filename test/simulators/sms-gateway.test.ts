/**
 * The simulated SMS gateway over loopback: sending is idempotent by msgId, a phone's SMS waits in the inbox until
 * acked, the fault switches break the client routes and never the admin ones, and `npm run sms-sim` runs alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSmsGateway, type RunningSmsGateway } from '../../simulators/sms-gateway/sms-gateway';
import { useTempDir } from '../support/temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READY = /^listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/;

async function json(url: string, method: 'GET' | 'POST' = 'GET', body?: unknown) {
  const response = await fetch(url, {
    method,
    ...(body !== undefined && { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('SMS gateway simulator', () => {
  const tempDir = useTempDir();
  let gateway: RunningSmsGateway | undefined;
  const children: ChildProcess[] = [];
  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('sends an SMS once per msgId, however often it is posted', async () => {
    gateway = await startSmsGateway({ port: 0, dataDir: tempDir() });
    const sms = { msgId: 'm-1', to: '+4799887766', text: 'Påminnelse' };
    expect(await json(`${gateway.url}/sms`, 'POST', sms)).toEqual({
      status: 202,
      body: { msgId: 'm-1', duplicate: false },
    });
    expect(await json(`${gateway.url}/sms`, 'POST', sms)).toEqual({
      status: 200,
      body: { msgId: 'm-1', duplicate: true },
    });
    const sent = await json(`${gateway.url}/admin/sent`);
    expect(sent.body.messages).toEqual([expect.objectContaining(sms)]);
  });

  it('refuses a bad number or an empty text with 400', async () => {
    gateway = await startSmsGateway({ port: 0, dataDir: tempDir() });
    expect((await json(`${gateway.url}/sms`, 'POST', { msgId: 'x', to: 'abc', text: 'hei' })).status).toBe(400);
    expect((await json(`${gateway.url}/sms`, 'POST', { msgId: 'x', to: '+4799887766', text: '' })).status).toBe(400);
  });

  it('keeps a phone’s SMS in the inbox until it is acked, and keeps its data across a restart', async () => {
    const dir = tempDir();
    gateway = await startSmsGateway({ port: 0, dataDir: dir });
    const received = await json(`${gateway.url}/admin/receive`, 'POST', {
      from: '+4799887766',
      text: 'HAUGESUND 030562 Kari Nordmann time',
    });
    expect(received.status).toBe(201);
    const first = await json(`${gateway.url}/inbox`);
    expect(first.body.messages).toEqual([received.body]);
    expect((await json(`${gateway.url}/inbox`)).body.messages).toHaveLength(1);
    await gateway.close();
    gateway = await startSmsGateway({ port: 0, dataDir: dir });
    expect((await json(`${gateway.url}/inbox`)).body.messages).toHaveLength(1);
    expect((await json(`${gateway.url}/inbox/ack`, 'POST', { ids: [received.body.id] })).body).toEqual({ acked: 1 });
    expect((await json(`${gateway.url}/inbox`)).body.messages).toEqual([]);
  });

  it('breaks the client routes when down or failing, never the admin routes', async () => {
    gateway = await startSmsGateway({ port: 0, dataDir: tempDir(), faults: { down: true } });
    expect((await json(`${gateway.url}/sms`, 'POST', { msgId: 'a', to: '+4799887766', text: 'x' })).status).toBe(503);
    expect((await json(`${gateway.url}/inbox`)).status).toBe(503);
    expect((await json(`${gateway.url}/admin/sent`)).body.messages).toEqual([]);
    expect(
      (await json(`${gateway.url}/admin/faults`, 'POST', { down: false, failureRate: 0.5, seed: 7 })).body,
    ).toEqual({ down: false, latencyMs: 0, failureRate: 0.5, seed: 7 });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await json(`${gateway.url}/health`)).status);
    expect(statuses).toContain(503);
    expect(statuses).toContain(200);
    expect((await json(`${gateway.url}/admin/faults`, 'POST', { failureRate: 2 })).status).toBe(400);
  });

  it('delays client requests by the latency switch', async () => {
    gateway = await startSmsGateway({ port: 0, dataDir: tempDir(), faults: { latencyMs: 200 } });
    const started = performance.now();
    expect((await json(`${gateway.url}/health`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('runs alone as `npm run sms-sim -- --port 0` and prints its address', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'simulators/sms-gateway/main.ts', '--port', '0', '--data-dir', tempDir()],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    await expect.poll(() => READY.test(out) || child.exitCode !== null, { timeout: 15_000, interval: 50 }).toBe(true);
    const url = READY.exec(out)?.[1];
    expect(url).toBeDefined();
    expect((await json(`${url}/health`)).body).toEqual({ ok: true });
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
