/**
 * Reads a MsgHead v1.2 envelope (HIS 80601:2006) into plain data and hands back each payload's root element for
 * the message-specific parser. Validate against the XSD first: this reader checks only what it needs to read.
 */
import type { Element } from '@xmldom/xmldom';
import { normaliseMessageType } from './code-lists';
import { MessageFormatError } from './message-errors';
import type {
  AddressType,
  ParsedHealthProfessional,
  ParsedMsgHead,
  ParsedParty,
  ParsedPatient,
  PostalAddress,
} from './msghead.types';
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

const MH = NS.msgHead;

interface Ident {
  id: string;
  type: string;
}

function readIdents(parent: Element): Ident[] {
  return childElements(parent, MH, 'Ident').map((ident) => ({
    id: requireText(ident, MH, 'Id'),
    type: requireCoded(ident, MH, 'TypeId').code,
  }));
}

function identOfType(idents: readonly Ident[], type: string): string | undefined {
  return idents.find((ident) => ident.type === type)?.id;
}

function setIfDefined<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

const ADDRESS_TYPES: readonly string[] = ['PST', 'RES', 'H', 'WP'];

function readAddress(parent: Element): PostalAddress | undefined {
  const element = childElement(parent, MH, 'Address');
  if (!element) return undefined;
  const type = childCoded(element, MH, 'Type')?.code ?? 'PST';
  const address: PostalAddress = { type: (ADDRESS_TYPES.includes(type) ? type : 'PST') as AddressType };
  setIfDefined(address, 'streetAddress', childText(element, MH, 'StreetAdr'));
  setIfDefined(address, 'postalCode', childText(element, MH, 'PostalCode'));
  setIfDefined(address, 'city', childText(element, MH, 'City'));
  const county = childCoded(element, MH, 'County');
  if (county) address.municipality = { code: county.code, name: county.displayName ?? '' };
  return address;
}

function readProfessional(element: Element): ParsedHealthProfessional {
  const idents = readIdents(element);
  const professional: ParsedHealthProfessional = {};
  setIfDefined(professional, 'hprNummer', identOfType(idents, 'HPR'));
  setIfDefined(professional, 'familyName', childText(element, MH, 'FamilyName'));
  setIfDefined(professional, 'givenName', childText(element, MH, 'GivenName'));
  setIfDefined(professional, 'middleName', childText(element, MH, 'MiddleName'));
  setIfDefined(professional, 'herId', identOfType(idents, 'HER'));
  return professional;
}

function readParty(parent: Element): ParsedParty {
  const organisation = requireChild(parent, MH, 'Organisation');
  const idents = readIdents(organisation);
  const party: ParsedParty = { name: requireText(organisation, MH, 'OrganisationName') };
  setIfDefined(party, 'herId', identOfType(idents, 'HER'));
  setIfDefined(party, 'organisationNumber', identOfType(idents, 'ENH'));
  setIfDefined(party, 'address', readAddress(organisation));
  const telecom = childElements(organisation, MH, 'TeleCom')
    .map((element) => childElement(element, MH, 'TeleAddress')?.getAttribute('V') ?? '')
    .find((url) => url.startsWith('tel:'));
  if (telecom !== undefined) party.phone = telecom.slice('tel:'.length);
  // The prescriber may sit on the organisation itself or on a department below it (R0908 §4.1.1).
  const professional =
    childElement(organisation, MH, 'HealthcareProfessional') ??
    childElement(childElement(organisation, MH, 'Organisation') ?? organisation, MH, 'HealthcareProfessional');
  if (professional) party.professional = readProfessional(professional);
  return party;
}

function readPatient(element: Element): ParsedPatient {
  const patient: ParsedPatient = {};
  setIfDefined(patient, 'familyName', childText(element, MH, 'FamilyName'));
  setIfDefined(patient, 'givenName', childText(element, MH, 'GivenName'));
  setIfDefined(patient, 'middleName', childText(element, MH, 'MiddleName'));
  setIfDefined(patient, 'ident', readIdents(element)[0]);
  setIfDefined(patient, 'dateOfBirth', childText(element, MH, 'DateOfBirth'));
  setIfDefined(patient, 'sex', childCoded(element, MH, 'Sex')?.code);
  setIfDefined(patient, 'address', readAddress(element));
  return patient;
}

/** Parses the envelope of `xml`; throws MessageFormatError if it is not a MsgHead v1.2. */
export function parseMsgHead(xml: string): ParsedMsgHead {
  const root = rootElement(parseXml(xml));
  if (root.namespaceURI !== MH || root.localName !== 'MsgHead') {
    throw new MessageFormatError(`Expected {${MH}}MsgHead, got {${root.namespaceURI ?? ''}}${root.localName ?? ''}.`);
  }
  const info = requireChild(root, MH, 'MsgInfo');
  const type = readCoded(requireChild(info, MH, 'Type'));
  const parsed: ParsedMsgHead = {
    type: { ...type, code: normaliseMessageType(type.code) },
    migVersion: requireText(info, MH, 'MIGversion'),
    genDate: requireText(info, MH, 'GenDate'),
    msgId: requireText(info, MH, 'MsgId'),
    sender: readParty(requireChild(info, MH, 'Sender')),
    receiver: readParty(requireChild(info, MH, 'Receiver')),
    payloads: [],
    signed: childElement(root, NS.xmldsig, 'Signature') !== undefined,
  };
  const conversation = childElement(info, MH, 'ConversationRef');
  if (conversation) {
    parsed.conversationRef = {
      refToParent: requireText(conversation, MH, 'RefToParent'),
      refToConversation: requireText(conversation, MH, 'RefToConversation'),
    };
  }
  const patient = childElement(info, MH, 'Patient');
  if (patient) parsed.patient = readPatient(patient);
  for (const document of childElements(root, MH, 'Document')) {
    const content = childElement(requireChild(document, MH, 'RefDoc'), MH, 'Content');
    const payload = content ? childElements(content)[0] : undefined;
    if (payload) parsed.payloads.push(payload);
  }
  return parsed;
}

/** The first payload, which must be `{namespace}name`: what every single-document e-resept message carries. */
export function requirePayload(head: ParsedMsgHead, namespace: string, name: string): Element {
  const payload = head.payloads[0];
  if (!payload || payload.namespaceURI !== namespace || payload.localName !== name) {
    const got = payload ? `{${payload.namespaceURI ?? ''}}${payload.localName ?? ''}` : 'nothing';
    throw new MessageFormatError(`Expected a {${namespace}}${name} payload in ${head.type.code}, got ${got}.`);
  }
  return payload;
}
