import { describe, expect, it } from 'vitest';
import {
  claimDueMessages,
  enqueueOutgoing,
  markAnswered,
  markRetry,
  markSent,
  recordIncoming,
  requeueUnanswered,
} from '../../db/repositories/outbox.repository';
import { openClinicDatabase } from '../../electron/backend';
import { useTempDir } from '../support/temp-dir';

const T0 = '2026-11-22T09:00:00.000Z';
const T1 = '2026-11-22T09:00:30.000Z';
const T2 = '2026-11-22T09:05:00.000Z';

describe('outbox and inbox', () => {
  const tempDir = useTempDir();

  it('gives a due message to one worker at a time, and to another once the lease has run out', async () => {
    const { conn } = await openClinicDatabase(tempDir(), new Date(T0));
    for (let i = 0; i < 3; i++) {
      await enqueueOutgoing(conn.db, {
        id: `o${i}`,
        msgId: `m${i}`,
        kind: 'ERM1',
        receiverHerId: '80624',
        payload: '<x/>',
        now: T0,
      });
    }
    const a = await claimDueMessages(conn.db, { owner: 'pc-a', now: T0, leaseUntil: T1, limit: 2 });
    const b = await claimDueMessages(conn.db, { owner: 'pc-b', now: T0, leaseUntil: T1, limit: 5 });
    expect(a.map((m) => m.msg_id)).toEqual(['m0', 'm1']);
    expect(b.map((m) => m.msg_id)).toEqual(['m2']);

    await markSent(conn.db, 'o0', 'pc-a', T0);
    await markSent(conn.db, 'o1', 'pc-b', T0); // not its lease: ignored
    await markRetry(conn.db, 'o2', 'pc-b', { nextAttemptAt: T1, error: 'HTTP 503' });
    const later = await claimDueMessages(conn.db, { owner: 'pc-b', now: T2, leaseUntil: T2, limit: 5 });
    expect(later.map((m) => m.msg_id).sort()).toEqual(['m1', 'm2']);

    await markAnswered(conn.db, 'm0', { status: 'answered', answerStatus: '1', now: T1 });
    expect(await requeueUnanswered(conn.db, T2, T2)).toBe(0);
    await conn.close();
  });

  it('keeps an incoming message once per MsgId', async () => {
    const { conn } = await openClinicDatabase(tempDir(), new Date(T0));
    const m = { msgId: 'in-1', kind: 'AppRec', inReplyTo: 'm0', payload: '<a/>', now: T0 };
    expect(await recordIncoming(conn.db, { id: 'i1', ...m })).toBe(true);
    expect(await recordIncoming(conn.db, { id: 'i2', ...m })).toBe(false);
    await conn.close();
  });
});
