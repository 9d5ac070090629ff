/**
 * Builds the MsgHead v1.2 envelope (HIS 80601:2006) around one or more payload documents. Element order follows
 * MsgHead-v1_2.xsd; what e-resept requires beyond the schema (sender's HPR-nummer, ENH and HER, the prescriber's
 * address; the patient's identity or birth date and sex) comes from R0908 §4.1.1 and HIS 3003:2018 §6.1.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { MESSAGE_TYPES, OID, ORGANISATION_ID_TYPES, PERSON_ID_TYPES, SEX } from './code-lists';
import type { HealthProfessional, MsgHeadInput, MsgHeadPatient, Party, PostalAddress } from './msghead.types';
import { NS } from './namespaces';
import { addCoded, addElement, addOptional, adoptRoot, createDocument, rootElement } from './xml-dom';

const MH = NS.msgHead;
/** The only value MsgHead-v1_2.xsd allows (MIGversion is fixed). */
export const MSGHEAD_MIG_VERSION = 'v1.2 2006-05-24';

const ADDRESS_TYPE_NAMES: Record<PostalAddress['type'], string> = {
  PST: 'Postadresse',
  RES: 'Besøksadresse',
  H: 'Bostedsadresse',
  WP: 'Arbeidsadresse',
};

function addIdent(parent: Element, id: string, type: { code: string; displayName: string; system: string }): void {
  const ident = addElement(parent, MH, 'Ident');
  addElement(ident, MH, 'Id', id);
  addCoded(ident, MH, 'TypeId', type);
}

function addOrganisationIdent(parent: Element, id: string, type: keyof typeof ORGANISATION_ID_TYPES): void {
  addIdent(parent, id, { code: type, displayName: ORGANISATION_ID_TYPES[type], system: OID.organisationIdType });
}

function addPersonIdent(parent: Element, id: string, type: keyof typeof PERSON_ID_TYPES): void {
  addIdent(parent, id, { code: type, displayName: PERSON_ID_TYPES[type], system: OID.personIdType });
}

function addAddress(parent: Element, address: PostalAddress): void {
  const element = addElement(parent, MH, 'Address');
  addCoded(element, MH, 'Type', { code: address.type, displayName: ADDRESS_TYPE_NAMES[address.type] });
  addOptional(element, MH, 'StreetAdr', address.streetAddress);
  addOptional(element, MH, 'PostalCode', address.postalCode);
  addOptional(element, MH, 'City', address.city);
  if (address.municipality) {
    addCoded(element, MH, 'County', { code: address.municipality.code, displayName: address.municipality.name });
  }
}

function addProfessional(parent: Element, professional: HealthProfessional): void {
  const element = addElement(parent, MH, 'HealthcareProfessional');
  addElement(element, MH, 'FamilyName', professional.familyName);
  addOptional(element, MH, 'MiddleName', professional.middleName);
  addElement(element, MH, 'GivenName', professional.givenName);
  addPersonIdent(element, professional.hprNummer, 'HPR');
  if (professional.herId !== undefined) addPersonIdent(element, professional.herId, 'HER');
}

function addOrganisation(parent: Element, party: Party): void {
  const organisation = addElement(parent, MH, 'Organisation');
  addElement(organisation, MH, 'OrganisationName', party.name);
  if (party.organisationNumber !== undefined) addOrganisationIdent(organisation, party.organisationNumber, 'ENH');
  addOrganisationIdent(organisation, party.herId, 'HER');
  if (party.address) addAddress(organisation, party.address);
  if (party.phone !== undefined) {
    const telecom = addElement(organisation, MH, 'TeleCom');
    addCoded(telecom, MH, 'TypeTelecom', { code: 'HP', displayName: 'Hovedtelefon' });
    addElement(telecom, MH, 'TeleAddress').setAttribute('V', `tel:${party.phone.replace(/\s+/g, '')}`);
  }
  if (party.professional) addProfessional(organisation, party.professional);
}

function addPatient(parent: Element, patient: MsgHeadPatient): void {
  const element = addElement(parent, MH, 'Patient');
  addElement(element, MH, 'FamilyName', patient.familyName);
  addOptional(element, MH, 'MiddleName', patient.middleName);
  addElement(element, MH, 'GivenName', patient.givenName);
  addOptional(element, MH, 'DateOfBirth', patient.dateOfBirth);
  if (patient.sex !== undefined) addCoded(element, MH, 'Sex', { code: patient.sex, displayName: SEX[patient.sex] });
  if (patient.ident) addPersonIdent(element, patient.ident.id, patient.ident.type);
  if (patient.address) addAddress(element, patient.address);
}

/**
 * The envelope with each payload in its own Document/RefDoc/Content (MsgType XML: "XML-instans"). RefDoc/Content
 * is a strict wildcard, so a payload validates against its own schema inside the envelope.
 */
export function buildMsgHead(input: MsgHeadInput, payloads: readonly Document[]): Document {
  const doc = createDocument(MH, 'MsgHead');
  const root = rootElement(doc);
  const info = addElement(root, MH, 'MsgInfo');
  addCoded(info, MH, 'Type', { code: input.type, displayName: MESSAGE_TYPES[input.type] });
  addElement(info, MH, 'MIGversion', MSGHEAD_MIG_VERSION);
  addElement(info, MH, 'GenDate', input.genDate);
  addElement(info, MH, 'MsgId', input.msgId);
  if (input.conversationRef) {
    const ref = addElement(info, MH, 'ConversationRef');
    addElement(ref, MH, 'RefToParent', input.conversationRef.refToParent);
    addElement(ref, MH, 'RefToConversation', input.conversationRef.refToConversation);
  }
  addOrganisation(addElement(info, MH, 'Sender'), input.sender);
  addOrganisation(addElement(info, MH, 'Receiver'), input.receiver);
  if (input.patient) addPatient(info, input.patient);
  for (const payload of payloads) {
    const refDoc = addElement(addElement(root, MH, 'Document'), MH, 'RefDoc');
    addCoded(refDoc, MH, 'MsgType', { code: 'XML', displayName: 'XML-instans' });
    adoptRoot(addElement(refDoc, MH, 'Content'), payload);
  }
  return doc;
}
