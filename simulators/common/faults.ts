/**
 * Fault switches of the simulated national services (the reseptformidler, the specialist service), so tests can
 * prove the app loses nothing when a service misbehaves. They act on the EPJ's side (messages and inbox); the admin
 * (and the pharmacy's) endpoints are never broken, so a test can always repair the service. Rates are drawn from
 * seeded generators, one per switch, so a seed gives the same sequence of failures on every run.
 */
import { seededRandom, type Random } from './seeded-random';

/** no: working; http-503: every EPJ request gets 503; refuse-connections: the port is closed. */
export type DownMode = 'no' | 'http-503' | 'refuse-connections';

/**
 * Where a transport failure strikes a POST /messages: before the service reads the message (it is lost), after it
 * has processed it (only the HTTP answer is lost, so the resend is a duplicate), or either, by the seeded generator.
 */
export type TransportFailureWhen = 'before' | 'after' | 'either';

export interface Faults {
  down: DownMode;
  /** Added to every EPJ request before it is handled. */
  latencyMs: number;
  /** 0..1: share of EPJ requests answered 503. */
  transportFailureRate: number;
  transportFailureWhen: TransportFailureWhen;
  /** 0..1: share of new messages rejected with AppRec status 2 (X99) and not processed. */
  rejectionRate: number;
  /** 0..1: share of messages accepted (202) and processed whose answers never reach the inbox. */
  dropAnswerRate: number;
  seed: number;
}

export const NO_FAULTS: Faults = {
  down: 'no',
  latencyMs: 0,
  transportFailureRate: 0,
  transportFailureWhen: 'either',
  rejectionRate: 0,
  dropAnswerRate: 0,
  seed: 1,
};

export class FaultError extends Error {
  override readonly name = 'FaultError';
}

const DOWN_MODES: readonly DownMode[] = ['no', 'http-503', 'refuse-connections'];
const WHEN: readonly TransportFailureWhen[] = ['before', 'after', 'either'];

function rate(name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new FaultError(`${name} must be a number from 0 to 1.`);
  }
  return value;
}

/** Reads a partial update from JSON (POST /admin/faults) or CLI flags; `down: true/false` are shorthands. */
export function parseFaultPatch(input: unknown): Partial<Faults> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FaultError('Faults are a JSON object.');
  }
  const source = input as Record<string, unknown>;
  const patch: Partial<Faults> = {};
  for (const [key, value] of Object.entries(source)) {
    switch (key) {
      case 'down': {
        const down = value === true ? 'http-503' : value === false ? 'no' : value;
        if (!DOWN_MODES.includes(down as DownMode))
          throw new FaultError(`down must be one of ${DOWN_MODES.join(', ')}.`);
        patch.down = down as DownMode;
        break;
      }
      case 'latencyMs':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
          throw new FaultError('latencyMs must be a whole number of 0 or more.');
        }
        patch.latencyMs = value;
        break;
      case 'transportFailureRate':
      case 'rejectionRate':
      case 'dropAnswerRate':
        patch[key] = rate(key, value);
        break;
      case 'transportFailureWhen':
        if (!WHEN.includes(value as TransportFailureWhen)) {
          throw new FaultError(`transportFailureWhen must be one of ${WHEN.join(', ')}.`);
        }
        patch.transportFailureWhen = value as TransportFailureWhen;
        break;
      case 'seed':
        if (typeof value !== 'number' || !Number.isInteger(value)) throw new FaultError('seed must be an integer.');
        patch.seed = value;
        break;
      default:
        throw new FaultError(`Unknown fault switch "${key}".`);
    }
  }
  return patch;
}

export class FaultSwitches {
  private faults: Faults;
  private transport: Random;
  private placement: Random;
  private rejection: Random;
  private drop: Random;

  constructor(initial: Partial<Faults> = {}) {
    this.faults = { ...NO_FAULTS, ...initial };
    [this.transport, this.placement, this.rejection, this.drop] = this.generators(this.faults.seed);
  }

  private generators(seed: number): [Random, Random, Random, Random] {
    return [seededRandom(seed), seededRandom(seed + 1), seededRandom(seed + 2), seededRandom(seed + 3)];
  }

  current(): Faults {
    return { ...this.faults };
  }

  /** Applies a partial update; giving a seed restarts every generator from it. */
  update(patch: Partial<Faults>): Faults {
    this.faults = { ...this.faults, ...patch };
    if (patch.seed !== undefined) {
      [this.transport, this.placement, this.rejection, this.drop] = this.generators(patch.seed);
    }
    return this.current();
  }

  private draw(random: Random, probability: number): boolean {
    if (probability <= 0) return false;
    if (probability >= 1) return true;
    return random() < probability;
  }

  /** Whether this EPJ request fails with 503, and for a message whether before or after it was processed. */
  transportFailure(): 'none' | 'before' | 'after' {
    if (!this.draw(this.transport, this.faults.transportFailureRate)) return 'none';
    const when = this.faults.transportFailureWhen;
    if (when !== 'either') return when;
    return this.placement() < 0.5 ? 'before' : 'after';
  }

  rejects(): boolean {
    return this.draw(this.rejection, this.faults.rejectionRate);
  }

  dropsAnswer(): boolean {
    return this.draw(this.drop, this.faults.dropAnswerRate);
  }
}
