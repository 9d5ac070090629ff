/**
 * How the service takes in a message posted by an EPJ. Transport first: bytes that are not a readable MsgHead (or
 * AppRec) with a MsgId and a sender HER-id cannot be answered and are refused (HTTP 400). Everything else is
 * received once, keyed by MsgId: a message seen before is never processed again, its answers are queued again
 * instead. A new message is checked in the order of HIS 80415 §3.3.4 — schema (T02), MsgId (E10), type (T10),
 * signature (S01/S02/S99) — then by the henvisning rules, and answered with exactly one AppRec, in one transaction
 * with the referral it opened, changed or cancelled. Any receiver HER-id is accepted: the simulator plays every
 * specialist service.
 */
import { parseAppRec } from '../../../electron/integrations/messages/apprec.parser';
import type { AppRecError } from '../../../electron/integrations/messages/apprec.types';
import { REFERRAL_NS } from '../../../electron/integrations/messages/henvisning.codes';
import { parseHenvisning } from '../../../electron/integrations/messages/henvisning.parser';
import type { ParsedHenvisning } from '../../../electron/integrations/messages/henvisning.types';
import { MessageFormatError } from '../../../electron/integrations/messages/message-errors';
import { parseMsgHead } from '../../../electron/integrations/messages/msghead.parser';
import type { ParsedMsgHead } from '../../../electron/integrations/messages/msghead.types';
import { hprNummerOfCertificate } from '../../../electron/integrations/messages/prescriber-certificate';
import { decodeXmlBytes } from '../../../electron/integrations/messages/xml-encoding';
import { parseXml, rootElement } from '../../../electron/integrations/messages/xml-dom';
import { verifyMsgHeadSignature } from '../../../electron/integrations/messages/xmldsig.verifier';
import type { MessageValidator } from '../../../electron/integrations/messages/xsd-validator';
import { needsAssessment } from '../answers/answer-builders';
import type { FaultSwitches } from '../../common/faults';
import {
  answersTo,
  appRecFor,
  enqueue,
  findReceived,
  insertAnswer,
  insertReceived,
  type Answer,
} from '../storage/messages.store';
import { findReferral, insertReferral, referralKeyOf, updateReferral, type Referral } from '../storage/referrals.store';
import { buildAnswerAppRec } from './apprec-answer';
import { henvisningProblem } from './henvisning.rules';
import type { SpesContext } from './intake.types';

/** HIS 80415 §3.3.4: "Det SKAL returneres negativ applikasjonskvittering hvis MsgId ikke er en gyldig UUID". */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HENVISNING_TYPES: readonly string[] = ['HENVISNING_NYTILSTAND', 'HENVISNING_VIDERE'];

export interface IntakeOptions {
  validator: MessageValidator;
  faults: FaultSwitches;
  /** Reject an unsigned henvisning (S01). Off by default. */
  requireSignature: boolean;
}

export type IntakeResult =
  { status: 202; msgId: string; duplicate: boolean } | { status: 400; error: string; details: string[] };

type Decision =
  | { status: 'rejected'; error: AppRecError }
  | { status: 'accepted'; referral?: { henvisning: ParsedHenvisning; existing?: Referral } };

