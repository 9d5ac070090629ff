/**
 * Reads any clinical message the inbox accepts into plain data: which kind and standard it is, its MsgId, sender,
 * patient and conversation references, and its readable content. Two envelopes exist in the official examples:
 * MsgHead v1.2 with the document in RefDoc/Content (Henvisning v2.0, Dialogmelding v1.1, what the specialist
 * simulator sends), and the older KITH "Message" root that carries its own header (Epikrise v1.2, Svarrapport
 * v1.4, Henvisning v1.x); a bare AppRec is a third. The kind comes from the document's namespace, the one thing a
 * sender cannot word differently.
 */
import { createHash } from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import type { AssessedFacts, InboxKind, ReadableDocument } from '../../../shared/api/inbox-views';
import { parseDialogmelding } from '../../integrations/messages/dialogmelding.parser';
import { MessageFormatError } from '../../integrations/messages/message-errors';
import { parseXml, rootElement } from '../../integrations/messages/xml-dom';
import { attr, codedText, kid, kids, text, timeValue } from './dom-walk';
import { assessedFacts, readableContent } from './readable-content';

/** The message cannot be taken into the inbox at all: not XML, or not a kind of message we know. */
export class UnreadableMessageError extends Error {
  override readonly name = 'UnreadableMessageError';
}

export interface MessagePatient {
  ident: string | null;
  /** Kodeverk 8116: FNR, DNR, HNR, FHN … */
  identType: string | null;
  familyName: string | null;
  givenName: string | null;
  /** Display name "Etternavn, Fornavn". */
  name: string | null;
  birthDate: string | null;
}

export interface IncomingMessage {
  kind: InboxKind;
  /** MsgInfo/Type V (or the KITH message's Type V). */
  msgType: string;
  standardVersion: string;
  /** The MsgId; a document without one gets a content hash, so a re-import is still recognised. */
  msgId: string;
  genDate: string | null;
  sender: { name: string; herId: string | null; person: string | null };
  patient: MessagePatient;
  refToParent: string | null;
  refToConversation: string | null;
  /** Other ids that may name our henvisning: ServReq/Id of an epikrise, OriginalMsgId of an AppRec. */
  otherRefs: string[];
  content: ReadableDocument;
  facts: AssessedFacts;
}

interface KindInfo {
  kind: InboxKind;
  standard: string;
}

const KINDS: ReadonlyArray<{ pattern: RegExp; kind: InboxKind; standard: string; versions: Record<string, string> }> = [
  {
    pattern: /\/xmlstds\/henvisning\/([0-9-]+)$/,
    kind: 'henvisning',
    standard: 'Henvisning',
    versions: { '2017-11-30': '2.0', '2012-02-15': '1.1', '2008-12-17': '1.0', '2005-07-08': '1.0' },
  },
  {
    pattern: /\/xmlstds\/dialog\/([0-9-]+)$/,
    kind: 'dialogmelding',
    standard: 'Dialogmelding',
    versions: { '2013-01-23': '1.1', '2006-10-11': '1.0' },
  },
  {
    pattern: /\/xmlstds\/epikrise\/([0-9-]+)$/,
    kind: 'epikrise',
    standard: 'Epikrise',
    versions: { '2012-02-15': '1.2', '2006-04-28': '1.1', '2005-11-08': '1.0' },
  },
  {
    pattern: /\/xmlstds\/labsvar\/([0-9-]+)$/,
    kind: 'svarrapport',
    standard: 'Svarrapport',
    versions: { '2012-02-15': '1.4', '2008-12-01': '1.3' },
  },
  {
    pattern: /\/xmlstds\/apprec\/([0-9-]+)$/,
    kind: 'apprec',
    standard: 'AppRec',
    versions: { '2012-02-15': '1.1', '2004-11-21': '1.0' },
  },
];

function kindOf(namespace: string | null): KindInfo | undefined {
  for (const k of KINDS) {
    const match = k.pattern.exec(namespace ?? '');
    if (match) {
      const version = k.versions[match[1] ?? ''];
      return { kind: k.kind, standard: version ? `${k.standard} v${version}` : `${k.standard} (${match[1] ?? ''})` };
    }
  }
  return undefined;
}

function nameOf(family: string | undefined, given: string | undefined, middle?: string): string | null {
  const givenPart = [given, middle].filter(Boolean).join(' ');
  if (family && givenPart) return `${family}, ${givenPart}`;
  return family ?? (givenPart || null);
}

function herIdOf(element: Element | undefined): string | null {
  for (const ident of kids(element, 'Ident')) {
    if (attr(kid(ident, 'TypeId'), 'V') === 'HER') return text(ident, 'Id') ?? null;
  }
  return null;
}

function msgHeadSender(info: Element | undefined): IncomingMessage['sender'] {
  const org = kid(info, 'Sender', 'Organisation');
  const dept = kid(org, 'Organisation');
  const names = [text(org, 'OrganisationName'), text(dept, 'OrganisationName')].filter(Boolean);
  const hcp = kid(dept ?? org, 'HealthcareProfessional') ?? kid(org, 'HealthcareProfessional');
  return {
    name: names.join(', ') || 'Ukjent avsender',
    herId: herIdOf(dept) ?? herIdOf(org),
    person: hcp ? nameOf(text(hcp, 'FamilyName'), text(hcp, 'GivenName')) : null,
  };
}

