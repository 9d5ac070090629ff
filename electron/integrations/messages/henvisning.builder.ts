/**
 * Builds Henvisning v2.0 (HIS 80517:2017) in the profile "Henvisning ny tilstand" (HIS 1207:2018) inside its MsgHead
 * envelope, and signs it like M1 when a signing key is given. Element order follows Henvisning-v2.0.xsd and
 * poKomponent-v2.0.xsd; the rules a schema cannot express (HIS 1207 §5, HIS 80517 §3.1 and §4.1) are checked here
 * and fail with a MessageInputError naming the rule.
 */
import type { Document, Element } from '@xmldom/xmldom';
import {
  COPY_RECIPIENT_NOTE,
  DIAGNOSIS_OIDS,
  HASTEGRAD,
  HENVISNINGSTYPE,
  KLINISK_OPPLYSNING,
  REFERRAL_MESSAGE_TYPES,
  REFERRAL_NS,
  REFERRAL_OID,
  TEKSTSVAR,
  TJENESTETYPE,
} from './henvisning.codes';
import { buildEnvelope, telUrl, type EnvelopeInput } from './henvisning.msghead';
import type { HenvisningInput, HenvisningKind, RequestedService } from './henvisning.types';
import { MessageInputError } from './message-errors';
import { NS } from './namespaces';
import { addCoded, addElement, addOptional, createDocument, rootElement, serializeDocument } from './xml-dom';
import { signMsgHead, type SigningKey } from './xmldsig.signer';

const HV = REFERRAL_NS.henvisning20;
const PO = REFERRAL_NS.po20;
const FK1 = NS.felleskomponent1;
const XMLNS = 'http://www.w3.org/2000/xmlns/';

const SERV_TYPE: Record<HenvisningKind, keyof typeof TJENESTETYPE> = { ny: 'N', endring: 'M', annullering: 'C' };

/** 8455: utredning and behandling are "Utredning/behandling"; a request for an opinion is "Råd til henviser". */
const REQUESTED_TYPE: Record<RequestedService, keyof typeof HENVISNINGSTYPE> = {
  utredning: '10',
  behandling: '10',
  vurdering: '11',
};

const REQUESTED_TEXT: Record<RequestedService, string> = {
  utredning: 'Utredning',
  behandling: 'Behandling',
  vurdering: 'Vurdering',
};

const FNR_LIKE = /^\d{11}$/;
const HER_ID = /^\d{1,9}$/;

/** HIS 1207 §5 and HIS 80517 §3.1/§4.1: what a receiver needs beyond the schema. */
function checkRules(input: HenvisningInput): void {
  const { patient, sender, receiver } = input;
  if (!input.msgId.trim()) throw new MessageInputError('MsgId mangler.');
  if (!input.referralId.trim()) throw new MessageInputError('Henvisningens dokumentid (DocumentId) mangler.');
  if (!patient.familyName.trim() || !patient.givenName.trim()) {
    throw new MessageInputError('Pasientens navn mangler (HIS 80517 §3.1).');
  }
  if (patient.ident.type !== 'FHN' && !FNR_LIKE.test(patient.ident.id)) {
    throw new MessageInputError('Pasientens fødselsnummer eller D-nummer må ha 11 siffer.');
  }
  if (!/^\d{1,9}$/.test(sender.doctor.hprNummer)) {
    throw new MessageInputError('Henvisende leges HPR-nummer mangler eller er ugyldig (HIS 1207 §5.2.1).');
  }
  if (!sender.doctor.familyName.trim() || !sender.doctor.givenName.trim()) {
    throw new MessageInputError('Henvisende leges navn mangler (HIS 1207 §5.2.1).');
  }
  if (!HER_ID.test(sender.herId) || !HER_ID.test(receiver.herId)) {
    throw new MessageInputError('Avsender og mottaker må ha HER-id (tjenestebasert adressering, HIS 1153).');
  }
  if (receiver.department && !HER_ID.test(receiver.department.herId)) {
    throw new MessageInputError('Mottakers avdeling må ha HER-id.');
  }
  if (!/^\d{9}$/.test(sender.organisationNumber)) {
    throw new MessageInputError('Legekontorets organisasjonsnummer må ha 9 siffer.');
  }
  if (!input.problemstilling.trim()) {
    throw new MessageInputError('Aktuell problemstilling må være med (HIS 1207 §5.2.1).');
  }
  if (input.kind !== 'ny') {
    if (!input.conversationRef) {
      throw new MessageInputError(
        'Endring og annullering må vise til den opprinnelige henvisningen (ConversationRef).',
      );
    }
    if (!input.reason?.trim()) throw new MessageInputError('Endring og annullering må ha en begrunnelse (ReqComment).');
  }
  for (const diagnosis of input.diagnoses) {
    if (!diagnosis.code.trim()) throw new MessageInputError('En diagnose mangler kode.');
  }
  for (const copy of input.copyRecipients ?? []) {
    if (!HER_ID.test(copy.herId)) throw new MessageInputError(`Kopimottaker ${copy.name} mangler gyldig HER-id.`);
  }
}

