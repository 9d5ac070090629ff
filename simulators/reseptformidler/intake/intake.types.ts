/** What a message handler is given and what it decides: accept (with RF's answers) or reject (AppRec errors). */
import type { AppRecError } from '../../../electron/integrations/messages/apprec.types';
import type { ParsedMsgHead } from '../../../electron/integrations/messages/msghead.types';
import type { RfDatabase } from '../storage/rf-database';
import type { Answer } from '../storage/messages.store';

export interface RfContext {
  db: RfDatabase;
  now: Date;
  /** Today's date in Norway, YYYY-MM-DD: Utloper and Utleveringsdato are calendar dates. */
  today: string;
  /** A new MsgId (UUID) for a message RF writes. */
  newId: () => string;
  /** Refuses to let RF emit a message its own schemas reject. */
  emit: (xml: string) => string;
}

export interface ReceivedEnvelope {
  xml: string;
  head: ParsedMsgHead;
}

export type Outcome = { status: 'accepted'; answers: Answer[] } | { status: 'rejected'; errors: AppRecError[] };

export type MessageHandler = (context: RfContext, message: ReceivedEnvelope) => Outcome;

export function rejected(code: AppRecError['code'], originalText: string): Outcome {
  return { status: 'rejected', errors: [{ code, originalText }] };
}
