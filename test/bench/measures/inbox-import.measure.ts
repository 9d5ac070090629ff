import { randomUUID } from 'node:crypto';
import { enqueueOutgoing } from '../../../db/repositories/outbox.repository';
import { openClinicDatabase } from '../../../electron/backend';
import { systemContext } from '../../../electron/services/context';
import { createInboxService } from '../../../electron/services/inbox/inbox.service';
import { createMessageValidator } from '../../../electron/integrations/messages/xsd-validator';
import { epikriseMessage, statusMessage } from '../../inbox/inbox-fixtures';
import type { Measure } from '../measure';
import { percentile, round } from '../stats';

const PATIENTS = 10_000;
const MESSAGES = 2_000;
/** One in ten messages names nobody in the clinic and goes to the queue, as a misaddressed epikrise would. */
const UNKNOWN_EVERY = 10;

/**
 * Throughput of the import path (`import-message` without the process start), as issue 6 item 7 asks: messages per
 * second from the file's bytes to a committed, matched and audited document in a demo clinic with 10 000 patients (a clinic of five or six fastleger).
 * Each message is decoded, read (kind, header, readable content, the assessment's facts), validated against the
 * official XSDs, matched to the patient by fødselsnummer and to a sent henvisning by ConversationRef, stored and
 * audited in its own transaction. Half are Status på henvisning (Dialogmelding v1.1 in MsgHead), half Epikrise
 * v1.2; the message texts are built before the clock starts.
 */
export const inboxImportMeasure: Measure = {
  name: 'inbox.import',
  description: `messages/s: ${MESSAGES} dialogmeldinger and epikriser imported into Innboks, ${PATIENTS} patients`,
  async run(ctx) {
    const dataDir = await ctx.demoClinicCopy(PATIENTS);
    const { conn } = await openClinicDatabase(dataDir, new Date());
    try {
      const patients = await conn.db
        .selectFrom('patients')
        .select(['id', 'identity_number'])
        .where('identity_type', 'in', ['fnr', 'tnr', 'dnr'])
        .orderBy('id')
        .limit(MESSAGES)
        .execute();
      if (patients.length === 0) throw new Error('the demo clinic has no patients');
      ctx.progress(`inbox.import: building ${MESSAGES} messages`);
      const now = new Date().toISOString();
      const messages: Uint8Array[] = [];
      const encoder = new TextEncoder();
      for (let i = 0; i < MESSAGES; i++) {
        const patient = patients[i % patients.length]!;
        const fnr = i % UNKNOWN_EVERY === 0 ? '01010199999' : patient.identity_number;
        const henvisning = randomUUID();
        const referralId = randomUUID();
        await enqueueOutgoing(conn.db, {
          id: randomUUID(),
          msgId: henvisning,
          kind: 'HENVISNING_NYTILSTAND',
          receiverHerId: '90998',
          payload: '<MsgHead/>',
          subjectType: 'referral',
          subjectId: referralId,
          now,
        });
        const xml =
          i % 2 === 0
            ? statusMessage({ msgId: randomUUID(), refersTo: henvisning, fnr })
            : epikriseMessage({ msgId: randomUUID(), fnr, servReqId: henvisning });
        messages.push(encoder.encode(xml));
      }
      await createMessageValidator();
      const inbox = createInboxService(conn.db);
      const ctxFor = () => systemContext('cli (bench)', 'bench', new Date());
      ctx.progress('inbox.import: importing');
      const perMessage: number[] = [];
      const cpu = process.cpuUsage();
      const started = performance.now();
      let queued = 0;
      for (const bytes of messages) {
        const t0 = performance.now();
        const result = await inbox.importMessage(ctxFor(), bytes);
        perMessage.push(performance.now() - t0);
        if (!result.stored) throw new Error(`message ${result.msgId} was not stored`);
        if (result.status === 'uavklart') queued++;
      }
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      return {
        n: MESSAGES,
        p50_ms: round(percentile(perMessage, 50)),
        p95_ms: round(percentile(perMessage, 95)),
        ops_per_s: round(MESSAGES / seconds, 1),
        patients: PATIENTS,
        queued,
        cpu_ms_per_msg: round((used.user + used.system) / 1000 / MESSAGES),
      };
    } finally {
      await conn.close();
    }
  },
};
