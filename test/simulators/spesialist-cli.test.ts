/**
 * The simulator as its own program, as `npm run spes-sim` starts it: a separate process that prints its ready
 * line, answers over loopback HTTP with the app's client, stops on SIGTERM and keeps its data across a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReseptformidlerClient } from '../../electron/integrations/outbox/reseptformidler.client';
import { useTempDir } from '../support/temp-dir';
import { CLINIC_HER, henvisning } from './spesialist-harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READY = /^listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/;
const tempDir = useTempDir('allmenn-spes-cli-');

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[]): { child: ChildProcess; stdout: () => string; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulators/spesialist/main.ts', ...args], {
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

async function startCli(dataDir: string, extra: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const { child, stdout, stderr } = run(['--port', '0', '--data-dir', dataDir, ...extra]);
  await expect
    .poll(() => READY.test(stdout()) || child.exitCode !== null, { timeout: 20_000, interval: 50 })
    .toBe(true);
  const match = READY.exec(stdout());
  if (!match?.[1]) throw new Error(`No ready line. stdout: ${stdout()} stderr: ${stderr()}`);
  return { child, url: match[1] };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('spes-sim, the command line program', () => {
  it(
    'prints its ready line, answers over HTTP, stops on SIGTERM and remembers across a restart',
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir();
      const first = await startCli(dataDir, ['--assess-after-ms', '0', '--epikrise-after-ms', '3600000']);
      const client = createReseptformidlerClient({ baseUrl: first.url });
      const sent = henvisning();
      expect(await client.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: false });
      expect((await client.fetchInbox(CLINIC_HER, 10)).map((item) => item.kind)).toEqual([
        'AppRec',
        'DIALOG_STATUS_HENVISNING',
      ]);
      first.child.kill('SIGTERM');
      expect(await exited(first.child)).toBe(0);

      const second = await startCli(dataDir);
      const again = createReseptformidlerClient({ baseUrl: second.url });
      expect(await again.postMessage(sent.xml)).toEqual({ kind: 'accepted', duplicate: true });
      const advance = await fetch(`${second.url}/admin/advance`, { method: 'POST' });
      expect(await advance.json()).toEqual({ advanced: 1 });
      expect((await again.fetchInbox(CLINIC_HER, 10)).map((item) => item.kind)).toEqual([
        'AppRec',
        'DIALOG_STATUS_HENVISNING',
        'EPIKRISE',
      ]);
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);
    },
  );

  it('explains its usage and exits 2 on a bad command line', async () => {
    const { child, stderr } = run(['--port', 'x']);
    expect(await exited(child)).toBe(2);
    expect(stderr()).toContain('Usage: npm run spes-sim');
  });
});
