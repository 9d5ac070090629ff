/**
 * The simulated reseptformidler as its own process, as the app runs it (a utilityProcess) and as `npm run rf-sim`
 * starts it: so a benchmark measures the worker and RF on their own cores, talking over loopback, not one event
 * loop doing both.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READY = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/;

export interface RfSimProcess {
  url: string;
  /** CPU time RF has used so far (user + system), where the OS tells (Linux /proc); undefined elsewhere. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

export function startRfSimProcess(dataDir: string): Promise<RfSimProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'simulators/reseptformidler/main.ts', '--port', '0', '--data-dir', dataDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('rf-sim did not start within 30 s'));
    }, 30_000);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`rf-sim exited with ${code}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = READY.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timeout);
      resolve({
        url: match[1],
        cpuMs: () => processCpuMs(child.pid),
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