function msgHeadPatient(info: Element | undefined): MessagePatient {
  const p = kid(info, 'Patient');
  const ident = kids(p, 'Ident')[0];
  const familyName = text(p, 'FamilyName') ?? null;
  const givenName = text(p, 'GivenName') ?? null;
  return {
    ident: text(ident, 'Id') ?? null,
    identType: attr(kid(ident, 'TypeId'), 'V') ?? null,
    familyName,
    givenName,
    name: nameOf(familyName ?? undefined, givenName ?? undefined, text(p, 'MiddleName')),
    birthDate: text(p, 'DateOfBirth') ?? null,
  };
}

/** HCP/Inst (with Dept and HCPerson) or HCP/HCProf, as the KITH Message family writes a party. */
function kithParty(hcp: Element | undefined): IncomingMessage['sender'] {
  const inst = kid(hcp, 'Inst');
  const dept = kid(inst, 'Dept');
  const names = [text(inst, 'Name'), text(dept, 'Name')].filter(Boolean);
  const person = text(inst, 'HCPerson', 'Name') ?? text(hcp, 'HCProf', 'Name') ?? null;
  const her = (e: Element | undefined): string | null =>
    attr(kid(e, 'TypeId'), 'V') === 'HER' ? (text(e, 'Id') ?? null) : null;
  return { name: names.join(', ') || person || 'Ukjent avsender', herId: her(dept) ?? her(inst), person };
}

function kithPatient(p: Element | undefined): MessagePatient {
  const full = text(p, 'Name') ?? null;
  const [family, given] = full?.includes(',') ? full.split(',').map((s) => s.trim()) : [full, null];
  return {
    ident: text(p, 'OffId') ?? null,
    identType: attr(kid(p, 'TypeOffId'), 'V') ?? null,
    familyName: family ?? null,
    givenName: given ?? null,
    name: full,
    birthDate: timeValue(kid(p, 'DateOfBirth')) ?? null,
  };
}

const NO_PATIENT: MessagePatient = {
  ident: null,
  identType: null,
  familyName: null,
  givenName: null,
  name: null,
  birthDate: null,
};

function fallbackMsgId(xml: string): string {
  return `sha256:${createHash('sha256').update(xml).digest('hex')}`;
}

function parse(xml: string): Element {
  if (!/^\s*(<\?xml[^>]*\?>)?\s*(<!--[\s\S]*?-->\s*)*</.test(xml.replace(/^\uFEFF/, ''))) {
    throw new UnreadableMessageError('Filen er ikke XML.');
  }
  try {
    return rootElement(parseXml(xml));
  } catch (error) {
    if (error instanceof MessageFormatError) {
      throw new UnreadableMessageError(`Filen er ikke gyldig XML: ${error.message}`);
    }
    throw error;
  }
}

function unknownKind(what: string): UnreadableMessageError {
  return new UnreadableMessageError(
    `Ukjent meldingstype (${what}). Innboksen tar imot henvisning, dialogmelding, epikrise, svarrapport og applikasjonskvittering.`,
  );
}

function readMsgHead(root: Element, xml: string): IncomingMessage {
  const info = kid(root, 'MsgInfo');
  const type = kid(info, 'Type');
  const payload = kids(kid(kids(root, 'Document')[0], 'RefDoc', 'Content'))[0];
  const info2 = payload ? kindOf(payload.namespaceURI) : undefined;
  if (!payload || !info2) {
    throw unknownKind(payload ? `{${payload.namespaceURI ?? ''}}${payload.localName ?? ''}` : `MsgHead uten dokument`);
  }
  const msgType = attr(type, 'V') ?? '';
  const conversation = kid(info, 'ConversationRef');
  const genDate = text(info, 'GenDate') ?? null;
  const content = readableContent(info2.kind, payload, codedText(type) ?? info2.standard);
  const otherRefs: string[] = [];
  if (info2.kind === 'apprec') {
    const original = text(payload, 'OriginalMsgId', 'Id');
    if (original) otherRefs.push(original);
  }
  const servReqId = text(payload, 'ServReq', 'Id') ?? text(kid(payload, 'ServRprt'), 'ServReq', 'Id');
  if (servReqId) otherRefs.push(servReqId);
  return {
    kind: info2.kind,
    msgType,
    standardVersion: info2.standard,
    msgId: text(info, 'MsgId') ?? fallbackMsgId(xml),
    genDate,
    sender: msgHeadSender(info),
    patient: msgHeadPatient(info),
    refToParent: text(conversation, 'RefToParent') ?? null,
    refToConversation: text(conversation, 'RefToConversation') ?? null,
    otherRefs,
    content,
    facts: info2.kind === 'dialogmelding' ? dialogFacts(xml, msgType, content, genDate) : emptyFacts(),
  };
}

