/**
 * Fault switches of the simulated SMS gateway, so tests can prove no SMS is lost when it misbehaves: down (every
 * client request gets 503), latency, and a share of requests answered 503. Seeded, so a seed gives the same
 * failures on every run. The /admin endpoints are never broken, so a test can always repair the gateway.
 */

export interface SmsFaults {
  down: boolean;
  latencyMs: number;
  /** 0..1: share of client requests (POST /sms, GET /inbox, POST /inbox/ack) answered 503. */
  failureRate: number;
  seed: number;
}

export const NO_SMS_FAULTS: SmsFaults = { down: false, latencyMs: 0, failureRate: 0, seed: 1 };

export class SmsFaultError extends Error {
  override readonly name = 'SmsFaultError';
}

/** mulberry32: small and seeded; not for anything secret. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads a partial update from JSON (POST /admin/faults) or the command line. */
export function parseSmsFaultPatch(input: unknown): Partial<SmsFaults> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new SmsFaultError('Faults are a JSON object.');
  }
  const patch: Partial<SmsFaults> = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    switch (key) {
      case 'down':
        if (typeof value !== 'boolean') throw new SmsFaultError('down must be true or false.');
        patch.down = value;
        break;
      case 'latencyMs':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
          throw new SmsFaultError('latencyMs must be a whole number of 0 or more.');
        }
        patch.latencyMs = value;
        break;
      case 'failureRate':
        if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
          throw new SmsFaultError('failureRate must be a number from 0 to 1.');
        }
        patch.failureRate = value;
        break;
      case 'seed':
        if (typeof value !== 'number' || !Number.isInteger(value)) throw new SmsFaultError('seed must be an integer.');
        patch.seed = value;
        break;
      default:
        throw new SmsFaultError(`Unknown fault switch "${key}".`);
    }
  }
  return patch;
}

export class SmsFaultSwitches {
  private faults: SmsFaults;
  private random: () => number;

  constructor(initial: Partial<SmsFaults> = {}) {
    this.faults = { ...NO_SMS_FAULTS, ...initial };
    this.random = seeded(this.faults.seed);
  }

  current(): SmsFaults {
    return { ...this.faults };
  }

  update(patch: Partial<SmsFaults>): SmsFaults {
    this.faults = { ...this.faults, ...patch };
    if (patch.seed !== undefined) this.random = seeded(patch.seed);
    return this.current();
  }

  /** Whether this client request fails (down, or drawn by the failure rate). */
  fails(): boolean {
    if (this.faults.down) return true;
    const rate = this.faults.failureRate;
    if (rate <= 0) return false;
    if (rate >= 1) return true;
    return this.random() < rate;
  }
}
