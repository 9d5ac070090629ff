/**
 * Starts a simulated reseptformidler in the test process, on a free loopback port with its own data folder and
 * a clock the test can move, and stops it after each test.
 */
import { afterEach } from 'vitest';
import { parseAppRec } from '../../electron/integrations/messages/apprec.parser';
import type { ParsedAppRec } from '../../electron/integrations/messages/apprec.types';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import type { Faults } from '../../simulators/common/faults';
import { startReseptformidler, type RunningReseptformidler } from '../../simulators/reseptformidler/reseptformidler';
import { useTempDir } from '../support/temp-dir';
import { CLINIC } from './rf-messages';
import { RfTestClient } from './rf-test-client';

export interface TestRf {
  rf: RunningReseptformidler;
  client: RfTestClient;
  dataDir: string;
  /** Moves RF's clock. */
  setNow(instant: string): void;
  /** The one AppRec that answers `msgId` in the clinic's inbox (acked once read). */
  appRecFor(msgId: string, her?: string): Promise<ParsedAppRec>;
}

export interface TestRfOptions {
  now?: string;
  faults?: Partial<Faults>;
  requireSignature?: boolean;
}

export const TEST_TODAY = '2026-03-02';

export function useTestRf(): (options?: TestRfOptions) => Promise<TestRf> {
  const tempDir = useTempDir('allmenn-rf-');
  const running: RunningReseptformidler[] = [];
  afterEach(async () => {
    for (const rf of running.splice(0)) await rf.close();
  });
  return async (options = {}) => {
    let now = new Date(options.now ?? `${TEST_TODAY}T10:00:00Z`);
    const dataDir = tempDir();
    const rf = await startReseptformidler({
      port: 0,
      dataDir,
      clock: () => now,
      ...(options.faults ? { faults: options.faults } : {}),
      ...(options.requireSignature !== undefined ? { requireSignature: options.requireSignature } : {}),
    });
    running.push(rf);
    const client = new RfTestClient(rf.url, await createMessageValidator());
    return {
      rf,
      client,
      dataDir,
      setNow: (instant) => {
        now = new Date(instant);
      },
      appRecFor: async (msgId, her = CLINIC.herId) => {
        const appRecs = (await client.answersTo(her, msgId)).filter((item) => item.kind === 'AppRec');
        if (appRecs.length !== 1) throw new Error(`Expected one AppRec for ${msgId}, found ${appRecs.length}.`);
        return parseAppRec(appRecs[0]?.xml ?? '');
      },
    };
  };
}
