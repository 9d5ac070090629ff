/**
 * The delivery worker against the real simulated reseptformidler: every message is posted, answered and recorded
 * once; a verdict of "avvist" goes to the doctor through the hooks and is never resent on its own.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseFile } from '../../db/paths';
import { openDatabase } from '../../db/connection';
import { enqueueOutgoing, findOutgoingByMsgId, outboxCounts } from '../../db/repositories/outbox.repository';
import { deliverAll, rfPrescriptionIds, RF_HER_ID, useOutboxFixture } from './outbox-harness';
import { recordingHooks, testWorker } from './outbox-workers';

describe('delivery to the reseptformidler', () => {
  const fixture = useOutboxFixture();

  it('posts each M1 once, and records its AppRec as the answer', async () => {
    const f = await fixture();
    const ids = await f.enqueueM1s(40);
    const { hooks, answers } = recordingHooks();
    const counts = await deliverAll(f.conn, [testWorker(f.conn, f.client, { hooks })]);

    expect(counts).toEqual({ answered: 40 });
    expect((await rfPrescriptionIds(f.rf)).sort()).toEqual([...ids].sort());
    expect([...f.client.posts.values()].every((n) => n === 1)).toBe(true);
    expect(answers.map((a) => a.msgId).sort()).toEqual([...ids].sort());
    expect(answers.every((a) => a.answer.outcome === 'answered' && a.answer.appRecStatus === '1')).toBe(true);
    const row = await findOutgoingByMsgId(f.conn.db, ids[0] ?? '');
    expect(row).toMatchObject({ status: 'answered', answer_status: '1', lease_owner: null });
    const inbox = await f.conn.db.selectFrom('inbox_messages').select(['kind', 'processed_at', 'error']).execute();
    expect(inbox).toHaveLength(40);
    expect(inbox.every((m) => m.kind === 'AppRec' && m.processed_at !== null && m.error === null)).toBe(true);
  });

  it('marks an AppRec avvist as rejected, tells the doctor through the hook, and never resends it', async () => {
    const f = await fixture({ faults: { rejectionRate: 0.3, seed: 7 } });
    const ids = await f.enqueueM1s(60);
    const { hooks, answers } = recordingHooks();
    let now = new Date();
    const worker = testWorker(f.conn, f.client, { hooks, clock: () => now, answerTimeoutMs: 1_000 });
    const counts = await deliverAll(f.conn, [worker]);

    const rejected = counts.rejected ?? 0;
    expect(rejected).toBeGreaterThan(5);
    expect((counts.answered ?? 0) + rejected).toBe(60);
    expect((await rfPrescriptionIds(f.rf)).length).toBe(60 - rejected);
    const avvist = answers.filter((a) => a.answer.outcome === 'rejected');
    expect(avvist).toHaveLength(rejected);
    expect(avvist[0]?.answer).toMatchObject({ appRecStatus: '2', errors: [{ code: 'X99' }] });
    expect(avvist[0]?.answer.errors[0]?.text).toMatch(/avvis/i);

    // Long past any answer timeout, with RF healthy again: nothing is posted a second time.
    f.rf.setFaults({ rejectionRate: 0 });
    now = new Date(now.getTime() + 3_600_000);
    await worker.tick();
    expect(await outboxCounts(f.conn.db)).toEqual(counts);
    expect(ids.every((id) => f.client.posts.get(id) === 1)).toBe(true);
  });

  it('rejects a document RF cannot read (HTTP 400) at once, tells the hook, and never retries it', async () => {
    const f = await fixture();
    const msgId = randomUUID();
    await enqueueOutgoing(f.conn.db, {
      id: randomUUID(),
      msgId,
      kind: 'ERM1',
      receiverHerId: RF_HER_ID,
      payload: `<MsgHead><MsgId>${msgId}</MsgId></MsgHead`,
      now: new Date().toISOString(),
    });
    const { hooks, answers } = recordingHooks();
    const worker = testWorker(f.conn, f.client, { hooks, answerTimeoutMs: 0 });
    await deliverAll(f.conn, [worker]);
    await worker.tick();

    expect(await findOutgoingByMsgId(f.conn.db, msgId)).toMatchObject({
      status: 'rejected',
      answer_status: 'http-400',
    });
    expect(answers).toEqual([
      {
        msgId,
        answer: expect.objectContaining({ outcome: 'rejected', appRecStatus: null, appRecMsgId: null }) as unknown,
      },
    ]);
    expect(answers[0]?.answer.errors[0]?.text).toMatch(/^Reseptformidleren kunne ikke lese meldingen/);
    expect(f.client.posts.get(msgId)).toBe(1);
  });

  it('resends a message whose answer RF dropped, with the same MsgId, and settles it from the stored AppRec', async () => {
    const f = await fixture({ faults: { dropAnswerRate: 1 } });
    const ids = await f.enqueueM1s(30);
    let now = new Date();
    const worker = testWorker(f.conn, f.client, { clock: () => now, answerTimeoutMs: 60_000 });
    await worker.tick();
    expect(await outboxCounts(f.conn.db)).toEqual({ sent: 30 });
    expect(await rfPrescriptionIds(f.rf)).toHaveLength(30);

    f.rf.setFaults({ dropAnswerRate: 0 });
    await worker.tick();
    expect(await outboxCounts(f.conn.db)).toEqual({ sent: 30 }); // not yet: the answer may still come

    now = new Date(now.getTime() + 61_000);
    expect(await deliverAll(f.conn, [worker])).toEqual({ answered: 30 });
    expect(ids.every((id) => f.client.posts.get(id) === 2)).toBe(true);
    expect((await rfPrescriptionIds(f.rf)).sort()).toEqual([...ids].sort());
  });

  it('lets two workers (two PCs) share one database without ever posting the same message twice', async () => {
    const f = await fixture({ faults: { latencyMs: 2 } });
    const ids = await f.enqueueM1s(300);
    // A second connection to the same file, as a second PC on the clinic's shared database would have.
    const other = openDatabase(databaseFile(f.dataDir));
    try {
      const a = testWorker(f.conn, f.client, { owner: 'pc-a:1', batchSize: 20 });
      const b = testWorker(other, f.client, { owner: 'pc-b:1', batchSize: 20 });
      expect(await deliverAll(f.conn, [a, b])).toEqual({ answered: 300 });
    } finally {
      await other.close();
    }
    expect(ids.every((id) => f.client.posts.get(id) === 1)).toBe(true);
    expect((await rfPrescriptionIds(f.rf)).sort()).toEqual([...ids].sort());
  });
});
