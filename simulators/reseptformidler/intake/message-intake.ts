/**
 * How RF takes in a message posted by an EPJ. Transport first: bytes that are not a readable MsgHead with a
 * MsgId and a sender HER-id cannot be answered and are refused (HTTP 400). Everything else is received once,
 * keyed by MsgId: a message RF has seen is never processed again, its answers are queued again instead. A new
 * message is checked in the order of HIS 80415 §3.3.4 — schema (T02), receiver (E21), MsgId (E10), type (T10),
 * signature (S01/S02/S99) — then by its handler, and answered with exactly one AppRec, in one transaction with
 * whatever it changed.
 */
import type { AppRecError } from '../../../electron/integrations/messages/apprec.types';
import { MessageFormatError } from '../../../electron/integrations/messages/message-errors';
import { parseMsgHead } from '../../../electron/integrations/messages/msghead.parser';
import type { ParsedMsgHead } from '../../../electron/integrations/messages/msghead.types';
import type { MessageValidator } from '../../../electron/integrations/messages/xsd-validator';
import { decodeXmlBytes } from '../../../electron/integrations/messages/xml-encoding';
import { parseXml } from '../../../electron/integrations/messages/xml-dom';
import type { FaultSwitches } from '../../common/faults';
import { RESEPTFORMIDLER } from '../rf-identity';
import { answersTo, enqueue, findReceived, insertAnswer, insertReceived, type Answer } from '../storage/messages.store';
import { buildAnswerAppRec } from './apprec-answer';
import type { MessageHandler, Outcome, RfContext } from './intake.types';
import { handlePrescriptionListRequest } from './prescription-list.handler';
import { handlePrescription } from './prescription.handler';
import { handleReferenceNumberRequest } from './reference-numbers.handler';
import { handleRevocation } from './revocation.handler';
import { signatureProblem } from './signature.rule';

const HANDLERS: Readonly<Record<string, MessageHandler>> = {
  ERM1: handlePrescription,
  ERM5: handleRevocation,
  ERM95: handlePrescriptionListRequest,
  ERM41: handleReferenceNumberRequest,
};

/** HIS 80415 §3.3.4: "Det SKAL returneres negativ applikasjonskvittering hvis MsgId ikke er en gyldig UUID". */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface IntakeOptions {
  validator: MessageValidator;
  faults: FaultSwitches;
  requireSignature: boolean;
}

export type IntakeResult =
  { status: 202; msgId: string; duplicate: boolean } | { status: 400; error: string; details: string[] };

function refused(error: string, details: string[]): IntakeResult {
  return { status: 400, error, details };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function decide(context: RfContext, options: IntakeOptions, xml: string, head: ParsedMsgHead): Outcome {
  const reject = (error: AppRecError): Outcome => ({ status: 'rejected', errors: [error] });
  if (options.faults.rejects()) {
    return reject({ code: 'X99', originalText: 'Simulert avvisning (feilbryteren rejectionRate i simulatoren).' });
  }
  const validation = options.validator.validate(xml);
  if (!validation.valid) {
    return reject({ code: 'T02', originalText: validation.errors.slice(0, 3).join(' | ') });
  }
  if (head.receiver.herId !== RESEPTFORMIDLER.herId) {
    return reject({
      code: 'E21',
      originalText: `Meldingen er adressert til HER-id ${head.receiver.herId ?? '(ingen)'}, ikke reseptformidleren (${RESEPTFORMIDLER.herId}).`,
    });
  }
  if (!UUID.test(head.msgId)) {
    return reject({ code: 'E10', originalText: `MsgId "${head.msgId}" er ikke en UUID.` });
  }
  const handler = HANDLERS[head.type.code];
  if (!handler) {
    return reject({
      code: 'T10',
      originalText: `Reseptformidleren tar ikke imot ${head.type.code} fra rekvirent (bare M1, M5, M9.5 og M4.1).`,
    });
  }
  const signature = signatureProblem(xml, head, context.now, options.requireSignature);
  if (signature) return reject(signature);
  return handler(context, { xml, head });
}

function queueAnswers(context: RfContext, answers: readonly Answer[], dropped: boolean): void {
  if (dropped) return;
  for (const answer of answers) enqueue(context.db, answer, context.now.toISOString());
}

/** Receives one posted message. Runs synchronously, inside one SQLite transaction. */
export function receiveMessage(context: RfContext, options: IntakeOptions, bytes: Uint8Array): IntakeResult {
  let xml: string;
  try {
    xml = decodeXmlBytes(bytes);
  } catch (error) {
    return refused('not-xml', [errorText(error)]);
  }
  let head: ParsedMsgHead;
  try {
    head = parseMsgHead(xml);
  } catch (error) {
    if (!(error instanceof MessageFormatError)) throw error;
    try {
      parseXml(xml);
    } catch (notXml) {
      // T01 would be the AppRec code, but there is no sender to send it to.
      return refused('not-xml', [errorText(notXml)]);
    }
    const validation = options.validator.validate(xml);
    return refused('not-msghead', validation.valid ? [error.message] : validation.errors.slice(0, 5));
  }
  const senderHer = head.sender.herId;
  if (senderHer === undefined || head.msgId === '') {
    return refused('no-return-address', ['MsgHead needs a MsgId and a sender HER-id for RF to answer.']);
  }
  const dropped = options.faults.dropsAnswer();

  return context.db.transaction((): IntakeResult => {
    if (findReceived(context.db, head.msgId)) {
      queueAnswers(context, answersTo(context.db, head.msgId), dropped);
      return { status: 202, msgId: head.msgId, duplicate: true };
    }
    const outcome = decide(context, options, xml, head);
    const errors = outcome.status === 'rejected' ? outcome.errors : [];
    const at = context.now.toISOString();
    const appRecId = context.newId();
    const appRec: Answer = {
      answerId: appRecId,
      inReplyTo: head.msgId,
      herId: senderHer,
      kind: 'AppRec',
      xml: context.emit(buildAnswerAppRec(head, errors, appRecId, at)),
    };
    insertReceived(context.db, {
      msgId: head.msgId,
      kind: head.type.code,
      senderHer,
      receivedAt: at,
      xml,
      appRecStatus: errors.length === 0 ? '1' : '2',
    });
    const answers = [appRec, ...(outcome.status === 'accepted' ? outcome.answers : [])];
    for (const answer of answers) insertAnswer(context.db, answer, at);
    queueAnswers(context, answers, dropped);
    return { status: 202, msgId: head.msgId, duplicate: false };
  })();
}
