/** Starts backend-process.ts as a child and connects a page to it, so a test can kill the backend for real. */
import type { Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import type { InvokeRequest } from '../../../shared/api/client';
import { windowApiScript } from './window-api-bundle';

export interface ChildBackend {
  port: number;
  process: ChildProcess;
  /** SIGKILL: no clean shutdown, as in a power cut or a crash. */
  kill(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

export async function spawnBackend(dataDir: string, origin: string): Promise<ChildBackend> {
  // tsx as a loader in this very process: its CLI would fork a grandchild that a SIGKILL to us would miss.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'backend-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, ALLMENN_DATA_DIR: dataDir, ALLMENN_TRUSTED_ORIGIN: origin },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`backend exited early with ${code}`)));
  });
  const { port } = JSON.parse(first) as { port: number };
  return {
    port,
    process: child,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

function post(port: number, body: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/invoke', method: 'POST' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(error instanceof Error ? error : new Error('bad answer'));
        }
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Wires the page to the child backend; a dead backend surfaces as a rejected invoke, as a dead IPC would. */
export async function connectPageToChild(page: Page, backend: ChildBackend): Promise<void> {
  await page.exposeBinding('__allmennInvoke', (source, request: InvokeRequest) =>
    post(backend.port, {
      sender: { url: source.frame.url(), isTopFrame: source.frame.parentFrame() === null },
      request,
    }),
  );
  http
    .get({ host: '127.0.0.1', port: backend.port, path: '/events' }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) {
          if (!line.startsWith('data: ')) continue;
          const message: unknown = JSON.parse(line.slice(6));
          page
            .evaluate(
              (m) => (window as unknown as { __allmennDeliver?: (x: unknown) => void }).__allmennDeliver?.(m),
              message,
            )
            .catch(() => undefined);
        }
      });
    })
    .on('error', () => undefined);
  await page.addInitScript({ content: await windowApiScript() });
}