function addFk1Ident(parent: Element, id: string, type: 'HPR' | 'HER' | 'FNR', system: string): void {
  const ident = addElement(parent, FK1, 'Ident');
  addElement(ident, FK1, 'Id', id);
  const names = { HPR: 'HPR-nummer', HER: 'HER-id', FNR: 'Fødselsnummer' };
  addCoded(ident, FK1, 'TypeId', { code: type, displayName: names[type], system });
}

function addFk1Phone(parent: Element, phone: string, code: string, displayName: string): void {
  const telecom = addElement(parent, FK1, 'TeleCom');
  addCoded(telecom, FK1, 'TypeTelecom', { code, displayName });
  addElement(telecom, FK1, 'TeleAddress').setAttribute('V', telUrl(phone));
}

function addObservation(henvisning: Element, type: keyof typeof KLINISK_OPPLYSNING, text: string): void {
  const item = addElement(henvisning, HV, 'InfItem');
  addElement(addElement(item, HV, 'Observation'), HV, 'Description', text);
  addCoded(item, HV, 'Type', {
    code: type,
    system: REFERRAL_OID.kliniskOpplysning,
    displayName: KLINISK_OPPLYSNING[type],
  });
}

function addReason(henvisning: Element, heading: keyof typeof TEKSTSVAR, text: string): void {
  const reason = addElement(henvisning, HV, 'ReasonAsText');
  addCoded(reason, HV, 'Heading', { code: heading, system: REFERRAL_OID.tekstsvar, displayName: TEKSTSVAR[heading] });
  addElement(reason, HV, 'TextResultValue', text);
}

