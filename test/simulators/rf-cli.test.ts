/**
 * The simulator as its own program, as `npm run rf-sim` starts it: a separate process that prints its ready line,
 * answers over loopback HTTP, stops on SIGTERM and keeps its data across a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAppRec } from '../../electron/integrations/messages/apprec.parser';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { osloDate } from '../../shared/rules/dates';
import { useTempDir } from '../support/temp-dir';
import { CLINIC, m1 } from './rf-messages';
import { RfTestClient } from './rf-test-client';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READY = /^listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/;

interface Started {
  child: ChildProcess;
  url: string;
  stdout: () => string;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[]): { child: ChildProcess; stdout: () => string; stderr: () => string } {
  // The pinned Node that runs the tests, with tsx as `npm run rf-sim` uses it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulators/reseptformidler/main.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return { child, stdout: () => out, stderr: () => err };
}

async function startCli(dataDir: string, extra: string[] = []): Promise<Started> {
  const { child, stdout, stderr } = run(['--port', '0', '--data-dir', dataDir, ...extra]);
  await expect
    .poll(() => READY.test(stdout()) || child.exitCode !== null, { timeout: 15_000, interval: 50 })
    .toBe(true);
  const match = READY.exec(stdout());
  if (!match?.[1]) throw new Error(`No ready line. stdout: ${stdout()} stderr: ${stderr()}`);
  return { child, url: match[1], stdout };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('rf-sim, the command line program', () => {
  const tempDir = useTempDir('allmenn-rf-cli-');

  it('prints its ready line, registers an M1 with AppRec OK, and keeps it across a restart', async () => {
    const dataDir = tempDir();
    const validator = await createMessageValidator();
    const first = await startCli(dataDir);
    const client = new RfTestClient(first.url, validator);
    const message = m1({ today: osloDate(new Date()) });
    expect(await client.post(message.xml)).toEqual({ status: 202, body: { msgId: message.msgId, duplicate: false } });
    const [answer] = await client.inbox(CLINIC.herId);
    expect(answer?.kind).toBe('AppRec');
    expect(parseAppRec(answer?.xml ?? '').status.code).toBe('1');

    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(first.stdout()).toMatch(READY);

    const second = await startCli(dataDir);
    const again = new RfTestClient(second.url, validator);
    expect((await again.post(message.xml)).body).toEqual({ msgId: message.msgId, duplicate: true });
    expect((await again.inbox(CLINIC.herId)).map((i) => i.msgId)).toEqual([answer?.msgId]);
    expect(await again.prescriptions()).toHaveLength(1);
  });

  it('takes the fault switches as flags', async () => {
    const started = await startCli(tempDir(), ['--down']);
    const client = new RfTestClient(started.url, await createMessageValidator());
    expect((await client.json('GET', '/health')).status).toBe(503);
    expect((await client.json('GET', '/admin/faults')).body).toMatchObject({ down: 'http-503' });
  });

  it('explains its usage and exits with 2 on a wrong command line', async () => {
    const { child, stdout, stderr } = run(['--port', 'many']);
    expect(await exited(child)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toMatch(/--port is required|needs a number/);
    expect(stderr()).toContain('Usage: npm run rf-sim');
  });
});
