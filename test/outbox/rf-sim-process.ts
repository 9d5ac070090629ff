/**
 * The simulated reseptformidler as its own process, as the app runs it (a utilityProcess) and as `npm run rf-sim`
 * starts it: so a benchmark measures the worker and RF on their own cores, talking over loopback, not one event
 * loop doing both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READY = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/;

export interface RfSimProcess {
  url: string;
  stop(): Promise<void>;
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
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
