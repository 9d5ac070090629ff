/**
 * The MsgHead v1.2 envelope (HIS 80601:2006) as the referral messages use it: tjenestebasert adressering with a
 * department below the organisation (HIS 1153), a health professional with phone (HISD 1174), the patient's phone,
 * OtherReceiver (copies of a Status på henvisning), and attachments in their own Document (HIS 1036:2011).
 * msghead.builder.ts covers the e-resept envelope; this one takes any 8279 message type. Element order follows
 * MsgHead-v1_2.xsd.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { ORGANISATION_ID_TYPES, PERSON_ID_TYPES, SEX } from './code-lists';
import { REFERRAL_OID } from './henvisning.codes';
import { NS } from './namespaces';
import {
  addCoded,
  addElement,
  addOptional,
  adoptRoot,
  childElement,
  childElements,
  childText,
  createDocument,
  rootElement,
} from './xml-dom';

const MH = NS.msgHead;
export const MSGHEAD_MIG = 'v1.2 2006-05-24';

export interface EnvelopeAddress {
  /** 3401: H bostedsadresse, PST postadresse, RES besøksadresse, WP arbeidsadresse. */
  type: 'H' | 'PST' | 'RES' | 'WP';
  streetAddress?: string;
  postalCode?: string;
  city?: string;
}

export interface EnvelopeProfessional {
  familyName: string;
  givenName: string;
  middleName?: string;
  hprNummer?: string;
  herId?: string;
  phone?: string;
  /** 9034 RoleToPatient, e.g. 6 Fastlege. */
  roleToPatient?: { code: string; displayName: string };
}

export interface EnvelopeOrganisation {
  name: string;
  herId: string;
  organisationNumber?: string;
  address?: EnvelopeAddress;
  phone?: string;
  department?: { name: string; herId: string };
  /** Placed under the department when there is one, else under the organisation. */
  professional?: EnvelopeProfessional;
}

export interface EnvelopePatient {
  familyName: string;
  givenName: string;
  middleName?: string;
  dateOfBirth?: string;
  sex?: keyof typeof SEX;
  ident: { id: string; type: 'FNR' | 'DNR' | 'FHN' };
  address?: EnvelopeAddress;
  phone?: string;
}

export interface EnvelopeAttachment {
  title: string;
  mimeType: string;
  base64: string;
  issueDate?: string;
}

export interface EnvelopeInput {
  type: { code: string; displayName: string };
  msgId: string;
  genDate: string;
  conversationRef?: { refToParent: string; refToConversation: string };
  sender: EnvelopeOrganisation;
  receiver: EnvelopeOrganisation;
  /** Copy receivers (RoleReceiver COP); HIS 1207 forbids them on a Henvisning ny tilstand. */
  otherReceivers?: EnvelopeOrganisation[];
  patient: EnvelopePatient;
}

const ADDRESS_TYPE_NAMES = { H: 'Bostedsadresse', PST: 'Postadresse', RES: 'Besøksadresse', WP: 'Arbeidsadresse' };

function addIdent(parent: Element, id: string, code: string, displayName: string, system: string): void {
  const ident = addElement(parent, MH, 'Ident');
  addElement(ident, MH, 'Id', id);
  addCoded(ident, MH, 'TypeId', { code, displayName, system });
}

function addOrgIdent(parent: Element, id: string, type: 'HER' | 'ENH'): void {
  addIdent(parent, id, type, ORGANISATION_ID_TYPES[type], REFERRAL_OID.organisationIdType);
}

function addPersonIdent(parent: Element, id: string, type: keyof typeof PERSON_ID_TYPES): void {
  addIdent(parent, id, type, PERSON_ID_TYPES[type], REFERRAL_OID.personIdType);
}