function refused(error: string, details: string[]): IntakeResult {
  return { status: 400, error, details };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function signatureProblem(
  xml: string,
  henvisning: ParsedHenvisning,
  now: Date,
  required: boolean,
): AppRecError | undefined {
  const check = verifyMsgHeadSignature(xml, now);
  if (check.status === 'unsigned') {
    return required
      ? { code: 'S01', originalText: 'Henvisningen er ikke signert med henvisende leges personlige sertifikat.' }
      : undefined;
  }
  if (check.status === 'invalid') {
    return { code: check.problem === 'signature' ? 'S01' : 'S02', originalText: check.message };
  }
  const signer = hprNummerOfCertificate(check.certificate);
  const doctor = henvisning.sender.doctor?.hprNummer;
  if (signer !== undefined && doctor !== undefined && signer !== doctor) {
    return {
      code: 'S99',
      originalText: `Henvisningen er signert av HPR-nummer ${signer}, men henvisende lege er HPR-nummer ${doctor}.`,
    };
  }
  return undefined;
}

function decide(context: SpesContext, options: IntakeOptions, xml: string, head: ParsedMsgHead): Decision {
  const reject = (error: AppRecError): Decision => ({ status: 'rejected', error });
  if (options.faults.rejects()) {
    return reject({ code: 'X99', originalText: 'Simulert avvisning (feilbryteren rejectionRate i simulatoren).' });
  }
  const validation = options.validator.validate(xml);
  if (!validation.valid) return reject({ code: 'T02', originalText: validation.errors.slice(0, 3).join(' | ') });
  if (!UUID.test(head.msgId)) return reject({ code: 'E10', originalText: `MsgId "${head.msgId}" er ikke en UUID.` });
  if (head.type.code.startsWith('DIALOG_')) return { status: 'accepted' };
  const payload = head.payloads[0];
  if (!HENVISNING_TYPES.includes(head.type.code) || payload?.namespaceURI !== REFERRAL_NS.henvisning20) {
    return reject({
      code: 'T10',
      originalText: `Tjenesten tar imot Henvisning v2.0 (HENVISNING_NYTILSTAND) og dialogmeldinger, ikke ${head.type.code}.`,
    });
  }
  let henvisning: ParsedHenvisning;
  try {
    henvisning = parseHenvisning(xml);
  } catch (error) {
    return reject({ code: 'T99', originalText: `Henvisningen kan ikke leses: ${errorText(error)}` });
  }
  const signature = signatureProblem(xml, henvisning, context.now, options.requireSignature);
  if (signature) return reject(signature);
  const problem = henvisningProblem(henvisning);
  if (problem) return reject(problem);
  const existing = findReferral(context.db, referralKeyOf(head.sender.herId ?? '', henvisning.referralId));
  if (henvisning.kind === 'ny' && existing) {
    return reject({
      code: 'X99',
      originalText: `Henvisningen med dokumentid ${henvisning.referralId} er allerede mottatt (MsgId ${existing.firstMsgId}); send endring med ServType M.`,
    });
  }
  if (henvisning.kind !== 'ny') {
    if (!existing) {
      return reject({
        code: 'X99',
        originalText: `Fant ingen henvisning med dokumentid ${henvisning.referralId} fra denne avsenderen å ${henvisning.kind === 'endring' ? 'endre' : 'kansellere'}.`,
      });
    }
    if (existing.state === 'annullert') {
      return reject({ code: 'X99', originalText: `Henvisningen ${henvisning.referralId} er allerede kansellert.` });
    }
    if (henvisning.kind === 'endring' && existing.state === 'epikrise') {
      return reject({
        code: 'X99',
        originalText: `Henvisningen ${henvisning.referralId} er ferdigbehandlet (epikrise sendt).`,
      });
    }
    return { status: 'accepted', referral: { henvisning, existing } };
  }
  return { status: 'accepted', referral: { henvisning } };
}

/** Opens, changes or cancels the referral an accepted henvisning is about. */
function applyReferral(
  context: SpesContext,
  head: ParsedMsgHead,
  xml: string,
  decision: { henvisning: ParsedHenvisning; existing?: Referral },
  dropped: boolean,
): string {
  const at = context.now.toISOString();
  const { henvisning, existing } = decision;
  const hastegrad = henvisning.hastegrad?.code ?? existing?.hastegrad ?? 'N';
  if (!existing) {
    const assess = needsAssessment(hastegrad);
    const referral: Referral = {
      referralKey: referralKeyOf(head.sender.herId ?? '', henvisning.referralId),
      senderHer: head.sender.herId ?? '',
      documentId: henvisning.referralId,
      firstMsgId: head.msgId,
      lastMsgId: head.msgId,
      lastXml: xml,
      hastegrad,
      // Øyeblikkelig hjelp: no Status på henvisning (HIS 1206 §2.2); the patient is seen and the epikrise follows.
      state: assess ? 'mottatt' : 'vurdert',
      receivedAt: at,
      assessDueAt: assess ? new Date(context.now.getTime() + context.timing.assessAfterMs).toISOString() : null,
      epikriseDueAt: assess ? null : new Date(context.now.getTime() + context.timing.epikriseAfterMs).toISOString(),
      answersDropped: dropped,
      updatedAt: at,
    };
    insertReferral(context.db, referral);
    return referral.referralKey;
  }
  const changed: Referral =
    henvisning.kind === 'annullering'
      ? { ...existing, lastMsgId: head.msgId, state: 'annullert', updatedAt: at }
      : { ...existing, lastMsgId: head.msgId, lastXml: xml, hastegrad, updatedAt: at };
  updateReferral(context.db, changed);
  return existing.referralKey;
}

/** A posted AppRec (the EPJ's receipt for our answers): recorded, never answered (HIS 80415 §3.1). */
function receiveAppRec(context: SpesContext, xml: string): IntakeResult {
  let appRec;
  try {
    appRec = parseAppRec(xml);
  } catch (error) {
    return refused('not-msghead', [errorText(error)]);
  }
  const senderHer = appRec.sender.institution.id;
  if (appRec.id === '' || senderHer === '')
    return refused('no-return-address', ['The AppRec needs an Id and a sender.']);
  return recordOnly(context, appRec.id, 'APPREC', senderHer, xml);
}

/** Records a message that is never answered (an AppRec is not answered, HIS 80415 §3.1). */
function recordOnly(context: SpesContext, msgId: string, kind: string, senderHer: string, xml: string): IntakeResult {
  return context.db.transaction((): IntakeResult => {
    if (findReceived(context.db, msgId)) return { status: 202, msgId, duplicate: true };
    insertReceived(context.db, {
      msgId,
      kind,
      senderHer,
      receivedAt: context.now.toISOString(),
      xml,
      appRecStatus: null,
      referralKey: null,
    });
    return { status: 202, msgId, duplicate: false };
  })();
}

function requeue(context: SpesContext, msgId: string, dropped: boolean): void {
  const received = findReceived(context.db, msgId);
  if (!received) return;
  const referral = received.referralKey ? findReferral(context.db, received.referralKey) : undefined;
  if (referral && referral.answersDropped && !dropped) {
    updateReferral(context.db, { ...referral, answersDropped: false, updatedAt: context.now.toISOString() });
  }
  if (dropped) return;
  const at = context.now.toISOString();
  const own = appRecFor(context.db, msgId);
  const later = referral
    ? answersTo(context.db, [referral.firstMsgId]).filter((answer) => answer.kind !== 'AppRec')
    : [];
  for (const answer of [...(own ? [own] : []), ...later]) enqueue(context.db, answer, at);
}

/** Receives one posted message. Runs synchronously, inside one SQLite transaction. */
export function receiveMessage(context: SpesContext, options: IntakeOptions, bytes: Uint8Array): IntakeResult {
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
    let rootName: string | null;
    try {
      rootName = rootElement(parseXml(xml)).localName;
    } catch (notXml) {
      // T01 would be the AppRec code, but there is no sender to send it to.
      return refused('not-xml', [errorText(notXml)]);
    }
    if (rootName === 'AppRec') return receiveAppRec(context, xml);
    const validation = options.validator.validate(xml);
    return refused('not-msghead', validation.valid ? [error.message] : validation.errors.slice(0, 5));
  }
  const senderHer = head.sender.herId;
  if (senderHer === undefined || head.msgId === '') {
    return refused('no-return-address', ['MsgHead needs a MsgId and a sender HER-id for the service to answer.']);
  }
  if (head.type.code === 'APPREC') return recordOnly(context, head.msgId, 'APPREC', senderHer, xml);
  const dropped = options.faults.dropsAnswer();

  return context.db.transaction((): IntakeResult => {
    if (findReceived(context.db, head.msgId)) {
      requeue(context, head.msgId, dropped);
      return { status: 202, msgId: head.msgId, duplicate: true };
    }
    const decision = decide(context, options, xml, head);
    const at = context.now.toISOString();
    const referralKey =
      decision.status === 'accepted' && decision.referral
        ? applyReferral(context, head, xml, decision.referral, dropped)
        : null;
    const appRecId = context.newId();
    const errors = decision.status === 'rejected' ? [decision.error] : [];
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
      referralKey,
    });
    insertAnswer(context.db, appRec, at);
    if (!dropped) enqueue(context.db, appRec, at);
    return { status: 202, msgId: head.msgId, duplicate: false };
  })();
}
