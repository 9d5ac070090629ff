/**
 * Connects the delivery worker to Innboks: a dialogmelding, epikrise or other clinical document that arrives from
 * the specialist service (Norsk helsenett) goes through the same store-and-match path as `import-message`, inside
 * the worker's transaction (only `trx`; the MsgId makes it idempotent, so a redelivery after a rollback stores it
 * once). A document the inbox cannot read at all (not XML, unknown kind) is left to the worker's own inbox record,
 * which keeps the raw message: throwing would roll back and make the sender hand it out for ever.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { DeliveryHooks, IncomingDelivery } from '../integrations/outbox/delivery-hooks.types';
import { createMessageValidator } from '../integrations/messages/xsd-validator';
import { systemContext } from '../services/context';
import { storeIncoming } from '../services/inbox/inbox-store';
import { readIncomingMessage, UnreadableMessageError } from '../services/inbox/message-reader';

/**
 * The inbox kinds Innboks takes: MsgHead MsgInfo/Type values (kodeverk 8279) of the clinical messages a
 * specialist service sends back, and plain names for a transport that labels them so.
 */
export const INBOX_INCOMING_KINDS = [
  'DIALOG_STATUS_HENVISNING',
  'DIALOG_HELSEFAGLIG',
  'DIALOG_FORESPORSEL',
  'DIALOG_SVAR',
  'DIALOG_NOTAT',
  'EPIKRISE',
  'SVAR_LAB',
  'SVAR_RTG',
  'HENVISNING_NYTILSTAND',
  'HENVISNING_VIDERE',
  'dialogmelding',
  'epikrise',
  'svarrapport',
] as const;

/** Stores one delivered message in Innboks; what happened is in incoming_documents and the audit log. */
export async function receiveIntoInbox(
  message: IncomingDelivery,
  trx: Transaction<Database>,
  now: Date,
): Promise<void> {
  let read;
  try {
    read = readIncomingMessage(message.xml);
  } catch (error) {
    if (error instanceof UnreadableMessageError) return;
    throw error;
  }
  const validation = (await createMessageValidator()).validate(message.xml);
  await storeIncoming(trx, systemContext('Norsk helsenett', 'meldingstjener', now), {
    message: read,
    xml: message.xml,
    validation,
    source: 'helsenett',
    inReplyTo: message.inReplyTo,
  });
}

export function inboxDeliveryHooks(_db: Kysely<Database>): Required<Pick<DeliveryHooks, 'onIncoming'>> {
  return {
    onIncoming: Object.fromEntries(INBOX_INCOMING_KINDS.map((kind) => [kind, receiveIntoInbox])),
  };
}