/**
 * A Status på henvisning's assessment, read by the Dialogmelding parser of integrations/messages (which knows the
 * simulator's wording and the official example's); the inbox's own reading of the text when that parser refuses
 * the document (it is strict where the inbox must be lenient).
 */
function dialogFacts(xml: string, msgType: string, content: ReadableDocument, genDate: string | null): AssessedFacts {
  try {
    const assessment = parseDialogmelding(xml).assessment;
    if (!assessment) return assessedFacts(msgType, content, genDate);
    return {
      assessedAt: assessment.assessedOn ?? genDate,
      frist: assessment.deadline ?? null,
      appointmentAt: assessment.appointment?.start ?? null,
      rightToCare: assessment.rightToNecessaryCare ?? null,
    };
  } catch (error) {
    if (!(error instanceof MessageFormatError)) throw error;
    return assessedFacts(msgType, content, genDate);
  }
}

function emptyFacts(): AssessedFacts {
  return { assessedAt: null, frist: null, appointmentAt: null, rightToCare: null };
}

/** Epikrise, Svarrapport, Henvisning v1.x: the KITH Message root with ServRprt (or ServReq) inside. */
function readKithMessage(root: Element, info: KindInfo, xml: string): IncomingMessage {
  const report = kid(root, 'ServRprt') ?? kid(root, 'ServReport') ?? kid(root, 'ServReq');
  const type = kid(root, 'Type');
  const genDate = timeValue(kid(root, 'GenDate')) ?? null;
  // A henvisning is sent by its Requester; an epikrise or svar by the ServProvider.
  const senderHcp = info.kind === 'henvisning' ? kid(report, 'Requester', 'HCP') : kid(report, 'ServProvider', 'HCP');
  const sender = kithParty(senderHcp);
  const responsible =
    text(kid(report, 'RelServProvider'), 'HCP', 'HCProf', 'Name') ??
    text(kid(report, 'ResponsibleHcp'), 'HCPerson', 'Name') ??
    null;
  if (!sender.person && responsible) sender.person = responsible;
  const content = readableContent(
    info.kind,
    report ?? root,
    text(report, 'MsgDescr') ?? codedText(kid(report, 'MsgDescr')) ?? codedText(type) ?? info.standard,
  );
  if (!content.author && sender.person) content.author = sender.person;
  const servReqId = text(report, 'ServReq', 'Id');
  return {
    kind: info.kind,
    msgType: attr(type, 'V') ?? '',
    standardVersion: info.standard,
    msgId: text(root, 'MsgId') ?? fallbackMsgId(xml),
    genDate,
    sender,
    patient: report ? kithPatient(kid(report, 'Patient')) : NO_PATIENT,
    refToParent: null,
    refToConversation: null,
    otherRefs: servReqId ? [servReqId] : [],
    content,
    facts: emptyFacts(),
  };
}

function readBareAppRec(root: Element, info: KindInfo, xml: string): IncomingMessage {
  const senderHcp = kid(root, 'Sender', 'HCP');
  const original = text(root, 'OriginalMsgId', 'Id');
  return {
    kind: 'apprec',
    msgType: attr(kid(root, 'MsgType'), 'V') ?? 'APPREC',
    standardVersion: info.standard,
    msgId: text(root, 'Id') ?? fallbackMsgId(xml),
    genDate: text(root, 'GenDate') ?? null,
    sender: kithParty(senderHcp),
    patient: NO_PATIENT,
    refToParent: original ?? null,
    refToConversation: null,
    otherRefs: [],
    content: readableContent('apprec', root, 'Applikasjonskvittering'),
    facts: emptyFacts(),
  };
}

/** Reads `xml`; throws UnreadableMessageError (Norwegian) when it is not XML or not a kind we know. */
export function readIncomingMessage(xml: string): IncomingMessage {
  const root = parse(xml);
  if (root.localName === 'MsgHead') return readMsgHead(root, xml);
  const info = kindOf(root.namespaceURI);
  if (!info) throw unknownKind(`{${root.namespaceURI ?? ''}}${root.localName ?? ''}`);
  if (info.kind === 'apprec') return readBareAppRec(root, info, xml);
  if (info.kind === 'dialogmelding') {
    // A bare Dialogmelding has no header of its own; read it without sender or patient.
    const content = readableContent('dialogmelding', root, 'Dialogmelding');
    return {
      kind: 'dialogmelding',
      msgType: 'DIALOG',
      standardVersion: info.standard,
      msgId: fallbackMsgId(xml),
      genDate: null,
      sender: { name: 'Ukjent avsender', herId: null, person: null },
      patient: NO_PATIENT,
      refToParent: null,
      refToConversation: null,
      otherRefs: [],
      content,
      facts: assessedFacts('DIALOG', content, null),
    };
  }
  if (root.localName !== 'Message' && info.kind !== 'henvisning') {
    throw unknownKind(`{${root.namespaceURI ?? ''}}${root.localName ?? ''}`);
  }
  return readKithMessage(root, info, xml);
}
