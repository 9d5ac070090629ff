/**
 * The demo clinic gets its own simulated reseptformidler: a clinic made by `seed-demo` (the demo clinic's fixed
 * organisasjonsnummer and HER-id), or any data folder when ALLMENN_DEMO=1, starts the simulator in an Electron
 * utilityProcess with its own SQLite in `<data folder>/reseptformidler-demo`, and the backend's delivery worker
 * sends to it. A real clinic never starts it: its prescriptions wait in the outbox until a real connection exists.
 * The simulator is bundled as dist/electron/rf-sim.mjs (an ES module; utilityProcess runs ES module entries since
 * Electron 28) with the xsd/ folder beside it (scripts/build-electron.ts); from source `npm run rf-sim` does the
 * same by hand.
 */
import { utilityProcess, type UtilityProcess } from 'electron';
import path from 'node:path';
import { reseptformidlerArgs, RF_SIM_BUNDLE } from '../delivery/reseptformidler-process';
import type { Logger } from '../logger';

const START_TIMEOUT_MS = 20_000;

export interface DemoReseptformidler {
  url: string;
  stop(): void;
}

/** Forks the bundled simulator and waits for `listening on http://127.0.0.1:PORT`. */
export function startDemoReseptformidler(options: {
  appPath: string;
  dataDir: string;
  logger: Logger;
}): Promise<DemoReseptformidler> {
  const script = path.join(options.appPath, 'dist', 'electron', RF_SIM_BUNDLE);
  const child: UtilityProcess = utilityProcess.fork(
    script,
    reseptformidlerArgs({
      dataDir: path.join(options.dataDir, 'reseptformidler-demo'),
      port: 0,
      requireSignature: true,
    }),
    { stdio: 'pipe', serviceName: 'Allmenn reseptformidler (demo)' },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the demo reseptformidler did not start within 20 s'));
    }, START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => options.logger.warn('reseptformidler', { line: chunk.toString() }));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ url: match[1], stop: () => void child.kill() });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo reseptformidler stopped with exit code ${code}`));
    });
  });
}
