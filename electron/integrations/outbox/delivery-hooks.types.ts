/**
 * What the delivery worker tells the services that own the messages (the prescribing service, later referrals),
 * and when. Every hook runs inside the worker's transaction for the answer: whatever a hook writes commits
 * together with the outbox row's new status and the inbox record, or not at all (then RF hands the message out
 * again and the hook runs again). So a hook must use only `trx`, never the outer database, and must be safe to run
 * again after a rollback; it must not call the network.
 */
import type { Transaction } from 'kysely';
import type { Database, OutboxMessageRow } from '../../../db/schema';

export interface DeliveryError {
  /** Kodeverk 8221 code from the AppRec (e.g. 'X99', 'E36'), or RF's 400 error code (e.g. 'not-msghead'). */
  code: string;
  /** In Norwegian, for the doctor: the AppRec's OT (what was wrong), else the code's display name. */
  text: string;
}

/** RF's verdict on one outgoing message. Exactly one per outbox row: a row that is already answered is left alone. */
export interface DeliveryAnswer {
  /**
   * 'answered': RF took it (AppRec 1 OK, or 3 OK med feil i delmelding). 'rejected': AppRec 2 avvist, or RF
   * refused the document at the door (HTTP 400). A rejected message is never resent on its own: it goes to the
   * doctor, who corrects it and sends a new message with a new MsgId.
   */
  outcome: 'answered' | 'rejected';
  /** The AppRec's status (kodeverk 8258), or null when RF refused the document with HTTP 400 and no AppRec comes. */
  appRecStatus: string | null;
  /** The AppRec's own id, or null for an HTTP 400. */
  appRecMsgId: string | null;
  errors: DeliveryError[];
}

/** A message RF sent the clinic that is not an AppRec: ERM42 (referansenumre), ERM52, ERM96, ERM6. */
export interface IncomingDelivery {
  msgId: string;
  kind: string;
  /** The MsgId it answers (for an M6: the ReseptId). */
  inReplyTo: string | null;
  /** The MsgHead document as RF sent it. */
  xml: string;
}

export interface DeliveryHooks {
  /**
   * RF's verdict on `outgoing` (find the clinical record by `outgoing.subject_type`/`subject_id` or `msg_id`):
   * e.g. a prescription becomes "registrert i RF", or "avvist" with `answer.errors` shown to the doctor. The
   * outbox row has already been marked in `trx`; `outgoing` is the row as it was before.
   */
  onAnswer?(outgoing: OutboxMessageRow, answer: DeliveryAnswer, trx: Transaction<Database>, now: Date): Promise<void>;
  /**
   * Handlers by inbox kind ('ERM42', 'ERM52', 'ERM96', 'ERM6'). Called once per MsgId (the inbox record dedupes RF's
   * at-least-once delivery). A kind without a handler is kept in inbox_messages, marked with an error.
   */
  onIncoming?: Partial<
    Record<string, (message: IncomingDelivery, trx: Transaction<Database>, now: Date) => Promise<void>>
  >;
}