/** The bare Henvisning document (the MsgHead payload). */
export function buildHenvisning(input: HenvisningInput): Document {
  const doc = createDocument(HV, 'Henvisning');
  const root = rootElement(doc);
  // Declare the prefixes once on the root, as the official examples do, rather than on every element.
  root.setAttributeNS(XMLNS, 'xmlns:po', PO);
  root.setAttributeNS(XMLNS, 'xmlns:fk1', FK1);
  const servType = SERV_TYPE[input.kind];
  addCoded(root, HV, 'ServType', { code: servType, displayName: TJENESTETYPE[servType] });
  addElement(root, HV, 'IssueDate', input.issueDate);
  addOptional(root, HV, 'ReqComment', input.kind === 'ny' ? undefined : input.reason);
  addElement(root, HV, 'DocumentId', input.referralId);

  for (const kin of input.patient.nextOfKin ?? []) {
    const element = addElement(root, PO, 'po:ParorendeForesatt');
    if (kin.relation) addCoded(element, PO, 'po:Slektskap', kin.relation);
    if (kin.closest !== undefined) addElement(element, PO, 'po:NarmesteParorende', String(kin.closest));
    const person = addElement(element, PO, 'po:Referanseperson');
    addElement(person, FK1, 'fk1:FamilyName', kin.familyName);
    addElement(person, FK1, 'fk1:GivenName', kin.givenName);
    if (kin.phone !== undefined) addFk1Phone(person, kin.phone, 'MC', 'Mobiltelefon');
  }
  for (const copy of input.copyRecipients ?? []) {
    const element = addElement(root, PO, 'po:TilknyttetEnhet');
    const organisation = addElement(element, PO, 'po:Kontaktenhet');
    addElement(organisation, FK1, 'fk1:OrganisationName', copy.name);
    addFk1Ident(organisation, copy.herId, 'HER', REFERRAL_OID.organisationIdType);
    addElement(element, PO, 'po:Merknad', COPY_RECIPIENT_NOTE);
  }

  const responsible = addElement(root, PO, 'po:AnsvarForRapport');
  const doctor = addElement(responsible, PO, 'po:AnsvarligRapport');
  addCoded(doctor, FK1, 'fk1:TypeHealthcareProfessional', { code: 'LE', displayName: 'Lege' });
  addElement(doctor, FK1, 'fk1:FamilyName', input.sender.doctor.familyName);
  addOptional(doctor, FK1, 'fk1:MiddleName', input.sender.doctor.middleName);
  addElement(doctor, FK1, 'fk1:GivenName', input.sender.doctor.givenName);
  addFk1Ident(doctor, input.sender.doctor.hprNummer, 'HPR', REFERRAL_OID.personIdType);
  if (input.sender.doctor.herId !== undefined) {
    addFk1Ident(doctor, input.sender.doctor.herId, 'HER', REFERRAL_OID.personIdType);
  }
  const phone = input.sender.doctor.phone ?? input.sender.phone;
  if (phone !== undefined) addFk1Phone(doctor, phone, 'WP', 'Arbeidsplass');
  addCoded(responsible, PO, 'po:TypeRelasjon', {
    code: 'HHE',
    system: REFERRAL_OID.relasjon,
    displayName: 'Henvisende helsepersonell',
  });

  const contentType = REQUESTED_TYPE[input.requested];
  addCoded(addElement(root, PO, 'po:TypeInnholdIMelding'), PO, 'po:TypeInnhold', {
    code: contentType,
    system: REFERRAL_OID.henvisningstype,
    displayName: HENVISNINGSTYPE[contentType],
  });

  if (input.patient.interpreter) {
    const assisted = addElement(addElement(root, PO, 'po:InfoAssistertKommunikasjon'), PO, 'po:AssistertKommunikasjon');
    const { language, note } = input.patient.interpreter;
    if (language) addCoded(assisted, PO, 'po:BehovTolkSprak', language);
    addElement(assisted, PO, 'po:Merknad', note?.trim() ? note : 'Pasienten har behov for tolk.');
  }

  for (const precaution of input.criticalInfo ?? []) {
    if (precaution.trim()) addElement(addElement(root, HV, 'PatientPrecaution'), HV, 'Precaution', precaution);
  }
  if (input.history?.trim()) addObservation(root, 'ANAM', input.history);
  if (input.findings?.trim()) addObservation(root, 'FUNN', input.findings);
  if (input.cave?.trim()) addObservation(root, 'CAVE', input.cave);
  for (const medicine of input.medicines ?? []) {
    const item = addElement(root, HV, 'InfItem');
    if (medicine.atc) {
      const medication = addElement(item, HV, 'Medication');
      addCoded(medication, HV, 'DrugId', { code: medicine.atc, system: REFERRAL_OID.atc, displayName: medicine.name });
      // 9101 Legemiddelbruk (HIS 80517 change list item 18): 1 Fast is what a current medicine list holds.
      addCoded(medication, HV, 'Status', { code: '1', displayName: 'Fast' });
      addOptional(medication, HV, 'DosageText', medicine.dosageText);
    } else {
      const text = medicine.dosageText ? `${medicine.name}, ${medicine.dosageText}` : medicine.name;
      addElement(addElement(item, HV, 'Observation'), HV, 'Description', text);
    }
    addCoded(item, HV, 'Type', {
      code: 'MEDB',
      system: REFERRAL_OID.kliniskOpplysning,
      displayName: KLINISK_OPPLYSNING.MEDB,
    });
  }

  addReason(root, 'PROB', input.problemstilling);
  const requested = input.requestedText?.trim()
    ? `${REQUESTED_TEXT[input.requested]}: ${input.requestedText.trim()}`
    : `${REQUESTED_TEXT[input.requested]} ønskes.`;
  addReason(root, 'UTRED', requested);

  for (const diagnosis of input.diagnoses) {
    addCoded(addElement(root, HV, 'Diagnosis'), HV, 'Concept', {
      code: diagnosis.code,
      system: DIAGNOSIS_OIDS[diagnosis.system],
      displayName: diagnosis.text,
    });
  }

  const reqServ = addElement(root, HV, 'ReqServ');
  addCoded(reqServ, HV, 'ServType', { code: 'N', displayName: TJENESTETYPE.N });
  addCoded(reqServ, HV, 'Priority', { code: input.hastegrad, displayName: HASTEGRAD[input.hastegrad] });
  return doc;
}

