/**
 * Reads a Henvisning into plain data for display and matching: v2.0 (HIS 80517:2017) inside MsgHead, and v1.1
 * (HIS 80517 v1.1, namespace http://www.kith.no/xmlstds/henvisning/2012-02-15) as its own `Message` document or
 * inside MsgHead. Validate against the XSD first: this reader checks only what it needs to read.
 */
import type { Element } from '@xmldom/xmldom';
import { COPY_RECIPIENT_NOTE, REFERRAL_NS, diagnosisSystemOf } from './henvisning.codes';
import { attributeOrText, codedChild, readHcp, readableText, splitKithName } from './henvisning.kith';
import { readAttachments, readDepartment, readPhone } from './henvisning.msghead';
import type { HenvisningKind, ParsedHenvisning } from './henvisning.types';
import { MessageFormatError } from './message-errors';
import { parseMsgHead } from './msghead.parser';
import { NS } from './namespaces';
import { childElement, childElements, childText, parseXml, rootElement } from './xml-dom';

const HV = REFERRAL_NS.henvisning20;
const H11 = REFERRAL_NS.henvisning11;
const PO = REFERRAL_NS.po20;
const PO15 = REFERRAL_NS.po15;
const FK1 = NS.felleskomponent1;
const MH = NS.msgHead;

const KINDS: Record<string, HenvisningKind> = { N: 'ny', M: 'endring', C: 'annullering' };

function kindOf(code: string): HenvisningKind | 'annet' {
  return KINDS[code] ?? 'annet';
}

