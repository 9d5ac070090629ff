/**
 * M4.1 Forespørsel om referansenummer → M4.2 Referansenummer (R1908 §3.1). Numbers are issued to the clinic
 * (HER-id) that asked, and only that clinic's prescriptions may use them; the EPJ keeps a pool and asks again
 * when it runs low.
 */
import { buildM42Message } from '../../../electron/integrations/messages/m42.builder';
import { parseM41Message } from '../../../electron/integrations/messages/m41.parser';
import { MessageFormatError } from '../../../electron/integrations/messages/message-errors';
import { FIRST_REFERANSENUMMER_SERIAL, referansenummerFor } from '../referansenummer';
import { insertReferenceNumber, nextCounter } from '../storage/registry.store';
import { rejected, type MessageHandler } from './intake.types';
import { prescriberProblem } from './party.rules';
import { replyEnvelope } from './reply-envelope';

/** RF's limit per request: a pool, not a stockpile. */
export const MAX_REFERANSENUMRE_PER_REQUEST = 100;

export const handleReferenceNumberRequest: MessageHandler = (context, { xml, head }) => {
  let count: number;
  try {
    count = parseM41Message(xml).count;
  } catch (error) {
    if (error instanceof MessageFormatError) return rejected('T99', error.message);
    throw error;
  }
  const prescriber = prescriberProblem(head);
  if (prescriber) return { status: 'rejected', errors: [prescriber] };
  if (count < 1 || count > MAX_REFERANSENUMRE_PER_REQUEST) {
    return rejected('X99', `Antall referansenumre må være fra 1 til ${MAX_REFERANSENUMRE_PER_REQUEST}, var ${count}.`);
  }
  const at = context.now.toISOString();
  const herId = head.sender.herId ?? '';
  const numbers: string[] = [];
  while (numbers.length < count) {
    const refNr = referansenummerFor(nextCounter(context.db, 'referansenummer', FIRST_REFERANSENUMMER_SERIAL));
    if (refNr === undefined) continue;
    insertReferenceNumber(
      context.db,
      { refNr, issuedToHer: herId, issuedToHpr: head.sender.professional?.hprNummer ?? null },
      at,
      head.msgId,
    );
    numbers.push(refNr);
  }
  const msgId = context.newId();
  const xmlOut = context.emit(
    buildM42Message({ envelope: replyEnvelope(head, { msgId, genDate: at }), referansenumre: numbers }),
  );
  return {
    status: 'accepted',
    answers: [{ answerId: msgId, inReplyTo: head.msgId, herId, kind: 'ERM42', xml: xmlOut }],
  };
};
