/**
 * Starts the simulated specialist service in the test process on a free loopback port, with its own data folder
 * and a clock the test can move, and talks to it with the app's own reseptformidler client (the same HTTP
 * interface). Stops it after each test.
 */
import { randomUUID } from 'node:crypto';
import { afterEach } from 'vitest';
import {
  createReseptformidlerClient,
  type InboxItem,
  type ReseptformidlerClient,
} from '../../electron/integrations/outbox/reseptformidler.client';
import { buildHenvisningMessage } from '../../electron/integrations/messages/henvisning.builder';
import type { HenvisningInput } from '../../electron/integrations/messages/henvisning.types';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import type { Faults } from '../../simulators/common/faults';
import { startSpesialist, type RunningSpesialist } from '../../simulators/spesialist/spesialist';
import { sampleHenvisning } from '../messages-henvisning/henvisning-samples';
import { useTempDir } from '../support/temp-dir';

export { CLINIC_HER, COPY_HER, PATIENT_FNR } from '../messages-henvisning/henvisning-samples';

export interface TestSpes {
  spes: RunningSpesialist;
  client: ReseptformidlerClient;
  validator: MessageValidator;
  setNow(instant: string): void;
  /** The pending inbox of `her`, every message checked against the schemas. */
  inbox(her: string): Promise<InboxItem[]>;
  /** POST to an admin or other route, JSON in and out. */
  json(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

export interface TestSpesOptions {
  now?: string;
  faults?: Partial<Faults>;
  assessAfterMs?: number;
  epikriseAfterMs?: number;
  requireSignature?: boolean;
}

/** A Monday: ten working days later is 2026-03-16. */
export const TEST_NOW = '2026-03-02T10:00:00Z';

/** A henvisning with a fresh MsgId and DocumentId (UUIDs), built by the app's builder. */
export function henvisning(overrides: Partial<HenvisningInput> = {}): { xml: string; input: HenvisningInput } {
  const input = sampleHenvisning({ msgId: randomUUID(), referralId: randomUUID(), ...overrides });
  return { xml: buildHenvisningMessage(input), input };
}

export function useTestSpes(): (options?: TestSpesOptions) => Promise<TestSpes> {
  const tempDir = useTempDir('allmenn-spes-');
  const running: RunningSpesialist[] = [];
  afterEach(async () => {
    for (const spes of running.splice(0)) await spes.close();
  });
  return async (options = {}) => {
    let now = new Date(options.now ?? TEST_NOW);
    const spes = await startSpesialist({
      port: 0,
      dataDir: tempDir(),
      clock: () => now,
      assessAfterMs: options.assessAfterMs ?? 0,
      epikriseAfterMs: options.epikriseAfterMs ?? 0,
      ...(options.faults ? { faults: options.faults } : {}),
      ...(options.requireSignature !== undefined ? { requireSignature: options.requireSignature } : {}),
    });
    running.push(spes);
    const validator = await createMessageValidator();
    const client = createReseptformidlerClient({ baseUrl: spes.url, timeoutMs: 5_000 });
    return {
      spes,
      client,
      validator,
      setNow: (instant) => {
        now = new Date(instant);
      },
      inbox: async (her) => {
        const items = await client.fetchInbox(her, 1000);
        for (const item of items) {
          const result = validator.validate(item.xml);
          if (!result.valid)
            throw new Error(`${item.kind} ${item.msgId} is not schema-valid: ${result.errors.join('; ')}`);
        }
        return items;
      },
      json: async (method, path, body) => {
        const response = await fetch(`${spes.url}${path}`, {
          method,
          ...(body !== undefined
            ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
            : {}),
        });
        const text = await response.text();
        return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
      },
    };
  };
}
