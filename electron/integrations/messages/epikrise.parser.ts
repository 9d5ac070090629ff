/**
 * Reads an Epikrise v1.2 (HIS 80226:2014) into plain, readable data: parties, patient, the henvisning it answers,
 * diagnoses, the text under each heading (XHTML flattened to lines), medicines. Accepts the bare `Message` document
 * and one carried inside MsgHead. Validate against the XSD first: this reader checks only what it needs to read.
 */
import type { Element } from '@xmldom/xmldom';
import type { ParsedEpikrise } from './epikrise.types';
import { REFERRAL_NS, diagnosisSystemOf } from './henvisning.codes';
import { attributeOrText, codedChild, readHcp, readableText, splitKithName, type KithParty } from './henvisning.kith';
import { MessageFormatError } from './message-errors';
import { NS } from './namespaces';
import { childElement, childElements, childText, parseXml, rootElement } from './xml-dom';

const EP = REFERRAL_NS.epikrise12;
const MH = NS.msgHead;

function party(element: Element | undefined): ParsedEpikrise['sender'] {
  const hcp: KithParty = readHcp(element ? childElement(element, EP, 'HCP') : undefined, EP);
  const result: ParsedEpikrise['sender'] = { organisationName: hcp.organisationName ?? hcp.person?.name ?? '' };
  if (hcp.herId !== undefined) result.herId = hcp.herId;
  if (hcp.department) result.department = hcp.department;
  if (hcp.person) result.person = hcp.person.name;
  return result;
}

function findMessage(xml: string): Element {
  const root = rootElement(parseXml(xml));
  if (root.namespaceURI === EP && root.localName === 'Message') return root;
  if (root.namespaceURI === MH && root.localName === 'MsgHead') {
    for (const document of childElements(root, MH, 'Document')) {
      const content = childElement(childElement(document, MH, 'RefDoc') ?? document, MH, 'Content');
      const payload = content ? childElements(content)[0] : undefined;
      if (payload?.namespaceURI === EP && payload.localName === 'Message') return payload;
    }
  }
  throw new MessageFormatError(
    `Ikke en epikrise v1.2: rotelementet er {${root.namespaceURI ?? ''}}${root.localName ?? ''}.`,
  );
}

/**
 * Parses an Epikrise v1.2 (bare `Message`, or inside MsgHead) into ParsedEpikrise. Throws MessageFormatError when
 * the XML is not an Epikrise v1.2.
 */
