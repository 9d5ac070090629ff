/**
 * The demo clinic gets its own simulated national services: a clinic made by `seed-demo` (the demo clinic's fixed
 * organisasjonsnummer and HER-id), or any data folder when ALLMENN_DEMO=1, starts the reseptformidler, the
 * specialist service and the SMS gateway, each in an Electron utilityProcess with its own SQLite under
 * `<data folder>/<name>-demo`, and the backend's workers send to them. A real clinic never starts them: its
 * messages wait in the outbox until a real connection exists. The simulators are bundled as dist/electron/*.mjs
 * (ES modules; utilityProcess runs them since Electron 28) with the xsd/ folder beside them
 * (scripts/build-electron.ts); from source `npm run rf-sim`, `spes-sim` and `sms-sim` do the same by hand.
 */
import { utilityProcess, type UtilityProcess } from 'electron';
import path from 'node:path';
import { reseptformidlerArgs, RF_SIM_BUNDLE } from '../delivery/reseptformidler-process';
import type { Logger } from '../logger';

const START_TIMEOUT_MS = 20_000;

export interface DemoSimulator {
  url: string;
  stop(): void;
}

export interface DemoSimulators {
  reseptformidler: DemoSimulator;
  spesialist: DemoSimulator | undefined;
  sms: DemoSimulator | undefined;
  stop(): void;
}

interface SimulatorSpec {
  bundle: string;
  name: string;
  folder: string;
  extraArgs?: readonly string[];
}

/** Forks one bundled simulator and waits for `listening on http://127.0.0.1:PORT`. */
function startSimulator(spec: SimulatorSpec, options: { appPath: string; dataDir: string; logger: Logger }) {
  const script = path.join(options.appPath, 'dist', 'electron', spec.bundle);
  const args =
    spec.bundle === RF_SIM_BUNDLE
      ? reseptformidlerArgs({ dataDir: path.join(options.dataDir, spec.folder), port: 0, requireSignature: true })
      : ['--port', '0', '--data-dir', path.join(options.dataDir, spec.folder), ...(spec.extraArgs ?? [])];
  const child: UtilityProcess = utilityProcess.fork(script, args, { stdio: 'pipe', serviceName: spec.name });
  return new Promise<DemoSimulator>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${spec.name} did not start within 20 s`));
    }, START_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => options.logger.warn(spec.name, { line: chunk.toString() }));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ url: match[1], stop: () => void child.kill() });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${spec.name} stopped with exit code ${code}`));
    });
  });
}

/**
 * Starts the three simulators. The reseptformidler is required (the delivery worker needs it); the specialist
 * service and the SMS gateway are best effort: without them henvisninger and SMS wait in their outboxes.
 */
export async function startDemoSimulators(options: {
  appPath: string;
  dataDir: string;
  logger: Logger;
}): Promise<DemoSimulators> {
  const optional = (spec: SimulatorSpec) =>
    startSimulator(spec, options).catch((error: unknown) => {
      options.logger.error('demo simulator did not start', { name: spec.name, error: String(error) });
      return undefined;
    });
  const [reseptformidler, spesialist, sms] = await Promise.all([
    startSimulator(
      { bundle: RF_SIM_BUNDLE, name: 'Allmenn reseptformidler (demo)', folder: 'reseptformidler-demo' },
      options,
    ),
    // Answers a few seconds apart, so a demo shows the referral move from mottatt to vurdert to epikrise.
    optional({
      bundle: 'spes-sim.mjs',
      name: 'Allmenn spesialisthelsetjeneste (demo)',
      folder: 'spesialist-demo',
      extraArgs: ['--assess-after-ms', '20000', '--epikrise-after-ms', '60000'],
    }),
    optional({ bundle: 'sms-sim.mjs', name: 'Allmenn SMS-gateway (demo)', folder: 'sms-demo' }),
  ]);
  return {
    reseptformidler,
    spesialist,
    sms,
    stop() {
      reseptformidler.stop();
      spesialist?.stop();
      sms?.stop();
    },
  };
}
