/**
 * M5 Tilbakekalling (R1208 §4.2.1), answered with M5.2 (R1208 §4.2.2, 7503 status 1 "Resept tilbakekalt"). A
 * pharmacy dispensing is instantaneous here, so status 2 (under ekspedering) never occurs. Revoking an already
 * revoked prescription is answered the same way: the prescriber's wish holds.
 */
import { buildM52Message } from '../../../electron/integrations/messages/m52.builder';
import { parseM5Message } from '../../../electron/integrations/messages/m5.parser';
import { MessageFormatError } from '../../../electron/integrations/messages/message-errors';
import type { ParsedRevocationMessage } from '../../../electron/integrations/messages/tilbakekalling.types';
import { expireDue, findPrescription, revokePrescription } from '../storage/prescriptions.store';
import { rejected, type MessageHandler } from './intake.types';
import { prescriberProblem } from './party.rules';
import { replyEnvelope } from './reply-envelope';

export const handleRevocation: MessageHandler = (context, { xml, head }) => {
  let message: ParsedRevocationMessage;
  try {
    message = parseM5Message(xml);
  } catch (error) {
    if (error instanceof MessageFormatError) return rejected('T99', error.message);
    throw error;
  }
  const prescriber = prescriberProblem(head);
  if (prescriber) return { status: 'rejected', errors: [prescriber] };
  const at = context.now.toISOString();
  expireDue(context.db, context.today, at);
  const { reseptId, reason } = message.revocation;
  const prescription = findPrescription(context.db, reseptId);
  if (!prescription) return rejected('X99', `Reseptformidleren har ingen resept med ReseptId ${reseptId}.`);
  if (prescription.state !== 'tilbakekalt') revokePrescription(context.db, reseptId, reason, at);

  const msgId = context.newId();
  const xmlOut = context.emit(
    buildM52Message({
      envelope: replyEnvelope(head, { msgId, genDate: at }),
      receipt: { reseptId, status: '1' },
    }),
  );
  return {
    status: 'accepted',
    answers: [{ answerId: msgId, inReplyTo: head.msgId, herId: head.sender.herId ?? '', kind: 'ERM52', xml: xmlOut }],
  };
};
