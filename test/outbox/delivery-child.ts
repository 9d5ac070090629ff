/**
 * A backend process that only delivers, for the crash test: it posts the outbox to RF and prints `posted <MsgId>`
 * after each post RF took, so the test can SIGKILL it between a post and the batch's markSent.
 * Usage: node --import tsx test/outbox/delivery-child.ts <dataDir> <rfUrl>
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { openClinicDatabase } from '../../electron/backend';
import { createDeliveryWorker } from '../../electron/integrations/outbox/delivery.worker';
import { createReseptformidlerClient } from '../../electron/integrations/outbox/reseptformidler.client';
import { CLINIC } from '../simulators/rf-messages';
import { msgIdOf } from './outbox-messages';

/** delivery-crash.test.ts moves its clock past this to take the rows over. */
const CHILD_LEASE_MS = 60_000;

async function main(dataDir: string, rfUrl: string): Promise<void> {
  const { conn } = await openClinicDatabase(dataDir, new Date());
  const inner = createReseptformidlerClient({ baseUrl: rfUrl });
  const worker = createDeliveryWorker({
    db: conn.db,
    owner: `child:${process.pid}`,
    clinicHerId: CLINIC.herId,
    leaseMs: CHILD_LEASE_MS,
    batchSize: 100,
    concurrency: 1,
    client: {
      ...inner,
      async postMessage(xml) {
        const outcome = await inner.postMessage(xml);
        if (outcome.kind === 'accepted') process.stdout.write(`posted ${msgIdOf(xml)}\n`);
        // Slow enough that the test's kill lands inside the batch, not after its bookkeeping.
        await sleep(5);
        return outcome;
      },
    },
  });
  for (;;) await worker.tick();
}

const [dataDir, rfUrl] = process.argv.slice(2);
if (!dataDir || !rfUrl) throw new Error('usage: delivery-child.ts <dataDir> <rfUrl>');
await main(dataDir, rfUrl);