function personName(element: Element | undefined, ns: string): string {
  if (!element) return '';
  return [
    childText(element, ns, 'GivenName'),
    childText(element, ns, 'MiddleName'),
    childText(element, ns, 'FamilyName'),
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}

function fk1Ident(element: Element, type: string): string | undefined {
  const ident = childElements(element, FK1, 'Ident').find(
    (candidate) => childElement(candidate, FK1, 'TypeId')?.getAttribute('V') === type,
  );
  return ident ? childText(ident, FK1, 'Id') : undefined;
}

interface ClinicalItems {
  history?: string;
  findings?: string;
  cave?: string;
  medicines: Array<{ name: string; dosageText?: string }>;
  other: Array<{ heading: string; text: string }>;
}

/** InfItem (v2.0 and v1.1 share the structure, each in its own namespace). */
function readInfItems(items: Element[], ns: string): ClinicalItems {
  const result: ClinicalItems = { medicines: [], other: [] };
  const append = (current: string | undefined, text: string): string => (current ? `${current}\n${text}` : text);
  for (const item of items) {
    const type = codedChild(item, ns, 'Type');
    const medication = childElement(item, ns, 'Medication');
    if (medication) {
      const drug = codedChild(medication, ns, 'DrugId');
      const entry: { name: string; dosageText?: string } = {
        name: drug?.displayName ?? drug?.originalText ?? drug?.code ?? '',
      };
      const dosage = childText(medication, ns, 'DosageText');
      if (dosage !== undefined) entry.dosageText = dosage;
      result.medicines.push(entry);
      continue;
    }
    const observation = childElement(item, ns, 'Observation');
    const text =
      readableText(observation ? childElement(observation, ns, 'Description') : undefined) ??
      (observation ? childText(observation, ns, 'Comment') : undefined) ??
      readableText(childElement(item, ns, 'ResultItem'));
    if (text === undefined) continue;
    switch (type?.code) {
      case 'ANAM':
        result.history = append(result.history, text);
        break;
      case 'FUNN':
        result.findings = append(result.findings, text);
        break;
      case 'CAVE':
        result.cave = append(result.cave, text);
        break;
      case 'MEDB':
        result.medicines.push({ name: text });
        break;
      default:
        result.other.push({ heading: type?.displayName ?? type?.code ?? 'Klinisk opplysning', text });
    }
  }
  return result;
}

interface Section {
  heading: string;
  text: string;
  code?: string;
}

function readSections(parent: Element, ns: string): Section[] {
  const sections: Section[] = [];
  for (const name of ['ReasonAsText', 'Comment']) {
    for (const element of childElements(parent, ns, name)) {
      const heading = codedChild(element, ns, 'Heading');
      const text = readableText(childElement(element, ns, 'TextResultValue'));
      if (text === undefined) continue;
      sections.push({ heading: heading?.displayName ?? heading?.code ?? 'Kommentar', text, code: heading?.code ?? '' });
    }
  }
  return sections;
}

function readDiagnoses(parent: Element, ns: string): ParsedHenvisning['diagnoses'] {
  return childElements(parent, ns, 'Diagnosis').flatMap((diagnosis) => {
    const concept = codedChild(diagnosis, ns, 'Concept');
    if (!concept) return [];
    const entry: ParsedHenvisning['diagnoses'][number] = { code: concept.code };
    const system = diagnosisSystemOf(concept.system) ?? concept.system;
    if (system !== undefined) entry.system = system;
    const text = concept.displayName ?? concept.originalText;
    if (text !== undefined) entry.text = text;
    return [entry];
  });
}

function finishSections(parsed: ParsedHenvisning, sections: Section[], items: ClinicalItems): void {
  const problem = sections.find((section) => section.code === 'PROB');
  if (problem) parsed.problemstilling = problem.text;
  parsed.sections = [...sections.map(({ heading, text }) => ({ heading, text })), ...items.other];
  if (items.history !== undefined) parsed.history = items.history;
  if (items.findings !== undefined) parsed.findings = items.findings;
  if (items.cave !== undefined) parsed.cave = items.cave;
  parsed.medicines = items.medicines;
}

function parseV20(xml: string): ParsedHenvisning {
  const head = parseMsgHead(xml);
  const root = rootElement(parseXml(xml));
  const info = childElement(root, MH, 'MsgInfo');
  const henvisning = head.payloads[0];
  if (!henvisning || henvisning.namespaceURI !== HV || henvisning.localName !== 'Henvisning') {
    throw new MessageFormatError('MsgHead inneholder ingen Henvisning v2.0.');
  }
  const servType = codedChild(henvisning, HV, 'ServType')?.code ?? '';
  const professional = head.sender.professional;
  const parsed: ParsedHenvisning = {
    version: '2.0',
    msgType: head.type.code,
    msgId: head.msgId,
    genDate: head.genDate,
    kind: kindOf(servType),
    serviceType: servType,
    referralId: childText(henvisning, HV, 'DocumentId') ?? '',
    issueDate: childText(henvisning, HV, 'IssueDate') ?? '',
    sender: { organisationName: head.sender.name },
    receiver: { organisationName: head.receiver.name },
    patient: {},
    nextOfKin: [],
    sections: [],
    diagnoses: readDiagnoses(henvisning, HV),
    medicines: [],
    criticalInfo: childElements(henvisning, HV, 'PatientPrecaution').map(
      (element) => childText(element, HV, 'Precaution') ?? '',
    ),
    copyRecipients: [],
    attachments: readAttachments(root),
    signed: head.signed,
  };
  if (head.conversationRef) parsed.conversationRef = head.conversationRef;
  const reason = childText(henvisning, HV, 'ReqComment');
  if (reason !== undefined) parsed.reason = reason;
  if (head.sender.herId !== undefined) parsed.sender.herId = head.sender.herId;
  if (head.sender.organisationNumber !== undefined) parsed.sender.organisationNumber = head.sender.organisationNumber;
  if (head.sender.phone !== undefined) parsed.sender.phone = head.sender.phone;
  // The referring doctor is the one AnsvarForRapport names as "Henvisende helsepersonell" (8254 HHE; HIS 1207
  // §5.2.1), else the MsgHead sender's HealthcareProfessional. The two are merged only when they are one person
  // (same family name): in the official example the envelope names the fastlege and HHE a turnuslege.
  const responsibles = childElements(henvisning, PO, 'AnsvarForRapport');
  const hhe =
    responsibles.find((element) => codedChild(element, PO, 'TypeRelasjon')?.code === 'HHE') ?? responsibles[0];
  const responsible = hhe ? childElement(hhe, PO, 'AnsvarligRapport') : undefined;
  const doctor: NonNullable<ParsedHenvisning['sender']['doctor']> = {};
  const familyName = responsible ? childText(responsible, FK1, 'FamilyName') : undefined;
  const samePerson = !responsible || (professional !== undefined && professional.familyName === familyName);
  if (responsible) {
    doctor.familyName = familyName;
    doctor.givenName = childText(responsible, FK1, 'GivenName');
    doctor.hprNummer = fk1Ident(responsible, 'HPR');
    doctor.herId = fk1Ident(responsible, 'HER');
    doctor.phone = readPhone(responsible, FK1);
  }
  if (professional && samePerson) {
    doctor.familyName ??= professional.familyName;
    doctor.givenName ??= professional.givenName;
    doctor.hprNummer ??= professional.hprNummer;
    doctor.herId ??= professional.herId;
  }
  for (const key of Object.keys(doctor) as Array<keyof typeof doctor>)
    if (doctor[key] === undefined) delete doctor[key];
  if (Object.keys(doctor).length > 0) parsed.sender.doctor = doctor;
  if (head.receiver.herId !== undefined) parsed.receiver.herId = head.receiver.herId;
  const department = readDepartment(info ? childElement(info, MH, 'Receiver') : undefined);
  if (department) parsed.receiver.department = department;
  const patient = head.patient;
  if (patient) {
    const { address, ...rest } = patient;
    parsed.patient = { ...rest };
    if (address) {
      parsed.patient.address = {
        ...(address.streetAddress !== undefined ? { streetAddress: address.streetAddress } : {}),
        ...(address.postalCode !== undefined ? { postalCode: address.postalCode } : {}),
        ...(address.city !== undefined ? { city: address.city } : {}),
      };
    }
    const phone = readPhone(info ? childElement(info, MH, 'Patient') : undefined);
    if (phone !== undefined) parsed.patient.phone = phone;
  }
  for (const kin of childElements(henvisning, PO, 'ParorendeForesatt')) {
    const person = childElement(kin, PO, 'Referanseperson');
    const relation = codedChild(kin, PO, 'Slektskap');
    const entry: ParsedHenvisning['nextOfKin'][number] = { name: personName(person, FK1) };
    if (relation) entry.relation = relation.displayName ?? relation.code;
    const phone = readPhone(person, FK1);
    if (phone !== undefined) entry.phone = phone;
    parsed.nextOfKin.push(entry);
  }
  const assisted = childElements(henvisning, PO, 'InfoAssistertKommunikasjon')
    .map((element) => childElement(element, PO, 'AssistertKommunikasjon'))
    .find((element) => element !== undefined);
  if (assisted) {
    const language = codedChild(assisted, PO, 'BehovTolkSprak');
    const note = childText(assisted, PO, 'Merknad');
    parsed.interpreter = {
      ...(language ? { language: language.displayName ?? language.code } : {}),
      ...(note !== undefined ? { note } : {}),
    };
  }
  for (const unit of childElements(henvisning, PO, 'TilknyttetEnhet')) {
    if (childText(unit, PO, 'Merknad') !== COPY_RECIPIENT_NOTE) continue;
    const organisation = childElement(unit, PO, 'Kontaktenhet');
    const herId = organisation ? fk1Ident(organisation, 'HER') : undefined;
    if (organisation && herId !== undefined) {
      parsed.copyRecipients.push({ name: childText(organisation, FK1, 'OrganisationName') ?? '', herId });
    }
  }
  const typeInnhold = childElements(henvisning, PO, 'TypeInnholdIMelding')
    .map((element) => codedChild(element, PO, 'TypeInnhold'))
    .find((value) => value !== undefined);
  if (typeInnhold)
    parsed.requestedType = {
      code: typeInnhold.code,
      ...(typeInnhold.displayName ? { displayName: typeInnhold.displayName } : {}),
    };
  const reqServ = childElement(henvisning, HV, 'ReqServ');
  const priority = reqServ ? codedChild(reqServ, HV, 'Priority') : undefined;
  if (priority)
    parsed.hastegrad = { code: priority.code, ...(priority.displayName ? { displayName: priority.displayName } : {}) };
  finishSections(parsed, readSections(henvisning, HV), readInfItems(childElements(henvisning, HV, 'InfItem'), HV));
  return parsed;
}

function parseV11(message: Element, signed: boolean): ParsedHenvisning {
  const servReq = childElement(message, H11, 'ServReq');
  if (!servReq) throw new MessageFormatError('Henvisning v1.1 uten ServReq.');
  const servType = codedChild(servReq, H11, 'ServType')?.code ?? '';
  const patient = childElement(servReq, H11, 'Patient');
  const requester = readHcp(childElement(childElement(servReq, H11, 'Requester') ?? servReq, H11, 'HCP'), H11);
  const provider = readHcp(childElement(childElement(servReq, H11, 'ServProvider') ?? servReq, H11, 'HCP'), H11);
  const parsed: ParsedHenvisning = {
    version: '1.1',
    msgType: codedChild(message, H11, 'Type')?.code ?? 'HENVISNING',
    msgId: childText(message, H11, 'MsgId') ?? '',
    genDate: attributeOrText(message, H11, 'GenDate') ?? '',
    kind: kindOf(servType),
    serviceType: servType,
    referralId: childText(servReq, H11, 'Id') ?? '',
    issueDate: attributeOrText(servReq, H11, 'IssueDate') ?? '',
    sender: { organisationName: requester.organisationName ?? '' },
    receiver: { organisationName: provider.organisationName ?? '' },
    patient: {},
    nextOfKin: [],
    sections: [],
    diagnoses: readDiagnoses(servReq, H11),
    medicines: [],
    criticalInfo: [],
    copyRecipients: [],
    attachments: [],
    signed,
  };
  const reason = childText(servReq, H11, 'ReqComment');
  if (reason !== undefined) parsed.reason = reason;
  if (requester.herId !== undefined) parsed.sender.herId = requester.herId;
  if (provider.herId !== undefined) parsed.receiver.herId = provider.herId;
  if (provider.department) parsed.receiver.department = provider.department;
  let items: ClinicalItems = { medicines: [], other: [] };
  if (patient) {
    const names = splitKithName(childText(patient, H11, 'Name'));
    Object.assign(parsed.patient, names);
    const offId = childText(patient, H11, 'OffId');
    const offType = codedChild(patient, H11, 'TypeOffId')?.code;
    if (offId !== undefined) parsed.patient.ident = { id: offId, type: offType ?? 'FNR' };
    const sex = codedChild(patient, H11, 'Sex')?.code;
    if (sex !== undefined) parsed.patient.sex = sex;
    const born = attributeOrText(patient, H11, 'DateOfBirth');
    if (born !== undefined) parsed.patient.dateOfBirth = born;
    const address = childElement(patient, H11, 'Address');
    if (address) {
      parsed.patient.address = {
        ...(childText(address, H11, 'StreetAdr') !== undefined
          ? { streetAddress: childText(address, H11, 'StreetAdr') as string }
          : {}),
        ...(childText(address, H11, 'PostalCode') !== undefined
          ? { postalCode: childText(address, H11, 'PostalCode') as string }
          : {}),
        ...(childText(address, H11, 'City') !== undefined ? { city: childText(address, H11, 'City') as string } : {}),
      };
      const tele = childElements(address, H11, 'TeleAddress').map((element) => element.getAttribute('V') ?? '');
      const phone = tele.find((url) => url.startsWith('tel:'));
      if (phone !== undefined) parsed.patient.phone = phone.slice(4);
    }
    for (const relation of childElements(patient, H11, 'PatRelHCP')) {
      if (codedChild(relation, H11, 'Relation')?.code !== 'HHE') continue;
      const referrer = readHcp(childElement(relation, H11, 'HCP'), H11);
      if (referrer.person) {
        const [givenName, ...rest] = referrer.person.name.split(' ');
        parsed.sender.doctor = {
          ...(rest.length > 0 ? { familyName: rest.join(' '), givenName } : { familyName: referrer.person.name }),
          ...(referrer.person.idType === 'HPR' && referrer.person.id ? { hprNummer: referrer.person.id } : {}),
          ...(referrer.phone !== undefined ? { phone: referrer.phone } : {}),
        };
      }
    }
    for (const kin of childElements(patient, PO15, 'ParorendeForesatt').concat(
      childElements(patient, H11, 'ParorendeForesatt'),
    )) {
      const ns = kin.namespaceURI ?? H11;
      const person = childElement(kin, ns, 'Referanseperson');
      const relation = codedChild(kin, ns, 'Slektskap');
      const entry: ParsedHenvisning['nextOfKin'][number] = { name: personName(person, ns) || personName(person, FK1) };
      if (relation) entry.relation = relation.displayName ?? relation.code;
      const phone = readPhone(person, ns) ?? readPhone(person, FK1);
      if (phone !== undefined) entry.phone = phone;
      parsed.nextOfKin.push(entry);
    }
    items = readInfItems(childElements(patient, H11, 'InfItem').concat(childElements(servReq, H11, 'InfItem')), H11);
  }
  if (requester.person && !parsed.sender.doctor) {
    parsed.sender.doctor = { familyName: requester.person.name };
    if (requester.person.idType === 'HER' && requester.person.id) parsed.sender.doctor.herId = requester.person.id;
  } else if (requester.person?.idType === 'HER' && parsed.sender.doctor && requester.person.id) {
    parsed.sender.doctor.herId = requester.person.id;
  }
  const msgDescr = codedChild(servReq, H11, 'MsgDescr');
  if (msgDescr)
    parsed.requestedType = {
      code: msgDescr.code,
      ...(msgDescr.displayName ? { displayName: msgDescr.displayName } : {}),
    };
  const reqServ = childElement(servReq, H11, 'ReqServ');
  const priority = reqServ ? codedChild(reqServ, H11, 'Priority') : undefined;
  if (priority)
    parsed.hastegrad = { code: priority.code, ...(priority.displayName ? { displayName: priority.displayName } : {}) };
  finishSections(parsed, readSections(servReq, H11), items);
  return parsed;
}

/**
 * Parses a Henvisning v2.0 (in MsgHead) or v1.1 (bare `Message`, or in MsgHead) into ParsedHenvisning. Throws
 * MessageFormatError when the XML is not a henvisning of either version.
 */
export function parseHenvisning(xml: string): ParsedHenvisning {
  const root = rootElement(parseXml(xml));
  if (root.namespaceURI === H11 && root.localName === 'Message') return parseV11(root, false);
  if (root.namespaceURI !== MH || root.localName !== 'MsgHead') {
    throw new MessageFormatError(
      `Ikke en henvisning: rotelementet er {${root.namespaceURI ?? ''}}${root.localName ?? ''}.`,
    );
  }
  const content = childElements(root, MH, 'Document')
    .map((document) => childElement(childElement(document, MH, 'RefDoc') ?? document, MH, 'Content'))
    .map((element) => (element ? childElements(element)[0] : undefined))[0];
  if (content?.namespaceURI === H11 && content.localName === 'Message') {
    return parseV11(content, childElement(root, NS.xmldsig, 'Signature') !== undefined);
  }
  return parseV20(xml);
}
