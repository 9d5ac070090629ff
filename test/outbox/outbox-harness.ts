/**
 * A clinic database and a simulated reseptformidler on loopback, both real and fresh per test, with M1s for
 * fictional Test Norge patients in the outbox and a client that counts what reaches RF's door per MsgId.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach } from 'vitest';
import type { DatabaseConnection } from '../../db/connection';
import { outboxCounts } from '../../db/repositories/outbox.repository';
import { openClinicDatabase } from '../../electron/backend';
import type { DeliveryWorker } from '../../electron/integrations/outbox/delivery.worker';
import { createReseptformidlerClient } from '../../electron/integrations/outbox/reseptformidler.client';
import type { Faults } from '../../simulators/common/faults';
import { startReseptformidler, type RunningReseptformidler } from '../../simulators/reseptformidler/reseptformidler';
import { useTempDir } from '../support/temp-dir';
import { countingClient, enqueueM1s, type CountingClient } from './outbox-messages';

export { countingClient, msgIdOf, RF_HER_ID } from './outbox-messages';

export interface OutboxFixture {
  conn: DatabaseConnection;
  rf: RunningReseptformidler;
  dataDir: string;
  rfDataDir: string;
  client: CountingClient;
  /** Puts `count` M1s in the outbox, alternating two patients; returns their MsgIds. */
  enqueueM1s(count: number): Promise<string[]>;
}

export function useOutboxFixture(): (options?: { faults?: Partial<Faults> }) => Promise<OutboxFixture> {
  const tempDir = useTempDir('allmenn-outbox-');
  const open: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of open.splice(0).reverse()) await close();
  });
  return async (options = {}) => {
    const dataDir = tempDir();
    const rfDataDir = tempDir();
    const { conn } = await openClinicDatabase(dataDir, new Date());
    open.push(() => conn.close());
    const rf = await startReseptformidler({
      port: 0,
      dataDir: rfDataDir,
      ...(options.faults ? { faults: options.faults } : {}),
    });
    open.push(() => rf.close());
    const client = countingClient(createReseptformidlerClient({ baseUrl: rf.url, timeoutMs: 2_000 }));
    return { conn, rf, dataDir, rfDataDir, client, enqueueM1s: (count) => enqueueM1s(conn, count) };
  };
}

/** Ticks the workers until every outbox row has RF's verdict (answered or rejected), or fails after `timeoutMs`. */
export async function deliverAll(
  conn: DatabaseConnection,
  workers: readonly DeliveryWorker[],
  timeoutMs = 45_000,
): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await Promise.all(workers.map((w) => w.tick()));
    const counts = await outboxCounts(conn.db);
    if ((counts.pending ?? 0) + (counts.sent ?? 0) === 0) break;
    if (Date.now() > deadline) throw new Error(`not delivered in ${timeoutMs} ms: ${JSON.stringify(counts)}`);
    await sleep(10);
  }
  return outboxCounts(conn.db);
}

interface RfPrescription {
  reseptId: string;
}

/** Every prescription RF registered, by ReseptId (= the M1's MsgId). */
export async function rfPrescriptionIds(rf: RunningReseptformidler): Promise<string[]> {
  const response = await fetch(`${rf.url}/admin/prescriptions`);
  const list = (await response.json()) as RfPrescription[];
  return list.map((p) => p.reseptId);
}
