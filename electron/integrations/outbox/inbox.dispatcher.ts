/**
 * What one message from RF's inbox does to the database, inside the caller's transaction: it is recorded once per
 * MsgId, and an AppRec settles the outbox row it answers, once. Nothing here talks to the network.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import {
  findOutgoingByMsgId,
  markAnswered,
  markIncomingProcessed,
  recordIncoming,
} from '../../../db/repositories/outbox.repository';
import type { Database } from '../../../db/schema';
import type { Logger } from '../../logger';
import { parseAppRec } from '../messages/apprec.parser';
import type { ParsedAppRec } from '../messages/apprec.types';
import { MessageFormatError } from '../messages/message-errors';
import type { DeliveryAnswer, DeliveryHooks } from './delivery-hooks.types';
import type { InboxItem } from './reseptformidler.client';

/** 'done': recorded (or already known), ack it. 'deferred': leave it in RF's inbox for the next poll. */
export type InboxItemResult = 'done' | 'deferred';

const FINAL = new Set(['answered', 'rejected']);

function answerOf(appRec: ParsedAppRec): DeliveryAnswer {
  const status = appRec.status.code;
  return {
    // HIS 80415 §3.3: 1 OK and 3 OK med feil i delmelding both mean RF took the message; 2 Avvist means it did not.
    outcome: status === '2' ? 'rejected' : 'answered',
    appRecStatus: status,
    appRecMsgId: appRec.id,
    errors: appRec.errors.map((e) => ({ code: e.code, text: e.originalText ?? e.displayName ?? e.code })),
  };
}

async function record(trx: Transaction<Database>, item: InboxItem, now: Date): Promise<boolean> {
  return recordIncoming(trx, {
    id: randomUUID(),
    msgId: item.msgId,
    kind: item.kind,
    inReplyTo: item.inReplyTo,
    payload: item.xml,
    now: now.toISOString(),
  });
}

async function handleAppRec(
  trx: Transaction<Database>,
  item: InboxItem,
  hooks: DeliveryHooks,
  logger: Logger,
  now: Date,
): Promise<InboxItemResult> {
  let appRec: ParsedAppRec;
  try {
    appRec = parseAppRec(item.xml);
  } catch (error) {
    if (!(error instanceof MessageFormatError)) throw error;
    // Unreadable is permanent: keep it with the reason for a person to look at, and stop RF handing it out.
    if (await record(trx, item, now)) await markIncomingProcessed(trx, item.msgId, now.toISOString(), error.message);
    logger.warn('unreadable AppRec from RF', { msgId: item.msgId, error: error.message });
    return 'done';
  }
  const original = appRec.originalMessage.msgId || item.inReplyTo || '';
  const outgoing = await findOutgoingByMsgId(trx, original);
  // The answer can overtake the sender's own bookkeeping: the row is still leased to the worker that is posting
  // it. Marking it answered now would be overwritten by that worker's markSent, so wait for the next poll.
  if (outgoing?.status === 'pending' && outgoing.lease_until !== null && outgoing.lease_until > now.toISOString()) {
    return 'deferred';
  }
  const inserted = await record(trx, item, now);
  // Settled by the row's status, not by the inbox dedupe: a resend makes RF queue the same AppRec again, and it
  // must still settle a row that a lost race left unanswered.
  if (outgoing && !FINAL.has(outgoing.status)) {
    const answer = answerOf(appRec);
    await markAnswered(trx, outgoing.msg_id, {
      status: answer.outcome,
      answerStatus: answer.appRecStatus ?? '',
      now: now.toISOString(),
      ...(answer.outcome === 'rejected' ? { error: answer.errors.map((e) => `${e.code}: ${e.text}`).join('; ') } : {}),
    });
    await hooks.onAnswer?.(outgoing, answer, trx, now);
  }
  if (!outgoing) logger.warn('AppRec for a message not in the outbox', { msgId: item.msgId, original });
  if (inserted) {
    await markIncomingProcessed(trx, item.msgId, now.toISOString(), outgoing ? undefined : 'unknown original message');
  }
  return 'done';
}

export async function handleInboxItem(
  trx: Transaction<Database>,
  item: InboxItem,
  hooks: DeliveryHooks,
  logger: Logger,
  now: Date,
): Promise<InboxItemResult> {
  if (item.kind === 'AppRec') return handleAppRec(trx, item, hooks, logger, now);
  if (!(await record(trx, item, now))) return 'done';
  const handler = hooks.onIncoming?.[item.kind];
  if (handler) {
    await handler({ msgId: item.msgId, kind: item.kind, inReplyTo: item.inReplyTo, xml: item.xml }, trx, now);
    await markIncomingProcessed(trx, item.msgId, now.toISOString());
  } else {
    await markIncomingProcessed(trx, item.msgId, now.toISOString(), `no handler for ${item.kind}`);
  }
  return 'done';
}