function envelopeOf(input: HenvisningInput): EnvelopeInput {
  const { sender, receiver, patient } = input;
  const doctor = {
    familyName: sender.doctor.familyName,
    givenName: sender.doctor.givenName,
    hprNummer: sender.doctor.hprNummer,
    ...(sender.doctor.middleName !== undefined ? { middleName: sender.doctor.middleName } : {}),
    ...(sender.doctor.herId !== undefined ? { herId: sender.doctor.herId } : {}),
    ...(sender.doctor.phone !== undefined ? { phone: sender.doctor.phone } : {}),
  };
  return {
    type: { code: 'HENVISNING_NYTILSTAND', displayName: REFERRAL_MESSAGE_TYPES.HENVISNING_NYTILSTAND },
    msgId: input.msgId,
    genDate: input.genDate,
    ...(input.conversationRef ? { conversationRef: input.conversationRef } : {}),
    sender: {
      name: sender.clinicName,
      herId: sender.herId,
      organisationNumber: sender.organisationNumber,
      ...(sender.address ? { address: { type: 'PST' as const, ...sender.address } } : {}),
      ...(sender.phone !== undefined ? { phone: sender.phone } : {}),
      professional: doctor,
    },
    receiver: {
      name: receiver.organisationName,
      herId: receiver.herId,
      ...(receiver.department ? { department: receiver.department } : {}),
    },
    patient: {
      familyName: patient.familyName,
      givenName: patient.givenName,
      ident: patient.ident,
      ...(patient.middleName !== undefined ? { middleName: patient.middleName } : {}),
      ...(patient.dateOfBirth !== undefined ? { dateOfBirth: patient.dateOfBirth } : {}),
      ...(patient.sex !== undefined ? { sex: patient.sex } : {}),
      ...(patient.address ? { address: { type: 'H' as const, ...patient.address } } : {}),
      ...(patient.phone !== undefined ? { phone: patient.phone } : {}),
    },
  };
}

export interface BuildHenvisningOptions {
  /** The referring doctor's personal key: the whole MsgHead is signed as M1 is (xmldsig.signer.ts). */
  signer?: SigningKey;
}

/**
 * The complete Henvisning v2.0 message (MsgHead MsgInfo/Type HENVISNING_NYTILSTAND) as UTF-8 XML text, signed when
 * `options.signer` is given. Throws MessageInputError (Norwegian message) when a required field is missing.
 */
export function buildHenvisningMessage(input: HenvisningInput, options: BuildHenvisningOptions = {}): string {
  checkRules(input);
  const xml = serializeDocument(buildEnvelope(envelopeOf(input), buildHenvisning(input), input.attachments ?? []));
  return options.signer ? signMsgHead(xml, options.signer) : xml;
}