/** A phone as a tel: URL without spaces (kith:URL). */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[\s-]+/g, '')}`;
}

function addAddress(parent: Element, address: EnvelopeAddress): void {
  const element = addElement(parent, MH, 'Address');
  addCoded(element, MH, 'Type', { code: address.type, displayName: ADDRESS_TYPE_NAMES[address.type] });
  addOptional(element, MH, 'StreetAdr', address.streetAddress);
  addOptional(element, MH, 'PostalCode', address.postalCode);
  addOptional(element, MH, 'City', address.city);
}

function addTelecom(parent: Element, phone: string, type: { code: string; displayName: string }): void {
  const telecom = addElement(parent, MH, 'TeleCom');
  addCoded(telecom, MH, 'TypeTelecom', type);
  addElement(telecom, MH, 'TeleAddress').setAttribute('V', telUrl(phone));
}

function addProfessional(parent: Element, professional: EnvelopeProfessional): void {
  const element = addElement(parent, MH, 'HealthcareProfessional');
  if (professional.roleToPatient) {
    addCoded(element, MH, 'RoleToPatient', { ...professional.roleToPatient, system: REFERRAL_OID.rolleTilPasient });
  }
  addElement(element, MH, 'FamilyName', professional.familyName);
  addOptional(element, MH, 'MiddleName', professional.middleName);
  addElement(element, MH, 'GivenName', professional.givenName);
  if (professional.hprNummer !== undefined) addPersonIdent(element, professional.hprNummer, 'HPR');
  if (professional.herId !== undefined) addPersonIdent(element, professional.herId, 'HER');
  if (professional.phone !== undefined)
    addTelecom(element, professional.phone, { code: 'WP', displayName: 'Arbeidsplass' });
}

function addOrganisation(parent: Element, party: EnvelopeOrganisation): void {
  const organisation = addElement(parent, MH, 'Organisation');
  addElement(organisation, MH, 'OrganisationName', party.name);
  addOrgIdent(organisation, party.herId, 'HER');
  if (party.organisationNumber !== undefined) addOrgIdent(organisation, party.organisationNumber, 'ENH');
  if (party.address) addAddress(organisation, party.address);
  if (party.phone !== undefined) addTelecom(organisation, party.phone, { code: 'HP', displayName: 'Hovedtelefon' });
  if (party.department) {
    const department = addElement(organisation, MH, 'Organisation');
    addElement(department, MH, 'OrganisationName', party.department.name);
    addOrgIdent(department, party.department.herId, 'HER');
    if (party.professional) addProfessional(department, party.professional);
  } else if (party.professional) {
    addProfessional(organisation, party.professional);
  }
}

function addPatient(parent: Element, patient: EnvelopePatient): void {
  const element = addElement(parent, MH, 'Patient');
  addElement(element, MH, 'FamilyName', patient.familyName);
  addOptional(element, MH, 'MiddleName', patient.middleName);
  addElement(element, MH, 'GivenName', patient.givenName);
  addOptional(element, MH, 'DateOfBirth', patient.dateOfBirth);
  if (patient.sex !== undefined) addCoded(element, MH, 'Sex', { code: patient.sex, displayName: SEX[patient.sex] });
  addPersonIdent(element, patient.ident.id, patient.ident.type);
  if (patient.address) addAddress(element, patient.address);
  if (patient.phone !== undefined) addTelecom(element, patient.phone, { code: 'MC', displayName: 'Mobiltelefon' });
}

/** The MsgHead with the payload in the first Document and each attachment in its own Document after it. */
export function buildEnvelope(
  input: EnvelopeInput,
  payload: Document,
  attachments: readonly EnvelopeAttachment[] = [],
): Document {
  const doc = createDocument(MH, 'MsgHead');
  const root = rootElement(doc);
  const info = addElement(root, MH, 'MsgInfo');
  addCoded(info, MH, 'Type', input.type);
  addElement(info, MH, 'MIGversion', MSGHEAD_MIG);
  addElement(info, MH, 'GenDate', input.genDate);
  addElement(info, MH, 'MsgId', input.msgId);
  if (input.conversationRef) {
    const ref = addElement(info, MH, 'ConversationRef');
    addElement(ref, MH, 'RefToParent', input.conversationRef.refToParent);
    addElement(ref, MH, 'RefToConversation', input.conversationRef.refToConversation);
  }
  addOrganisation(addElement(info, MH, 'Sender'), input.sender);
  addOrganisation(addElement(info, MH, 'Receiver'), input.receiver);
  for (const other of input.otherReceivers ?? []) {
    const element = addElement(info, MH, 'OtherReceiver');
    addCoded(element, MH, 'RoleReceiver', { code: 'COP', displayName: 'Kopimottaker' });
    addOrganisation(element, other);
  }
  addPatient(info, input.patient);

  const mainDoc = addElement(addElement(root, MH, 'Document'), MH, 'RefDoc');
  addCoded(mainDoc, MH, 'MsgType', { code: 'XML', displayName: 'XML-instans' });
  adoptRoot(addElement(mainDoc, MH, 'Content'), payload);
  for (const attachment of attachments) {
    const refDoc = addElement(addElement(root, MH, 'Document'), MH, 'RefDoc');
    if (attachment.issueDate !== undefined) addElement(refDoc, MH, 'IssueDate').setAttribute('V', attachment.issueDate);
    addCoded(refDoc, MH, 'MsgType', { code: 'A', displayName: 'Vedlegg' });
    addElement(refDoc, MH, 'MimeType', attachment.mimeType);
    addElement(refDoc, MH, 'Description', attachment.title);
    const content = addElement(refDoc, MH, 'Content');
    addElement(content, NS.base64Container, 'Base64Container', attachment.base64);
  }
  return doc;
}

// ---- reading what parseMsgHead leaves out ----

/** The department (Organisation/Organisation) of a MsgHead Sender or Receiver. */
export function readDepartment(party: Element | undefined): { name: string; herId?: string } | undefined {
  const organisation = party ? childElement(party, MH, 'Organisation') : undefined;
  const department = organisation ? childElement(organisation, MH, 'Organisation') : undefined;
  if (!department) return undefined;
  const herId = childElements(department, MH, 'Ident').find(
    (ident) => childElement(ident, MH, 'TypeId')?.getAttribute('V') === 'HER',
  );
  const result: { name: string; herId?: string } = { name: childText(department, MH, 'OrganisationName') ?? '' };
  const id = herId ? childText(herId, MH, 'Id') : undefined;
  if (id !== undefined) result.herId = id;
  return result;
}

/** The first tel: number among an element's TeleCom children. */
export function readPhone(parent: Element | undefined, namespace: string = MH): string | undefined {
  if (!parent) return undefined;
  for (const telecom of childElements(parent, namespace, 'TeleCom')) {
    const url = childElement(telecom, namespace, 'TeleAddress')?.getAttribute('V') ?? '';
    if (url.startsWith('tel:')) return url.slice('tel:'.length);
  }
  return undefined;
}

/** Attachments (RefDoc with Base64Container) of a MsgHead, without their content. */
export function readAttachments(root: Element): Array<{ title?: string; mimeType?: string; size: number }> {
  const result: Array<{ title?: string; mimeType?: string; size: number }> = [];
  for (const document of childElements(root, MH, 'Document').slice(1)) {
    const refDoc = childElement(document, MH, 'RefDoc');
    if (!refDoc) continue;
    const content = childElement(refDoc, MH, 'Content');
    const container = content ? childElement(content, NS.base64Container, 'Base64Container') : undefined;
    const base64 = container ? (container.textContent ?? '').replace(/\s+/g, '') : '';
    const entry: { title?: string; mimeType?: string; size: number } = {
      size: Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0),
    };
    const title = childText(refDoc, MH, 'Description');
    const mimeType = childText(refDoc, MH, 'MimeType');
    if (title !== undefined) entry.title = title;
    if (mimeType !== undefined) entry.mimeType = mimeType;
    result.push(entry);
  }
  return result;
}
