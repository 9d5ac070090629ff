/** The command line of `npm run rf-sim`: where to listen, where to keep data, and the fault switches. */
import { parseArgs } from 'node:util';
import { parseFaultPatch, type Faults } from '../common/faults';
import type { ReseptformidlerOptions } from './reseptformidler';

export const USAGE = `Usage: npm run rf-sim -- --port PORT --data-dir DIR [options]

  --port PORT                     0 picks a free port
  --data-dir DIR                  the simulator's own SQLite database lives here
  --require-signature             reject unsigned M1 and M5 (AppRec S01)
Fault switches (also at run time: POST /admin/faults):
  --down                          answer 503 to every EPJ request
  --latency-ms MS                 delay every EPJ request
  --transport-failure-rate R      0..1, share of EPJ requests answered 503
  --transport-failure-when W      before | after | either (default either)
  --rejection-rate R              0..1, share of messages rejected with AppRec avvist
  --drop-answer-rate R            0..1, share of messages accepted whose answers never come
  --seed N                        seed for the rates (default 1)
`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed))
    throw new UsageError(`--${name} needs a number, got "${value}".`);
  return parsed;
}

export function parseCliOptions(argv: readonly string[]): ReseptformidlerOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'require-signature': { type: 'boolean' },
        down: { type: 'boolean' },
        'latency-ms': { type: 'string' },
        'transport-failure-rate': { type: 'string' },
        'transport-failure-when': { type: 'string' },
        'rejection-rate': { type: 'string' },
        'drop-answer-rate': { type: 'string' },
        seed: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const port = number('port', values.port);
  if (port === undefined || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError('--port is required: a port number, or 0 for a free one.');
  }
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('--data-dir is required.');

  const raw: Record<string, unknown> = {
    down: values.down === true ? 'http-503' : undefined,
    latencyMs: number('latency-ms', values['latency-ms']),
    transportFailureRate: number('transport-failure-rate', values['transport-failure-rate']),
    transportFailureWhen: values['transport-failure-when'],
    rejectionRate: number('rejection-rate', values['rejection-rate']),
    dropAnswerRate: number('drop-answer-rate', values['drop-answer-rate']),
    seed: number('seed', values.seed),
  };
  let faults: Partial<Faults>;
  try {
    faults = parseFaultPatch(Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return { port, dataDir, faults, requireSignature: values['require-signature'] === true };
}
