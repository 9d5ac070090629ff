/**
 * Builds AppRec v1.1 (HIS 80415:2012, AppRec-v1.1.xsd): the simulated reseptformidler answers every message with
 * one. Addressing follows §3.5: the receipt's sender is the original message's receiver, and its receiver is the
 * original sender, with the doctor as HCPerson.
 */
import type { Element } from '@xmldom/xmldom';
import { APPREC_ERRORS, APPREC_ROLES, APPREC_STATUS, MESSAGE_TYPES, OID, PERSON_ID_TYPES } from './code-lists';
import type { AppRecInput, AppRecInstitution, AppRecParty } from './apprec.types';
import { MessageInputError } from './message-errors';
import type { ParsedMsgHead, ParsedParty } from './msghead.types';
import { NS } from './namespaces';
import { addCoded, addElement, addOptional, createDocument, rootElement, serializeDocument } from './xml-dom';

const AR = NS.appRec11;
export const APPREC_MIG_VERSION = 'v1.1 2012-02-15';

const ID_TYPE_NAMES: Readonly<Record<string, string>> = {
  ...PERSON_ID_TYPES,
  ENH: 'Organisasjonsnummeret i Enhetsregister',
};

function addIdType(parent: Element, name: string, type: string): void {
  addCoded(parent, AR, name, { code: type, displayName: ID_TYPE_NAMES[type] ?? type });
}

function addInstitution(hcp: Element, institution: AppRecInstitution): void {
  const inst = addElement(hcp, AR, 'Inst');
  addElement(inst, AR, 'Name', institution.name);
  addElement(inst, AR, 'Id', institution.id);
  addIdType(inst, 'TypeId', institution.idType);
  for (const additional of institution.additionalIds ?? []) {
    const element = addElement(inst, AR, 'AdditionalId');
    addElement(element, AR, 'Id', additional.id);
    addIdType(element, 'Type', additional.type);
  }
  if (institution.person) {
    const person = addElement(inst, AR, 'HCPerson');
    addElement(person, AR, 'Name', institution.person.name);
    addElement(person, AR, 'Id', institution.person.id);
    addIdType(person, 'TypeId', institution.person.idType);
  }
}

function addParty(root: Element, name: 'Sender' | 'Receiver', party: AppRecParty): void {
  const element = addElement(root, AR, name);
  if (party.role) addCoded(element, AR, 'Role', { code: party.role, displayName: APPREC_ROLES[party.role] });
  addInstitution(addElement(element, AR, 'HCP'), party.institution);
}

/** HIS 80415 §3.3: a rejection or a partial error says why; a plain OK carries no error. */
function checkErrors(input: AppRecInput): void {
  const count = input.errors?.length ?? 0;
  if (input.status === '1' && count > 0) throw new MessageInputError('An AppRec with status 1 (OK) carries no Error.');
  if (input.status !== '1' && count === 0) {
    throw new MessageInputError(`An AppRec with status ${input.status} must name at least one Error.`);
  }
}

export function buildAppRec(input: AppRecInput): string {
  checkErrors(input);
  const doc = createDocument(AR, 'AppRec');
  const root = rootElement(doc);
  addCoded(root, AR, 'MsgType', { code: 'APPREC', displayName: MESSAGE_TYPES.APPREC });
  addElement(root, AR, 'MIGversion', APPREC_MIG_VERSION);
  addOptional(root, AR, 'SoftwareName', input.software?.name);
  addOptional(root, AR, 'SoftwareVersion', input.software?.version);
  addElement(root, AR, 'GenDate', input.genDate);
  addElement(root, AR, 'Id', input.id);
  addParty(root, 'Sender', input.sender);
  addParty(root, 'Receiver', input.receiver);
  addCoded(root, AR, 'Status', { code: input.status, displayName: APPREC_STATUS[input.status] });
  for (const error of input.errors ?? []) {
    const system = error.system ?? OID.appRecError;
    const known = system === OID.appRecError ? (APPREC_ERRORS as Record<string, string>)[error.code] : undefined;
    const displayName = error.displayName ?? known;
    addCoded(root, AR, 'Error', {
      code: error.code,
      system,
      ...(displayName !== undefined ? { displayName } : {}),
      ...(error.originalText !== undefined ? { originalText: error.originalText } : {}),
    });
  }
  const original = addElement(root, AR, 'OriginalMsgId');
  const type = input.originalMessage.type;
  addCoded(original, AR, 'MsgType', { code: type, displayName: MESSAGE_TYPES[type] });
  addElement(original, AR, 'IssueDate', input.originalMessage.issueDate);
  addElement(original, AR, 'Id', input.originalMessage.msgId);
  return serializeDocument(doc);
}

function institutionOf(party: ParsedParty, withPerson: boolean): AppRecInstitution {
  if (party.herId === undefined) throw new MessageInputError(`${party.name} has no HER-id to answer.`);
  const institution: AppRecInstitution = { name: party.name, id: party.herId, idType: 'HER' };
  if (party.organisationNumber !== undefined) {
    institution.additionalIds = [{ id: party.organisationNumber, type: 'ENH' }];
  }
  const professional = party.professional;
  if (withPerson && professional?.hprNummer !== undefined) {
    const name = [professional.givenName, professional.middleName, professional.familyName].filter(Boolean).join(' ');
    institution.person = { name, id: professional.hprNummer, idType: 'HPR' };
  }
  return institution;
}

/**
 * Sender and receiver of the AppRec that answers `original` (HIS 80415 §3.5): we were its primary receiver,
 * and the original sender's doctor becomes HCPerson so the receipt reaches the right person.
 */
export function appRecPartiesFor(original: ParsedMsgHead): { sender: AppRecParty; receiver: AppRecParty } {
  return {
    sender: { role: 'PRIM', institution: institutionOf(original.receiver, false) },
    receiver: { role: 'AVS', institution: institutionOf(original.sender, true) },
  };
}
