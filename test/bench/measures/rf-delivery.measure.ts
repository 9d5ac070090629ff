import { outboxCounts } from '../../../db/repositories/outbox.repository';
import { openClinicDatabase } from '../../../electron/backend';
import { createDeliveryWorker } from '../../../electron/integrations/outbox/delivery.worker';
import { createReseptformidlerClient } from '../../../electron/integrations/outbox/reseptformidler.client';
import { enqueueM1s } from '../../outbox/outbox-messages';
import { CLINIC } from '../../simulators/rf-messages';
import type { Measure } from '../measure';
import { startRfSimProcess } from '../../outbox/rf-sim-process';
import { percentile, round } from '../stats';

const MESSAGES = 2_000;
const BATCH = 100;
const CONCURRENCY = 8;

/**
 * Throughput of the outbox worker through the simulated reseptformidler over loopback, as issue 5 defines it:
 * messages per second from "in the outbox" to "AppRec recorded and the row answered". Building the M1s is not
 * counted; RF's own work (XSD validation, its SQLite) is, as the real service's would be. RF runs in its own
 * process, as the app runs it. p50/p95 are per round of
 * one delivery batch plus the inbox poll that follows it.
 */
export const rfDeliveryMeasure: Measure = {
  name: 'rf.delivery',
  description: `messages/s: ${MESSAGES} M1s posted to the simulated RF over loopback, every AppRec recorded`,
  async run(ctx) {
    const { conn } = await openClinicDatabase(ctx.tempDir(), new Date());
    const rf = await startRfSimProcess(ctx.tempDir());
    try {
      ctx.progress(`rf.delivery: building ${MESSAGES} M1s`);
      await enqueueM1s(conn, MESSAGES);
      const worker = createDeliveryWorker({
        db: conn.db,
        client: createReseptformidlerClient({ baseUrl: rf.url }),
        owner: 'bench:1',
        clinicHerId: CLINIC.herId,
        batchSize: BATCH,
        concurrency: CONCURRENCY,
        inboxBatchSize: 1_000,
      });
      ctx.progress('rf.delivery: delivering');
      const roundsMs: number[] = [];
      const started = performance.now();
      const workerCpu = process.cpuUsage();
      const rfCpuBefore = rf.cpuMs();
      for (;;) {
        const roundStarted = performance.now();
        const delivered = await worker.runOnce();
        const inbox = await worker.pollInbox();
        if (delivered.claimed === 0 && inbox.received === 0) break;
        roundsMs.push(performance.now() - roundStarted);
      }
      const seconds = (performance.now() - started) / 1000;
      const worker_cpu = process.cpuUsage(workerCpu);
      const rfCpuAfter = rf.cpuMs();
      const counts = await outboxCounts(conn.db);
      if (counts.answered !== MESSAGES) throw new Error(`not every message was answered: ${JSON.stringify(counts)}`);
      return {
        n: MESSAGES,
        p50_ms: round(percentile(roundsMs, 50)),
        p95_ms: round(percentile(roundsMs, 95)),
        ops_per_s: round(MESSAGES / seconds, 1),
        batch: BATCH,
        concurrency: CONCURRENCY,
        rounds: roundsMs.length,
        // CPU per message on each side: what the figure would be on an idle machine, whatever else it ran.
        worker_cpu_ms_per_msg: round((worker_cpu.user + worker_cpu.system) / 1000 / MESSAGES),
        ...(rfCpuBefore !== undefined && rfCpuAfter !== undefined
          ? { rf_cpu_ms_per_msg: round((rfCpuAfter - rfCpuBefore) / MESSAGES) }
          : {}),
      };
    } finally {
      await rf.stop();
      await conn.close();
    }
  },
};