export function parseEpikrise(xml: string): ParsedEpikrise {
  const message = findMessage(xml);
  const report = childElement(message, EP, 'ServRprt');
  if (!report) throw new MessageFormatError('Epikrisen mangler ServRprt.');
  const parsed: ParsedEpikrise = {
    version: '1.2',
    msgType: codedChild(message, EP, 'Type')?.code ?? 'EPIKRISE',
    msgId: childText(message, EP, 'MsgId') ?? '',
    genDate: attributeOrText(message, EP, 'GenDate') ?? '',
    issueDate: attributeOrText(report, EP, 'IssueDate') ?? '',
    sender: party(childElement(report, EP, 'ServProvider')),
    requester: party(childElement(report, EP, 'Requester')),
    copyRecipients: childElements(report, EP, 'CopyDest').map((copy) => {
      const { organisationName, herId } = party(copy);
      return { organisationName, ...(herId !== undefined ? { herId } : {}) };
    }),
    patient: {},
    diagnoses: [],
    sections: [],
    medicines: [],
  };
  const epikriseId = childText(report, EP, 'ServProvId');
  if (epikriseId !== undefined) parsed.epikriseId = epikriseId;
  const approved = attributeOrText(report, EP, 'ApprDate');
  if (approved !== undefined) parsed.approvedAt = approved;
  const servType = codedChild(report, EP, 'ServType')?.code;
  if (servType !== undefined) parsed.serviceType = servType;
  const status = codedChild(report, EP, 'Status');
  if (status)
    parsed.reportStatus = { code: status.code, ...(status.displayName ? { displayName: status.displayName } : {}) };
  const description = childText(report, EP, 'MsgDescr');
  if (description !== undefined) parsed.description = description;

  const servReq = childElement(report, EP, 'ServReq');
  const referralId = servReq ? childText(servReq, EP, 'Id') : undefined;
  if (servReq && referralId !== undefined) {
    const issued = attributeOrText(servReq, EP, 'IssueDate');
    parsed.referral = { referralId, ...(issued !== undefined ? { issueDate: issued } : {}) };
  }

  const patient = childElement(report, EP, 'Patient');
  if (patient) {
    Object.assign(parsed.patient, splitKithName(childText(patient, EP, 'Name')));
    const offId = childText(patient, EP, 'OffId');
    if (offId !== undefined) {
      parsed.patient.ident = { id: offId, type: codedChild(patient, EP, 'TypeOffId')?.code ?? 'FNR' };
    }
    const sex = codedChild(patient, EP, 'Sex')?.code;
    if (sex !== undefined) parsed.patient.sex = sex;
    const born = attributeOrText(patient, EP, 'DateOfBirth');
    if (born !== undefined) parsed.patient.dateOfBirth = born;
  }

  const events = childElements(report, EP, 'Event');
  const first = events[0];
  if (first) {
    const reported = childElement(first, EP, 'ReportedEvent') ?? childElement(first, EP, 'PlannedEvent');
    const service = childElement(first, EP, 'Service');
    const start = reported ? attributeOrText(reported, EP, 'StartDateTime') : undefined;
    const end = reported ? attributeOrText(reported, EP, 'EndDateTime') : undefined;
    const contact = service ? codedChild(service, EP, 'AdmCat') : undefined;
    parsed.event = {
      ...(start !== undefined ? { start } : {}),
      ...(end !== undefined ? { end } : {}),
      ...(contact ? { contactType: contact.displayName ?? contact.code } : {}),
    };
  }
  const cave: string[] = [];
  for (const event of events) {
    for (const item of childElements(event, EP, 'InfItem')) {
      const type = codedChild(item, EP, 'Type');
      const medication = childElement(item, EP, 'Medication');
      if (medication) {
        const drug = codedChild(medication, EP, 'DrugId');
        const medicationStatus = codedChild(medication, EP, 'Status');
        const dosage = childText(medication, EP, 'DosageText');
        parsed.medicines.push({
          name: drug?.displayName ?? drug?.originalText ?? drug?.code ?? '',
          ...(dosage !== undefined ? { dosageText: dosage } : {}),
          ...(medicationStatus ? { status: medicationStatus.displayName ?? medicationStatus.code } : {}),
        });
        continue;
      }
      const observation = childElement(item, EP, 'Observation');
      const coded = observation ? childElement(observation, EP, 'CodedDescr') : undefined;
      const concept = coded ? codedChild(coded, EP, 'Concept') : undefined;
      if (concept) {
        const system = diagnosisSystemOf(concept.system) ?? concept.system;
        parsed.diagnoses.push({
          code: concept.code,
          main: type?.code === 'H',
          ...(system !== undefined ? { system } : {}),
          ...(concept.displayName !== undefined ? { text: concept.displayName } : {}),
        });
        continue;
      }
      const text = readableText(observation ? childElement(observation, EP, 'Description') : undefined);
      if (text === undefined) continue;
      if (type?.code === 'CAVE') cave.push(text);
      else parsed.sections.push({ heading: type?.displayName ?? type?.code ?? 'Klinisk opplysning', text });
    }
    for (const comment of childElements(event, EP, 'Comment')) {
      const heading = codedChild(comment, EP, 'Heading');
      const text = readableText(childElement(comment, EP, 'TextResultValue'));
      if (text !== undefined)
        parsed.sections.push({ heading: heading?.displayName ?? heading?.code ?? 'Kommentar', text });
    }
  }
  if (cave.length > 0) parsed.cave = cave.join('\n');
  const summary = parsed.sections.find((section) => /^vurdering$/i.test(section.heading)) ?? parsed.sections[0];
  if (summary) parsed.summary = summary.text;
  return parsed;
}
