/**
 * `npm run sms-sim -- --port P --data-dir D`: the simulated SMS gateway on its own. When it listens it prints
 * exactly one line on stdout, `listening on http://127.0.0.1:PORT`; diagnostics go to stderr. SIGINT and SIGTERM
 * close the database cleanly.
 */
import { parseArgs } from 'node:util';
import { parseSmsFaultPatch, type SmsFaults } from './faults';
import { startSmsGateway } from './sms-gateway';

const USAGE = `Usage: npm run sms-sim -- --port PORT --data-dir DIR [options]

  --port PORT             0 picks a free port
  --data-dir DIR          the gateway's own SQLite database lives here
Fault switches (also at run time: POST /admin/faults):
  --down                  answer 503 to every client request
  --latency-ms MS         delay every client request
  --failure-rate R        0..1, share of client requests answered 503
  --seed N                seed for the failure rate (default 1)
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) fail(`--${name} needs a number, got "${value}".`);
  return parsed;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        down: { type: 'boolean' },
        'latency-ms': { type: 'string' },
        'failure-rate': { type: 'string' },
        seed: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const port = number('port', values.port);
  if (port === undefined || !Number.isInteger(port) || port < 0 || port > 65535) {
    fail('--port is required: a port number, or 0 for a free one.');
  }
  const dataDir = values['data-dir'];
  if (!dataDir) fail('--data-dir is required.');
  const raw: Record<string, unknown> = {
    down: values.down === true ? true : undefined,
    latencyMs: number('latency-ms', values['latency-ms']),
    failureRate: number('failure-rate', values['failure-rate']),
    seed: number('seed', values.seed),
  };
  let faults: Partial<SmsFaults>;
  try {
    faults = parseSmsFaultPatch(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const gateway = await startSmsGateway({
    port,
    dataDir,
    faults,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const stop = (): void => {
    gateway.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`listening on ${gateway.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
