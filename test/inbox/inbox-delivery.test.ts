import { afterEach, describe, expect, it } from 'vitest';
import { inboxDeliveryHooks } from '../../electron/delivery/inbox-delivery';
import { handleInboxItem } from '../../electron/integrations/outbox/inbox.dispatcher';
import { silentLogger } from '../../electron/logger';
import { useTempDir } from '../support/temp-dir';
import { inboxClinic, type InboxClinic } from './inbox-clinic';
import { statusMessage } from './inbox-fixtures';

const now = new Date('2026-11-22T09:00:00Z');

describe('Innboks delivery hooks (messages from the specialist service through the delivery worker)', () => {
  const tempDir = useTempDir();
  let t: InboxClinic | undefined;
  afterEach(async () => {
    await t?.backend.close();
    t = undefined;
  });
  const db = () => t!.backend.conn.db;
  const documents = () => db().selectFrom('incoming_documents').selectAll().execute();

  function item(msgId: string, xml: string) {
    return { msgId, kind: 'DIALOG_STATUS_HENVISNING', inReplyTo: 'henv-1', xml };
  }

  it('stores a delivered Status på henvisning once, matched to patient and referral, source helsenett', async () => {
    t = await inboxClinic(tempDir(), () => now);
    await t.sentReferral('henv-1', 'ref-1');
    const hooks = inboxDeliveryHooks(db());
    const xml = statusMessage({ msgId: 'dm-1', refersTo: 'henv-1', fnr: t.kari.fnr });
    for (let i = 0; i < 2; i++) {
      await db()
        .transaction()
        .execute((trx) => handleInboxItem(trx, item('dm-1', xml), hooks, silentLogger, now));
    }
    const rows = await documents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      msg_id: 'dm-1',
      source: 'helsenett',
      status: 'til_behandling',
      patient_id: t.kari.id,
      referral_id: 'ref-1',
      frist_date: '2018-02-20',
    });
    const audit = await db().selectFrom('audit_events').selectAll().where('action', '=', 'inbox.receive').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ role: 'system', actor_name: 'Norsk helsenett' });
  });

  it('writes only inside the worker transaction: a rollback leaves nothing, and the redelivery stores it', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const handler = inboxDeliveryHooks(db()).onIncoming.DIALOG_STATUS_HENVISNING!;
    const xml = statusMessage({ msgId: 'dm-2', fnr: t.kari.fnr });
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await handler(item('dm-2', xml), trx, now);
          throw new Error('worker crashed before commit');
        }),
    ).rejects.toThrow('worker crashed');
    expect(await documents()).toHaveLength(0);
    await db()
      .transaction()
      .execute((trx) => handler(item('dm-2', xml), trx, now));
    expect(await documents()).toHaveLength(1);
  });

  it('does not throw (and so block the sender) for a message it cannot read; the worker keeps the raw message', async () => {
    t = await inboxClinic(tempDir(), () => now);
    const handler = inboxDeliveryHooks(db()).onIncoming.EPIKRISE!;
    await db()
      .transaction()
      .execute((trx) => handler({ msgId: 'x', kind: 'EPIKRISE', inReplyTo: null, xml: 'ikke xml' }, trx, now));
    expect(await documents()).toHaveLength(0);
  });
});
