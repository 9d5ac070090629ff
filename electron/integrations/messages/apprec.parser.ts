/**
 * Reads AppRec v1.1 (apprec/2012-02-15) and v1.0 (apprec/2004-11-21): the two versions have the same shape apart
 * from their namespace and how the code types are declared (HIS 80415:2012 chapter 1), so one reader serves both.
 */
import type { Element } from '@xmldom/xmldom';
import type { AppRecInstitution, AppRecParty, AppRecRole, ParsedAppRec } from './apprec.types';
import { normaliseMessageType } from './code-lists';
import { MessageFormatError } from './message-errors';
import { NS } from './namespaces';
import {
  childCoded,
  childElement,
  childElements,
  childText,
  parseXml,
  readCoded,
  requireChild,
  requireCoded,
  requireText,
  rootElement,
} from './xml-dom';

const VERSIONS: Readonly<Record<string, ParsedAppRec['version']>> = { [NS.appRec11]: '1.1', [NS.appRec10]: '1.0' };

function readInstitution(inst: Element, ns: string): AppRecInstitution {
  const institution: AppRecInstitution = {
    name: childText(inst, ns, 'Name') ?? '',
    id: childText(inst, ns, 'Id') ?? '',
    idType: childCoded(inst, ns, 'TypeId')?.code ?? '',
  };
  const additional = childElements(inst, ns, 'AdditionalId').map((element) => ({
    id: requireText(element, ns, 'Id'),
    type: requireCoded(element, ns, 'Type').code,
  }));
  if (additional.length > 0) institution.additionalIds = additional;
  const person = childElement(inst, ns, 'HCPerson');
  if (person) {
    institution.person = {
      name: childText(person, ns, 'Name') ?? '',
      id: childText(person, ns, 'Id') ?? '',
      idType: childCoded(person, ns, 'TypeId')?.code ?? '',
    };
  }
  return institution;
}

function readParty(parent: Element, ns: string): AppRecParty {
  const hcp = requireChild(parent, ns, 'HCP');
  const inst = childElement(hcp, ns, 'Inst');
  const party: AppRecParty = inst
    ? { institution: readInstitution(inst, ns) }
    : // HCP may name a person without institution (HCProf); keep what identifies them.
      { institution: readInstitution(requireChild(hcp, ns, 'HCProf'), ns) };
  const role = childCoded(parent, ns, 'Role')?.code;
  if (role !== undefined) party.role = role as AppRecRole;
  return party;
}

export function parseAppRec(xml: string): ParsedAppRec {
  const root = rootElement(parseXml(xml));
  const ns = root.namespaceURI ?? '';
  const version = VERSIONS[ns];
  if (!version || root.localName !== 'AppRec') {
    throw new MessageFormatError(`Expected an AppRec v1.0 or v1.1, got {${ns}}${root.localName ?? ''}.`);
  }
  const original = requireChild(root, ns, 'OriginalMsgId');
  const originalType = requireCoded(original, ns, 'MsgType');
  return {
    version,
    id: requireText(root, ns, 'Id'),
    genDate: requireText(root, ns, 'GenDate'),
    sender: readParty(requireChild(root, ns, 'Sender'), ns),
    receiver: readParty(requireChild(root, ns, 'Receiver'), ns),
    status: requireCoded(root, ns, 'Status'),
    errors: childElements(root, ns, 'Error').map(readCoded),
    originalMessage: {
      type: { ...originalType, code: normaliseMessageType(originalType.code) },
      issueDate: requireText(original, ns, 'IssueDate'),
      msgId: requireText(original, ns, 'Id'),
    },
  };
}
