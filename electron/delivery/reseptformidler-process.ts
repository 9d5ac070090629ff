/**
 * Starts the simulated reseptformidler as its own process, the way the issue describes it (a separate program with
 * its own SQLite database on 127.0.0.1), and waits for its one line `listening on http://127.0.0.1:PORT`.
 * The simulator is a separate TypeScript project that imports the app's message code, so the app never imports the
 * simulator; it runs it:
 *   - bundled (the packaged app): `rf-sim.mjs` next to the main bundle, run by Electron's own binary as Node
 *     (ELECTRON_RUN_AS_NODE); the Electron main uses utilityProcess.fork of the same file instead (electron/app);
 *   - from source (`npm run cli`, tests): `simulators/reseptformidler/main.ts` through tsx.
 * Plain Node: no 'electron' here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** ESM: the message schemas' validator (libxml2-wasm) uses top-level await. The xsd/ folder is copied beside it. */
export const RF_SIM_BUNDLE = 'rf-sim.mjs';
const RF_SIM_SOURCE = path.join('simulators', 'reseptformidler', 'main.ts');
const START_TIMEOUT_MS = 20_000;

export interface ReseptformidlerProcessOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  requireSignature?: boolean;
  /** Where to look for the bundle or the source; defaults: this file's folder, then the working folder upwards. */
  searchFrom?: readonly string[];
}

export interface ReseptformidlerProcess {
  url: string;
  pid: number | undefined;
  close(): Promise<void>;
}

/** The simulator's arguments, shared with the Electron main's utilityProcess.fork. */
export function reseptformidlerArgs(options: ReseptformidlerProcessOptions): string[] {
  return [
    '--port',
    String(options.port ?? 0),
    '--data-dir',
    options.dataDir,
    ...(options.requireSignature ? ['--require-signature'] : []),
  ];
}

function ancestors(start: string): string[] {
  const dirs: string[] = [];
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (path.dirname(dir) === dir) return dirs;
  }
}

/** The command that runs the simulator here, or undefined when neither the bundle nor the source is found. */
export function locateReseptformidler(
  searchFrom: readonly string[] = [typeof __dirname === 'string' ? __dirname : '', process.cwd()],
): { command: string; args: string[]; env: Record<string, string> } | undefined {
  for (const start of searchFrom.filter(Boolean)) {
    const bundle = path.join(start, RF_SIM_BUNDLE);
    if (fs.existsSync(bundle)) {
      return { command: process.execPath, args: [bundle], env: { ELECTRON_RUN_AS_NODE: '1' } };
    }
    for (const dir of ancestors(start)) {
      const source = path.join(dir, RF_SIM_SOURCE);
      if (fs.existsSync(source)) return { command: process.execPath, args: ['--import', 'tsx', source], env: {} };
    }
  }
  return undefined;
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error('the simulator did not start within 20 s')), START_TIMEOUT_MS);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${error.message}${err ? `: ${err.trim()}` : ''}`));
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`the simulator stopped with exit code ${String(code)}`)));
  });
}

export async function startReseptformidlerProcess(
  options: ReseptformidlerProcessOptions,
): Promise<ReseptformidlerProcess> {
  const found = locateReseptformidler(options.searchFrom);
  if (!found) throw new Error(`could not find ${RF_SIM_BUNDLE} or ${RF_SIM_SOURCE}`);
  const child = spawn(found.command, [...found.args, ...reseptformidlerArgs(options)], {
    env: { ...process.env, ...found.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForUrl(child);
  child.removeAllListeners('exit');
  return {
    url,
    pid: child.pid,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        // SIGTERM: the simulator closes its database cleanly (main.ts).
        child.kill('SIGTERM');
      }),
  };
}
