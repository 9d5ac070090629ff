/**
 * RF's inbox as the worker reads it: an answer that overtakes the sender's own bookkeeping waits, a hook that
 * fails leaves the message in RF's inbox for the next poll, and other kinds go to their own hook, once.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  claimDueMessages,
  enqueueOutgoing,
  findOutgoingByMsgId,
  markSent,
  outboxCounts,
} from '../../db/repositories/outbox.repository';
import type { IncomingDelivery } from '../../electron/integrations/outbox/delivery-hooks.types';
import { m41 } from '../simulators/rf-messages';
import { deliverAll, RF_HER_ID, useOutboxFixture } from './outbox-harness';
import { testWorker } from './outbox-workers';

describe('the inbox at the reseptformidler', () => {
  const fixture = useOutboxFixture();

  it('leaves an AppRec in RF inbox while the row it answers is still leased to the worker posting it', async () => {
    const f = await fixture();
    const [msgId = ''] = await f.enqueueM1s(1);
    const now = new Date();
    // Another PC has claimed and posted it, and has not yet recorded the post.
    const [row] = await claimDueMessages(f.conn.db, {
      owner: 'pc-b:1',
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + 60_000).toISOString(),
      limit: 1,
    });
    expect(await f.client.postMessage(row?.payload ?? '')).toMatchObject({ kind: 'accepted' });

    const worker = testWorker(f.conn, f.client);
    expect(await worker.pollInbox()).toEqual({ received: 0, deferred: 1, failed: 0 });
    expect(await findOutgoingByMsgId(f.conn.db, msgId)).toMatchObject({ status: 'pending' });

    await markSent(f.conn.db, row?.id ?? '', 'pc-b:1', new Date().toISOString());
    expect(await worker.pollInbox()).toEqual({ received: 1, deferred: 0, failed: 0 });
    expect(await findOutgoingByMsgId(f.conn.db, msgId)).toMatchObject({ status: 'answered', answer_status: '1' });
  });

  it('keeps an answer at RF when the hook fails, and settles it on the next poll, once', async () => {
    const f = await fixture();
    const [msgId = ''] = await f.enqueueM1s(1);
    let busy = true;
    let settled = 0;
    const worker = testWorker(f.conn, f.client, {
      hooks: {
        onAnswer() {
          if (busy) return Promise.reject(new Error('the prescription is busy'));
          settled++;
          return Promise.resolve();
        },
      },
    });
    await worker.runOnce();
    expect(await worker.pollInbox()).toMatchObject({ received: 0, failed: 1 });
    // Rolled back with the hook: the row is not answered and the AppRec is not recorded.
    expect(await findOutgoingByMsgId(f.conn.db, msgId)).toMatchObject({ status: 'sent' });
    expect(await f.conn.db.selectFrom('inbox_messages').selectAll().execute()).toHaveLength(0);

    busy = false;
    expect(await worker.pollInbox()).toMatchObject({ received: 1, failed: 0 });
    expect(await findOutgoingByMsgId(f.conn.db, msgId)).toMatchObject({ status: 'answered' });
    expect(settled).toBe(1);
    expect(await worker.pollInbox()).toEqual({ received: 0, deferred: 0, failed: 0 });
  });

  it('hands an ERM42 (referansenumre) to its hook once, next to the AppRec for the M4.1', async () => {
    const f = await fixture();
    const built = m41(2);
    await enqueueOutgoing(f.conn.db, {
      id: randomUUID(),
      msgId: built.msgId,
      kind: 'ERM41',
      receiverHerId: RF_HER_ID,
      payload: built.xml,
      now: new Date().toISOString(),
    });
    const received: IncomingDelivery[] = [];
    const worker = testWorker(f.conn, f.client, {
      hooks: {
        onIncoming: {
          ERM42: (message) => {
            received.push(message);
            return Promise.resolve();
          },
        },
      },
    });
    expect(await deliverAll(f.conn, [worker])).toEqual({ answered: 1 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ kind: 'ERM42', inReplyTo: built.msgId });
    expect(received[0]?.xml).toContain('RefNr');
    const inbox = await f.conn.db.selectFrom('inbox_messages').select(['kind', 'processed_at', 'error']).execute();
    expect(inbox.map((m) => m.kind).sort()).toEqual(['AppRec', 'ERM42']);
    expect(inbox.every((m) => m.processed_at !== null && m.error === null)).toBe(true);
  });

  it('runs on its own timer once started, and stops cleanly', async () => {
    const f = await fixture();
    await f.enqueueM1s(20);
    const worker = testWorker(f.conn, f.client, { intervalMs: 10 });
    worker.start();
    try {
      for (let i = 0; i < 500 && (await outboxCounts(f.conn.db)).answered !== 20; i++) await sleep(10);
    } finally {
      await worker.stop();
    }
    expect(await outboxCounts(f.conn.db)).toEqual({ answered: 20 });
  });
});
