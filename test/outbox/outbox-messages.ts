/**
 * What the outbox tests and the rf.delivery benchmark put in the outbox: M1s built with the app's own builders for
 * fictional Test Norge patients, and a client wrapper that counts what reaches RF's door. No vitest here, so the
 * benchmark can use it too.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseConnection } from '../../db/connection';
import { enqueueOutgoing } from '../../db/repositories/outbox.repository';
import type { ReseptformidlerClient } from '../../electron/integrations/outbox/reseptformidler.client';
import { osloDate } from '../../shared/rules/dates';
import { m1, OTHER_PATIENT, PATIENT } from '../simulators/rf-messages';

export const RF_HER_ID = '80624';

export interface CountingClient extends ReseptformidlerClient {
  /** POST /messages calls per MsgId, whatever their outcome. */
  posts: Map<string, number>;
  /** Posts that ended in a transport failure (503, refused connection, timeout). */
  transportFailures(): number;
}

const MSG_ID = /<(?:\w+:)?MsgId>([^<]+)<\/(?:\w+:)?MsgId>/;

export function msgIdOf(xml: string): string {
  const match = MSG_ID.exec(xml);
  if (!match?.[1]) throw new Error('no MsgId in the document');
  return match[1];
}

/** Wraps a client so a test can count what was posted per MsgId. */
export function countingClient(inner: ReseptformidlerClient): CountingClient {
  const posts = new Map<string, number>();
  let failures = 0;
  return {
    posts,
    transportFailures: () => failures,
    async postMessage(xml) {
      const msgId = msgIdOf(xml);
      posts.set(msgId, (posts.get(msgId) ?? 0) + 1);
      const outcome = await inner.postMessage(xml);
      if (outcome.kind === 'transport-failure') failures++;
      return outcome;
    },
    fetchInbox: (her, limit) => inner.fetchInbox(her, limit),
    ack: (her, ids) => inner.ack(her, ids),
  };
}

export async function enqueueM1s(conn: DatabaseConnection, count: number, now = new Date()): Promise<string[]> {
  const today = osloDate(now);
  const ids: string[] = [];
  await conn.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const built = m1({ today, patient: i % 2 === 0 ? PATIENT : OTHER_PATIENT });
      await enqueueOutgoing(trx, {
        id: randomUUID(),
        msgId: built.msgId,
        kind: 'ERM1',
        receiverHerId: RF_HER_ID,
        payload: built.xml,
        subjectType: 'prescription',
        subjectId: built.msgId,
        now: now.toISOString(),
      });
      ids.push(built.msgId);
    }
  });
  return ids;
}
