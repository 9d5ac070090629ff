/**
 * Builds Epikrise v1.2 (HIS 80226:2014) as its own `Message` document (the KITH basismelding header, no MsgHead).
 * Element order follows Epikrise-v1.2.xsd; institutions are given on two levels (HER-id of the organisation and
 * the department, HIS 80226 §4.2), and the text is grouped under 8311 headings.
 */
import type { Element } from '@xmldom/xmldom';
import type { EpikriseHeading, EpikriseInput, EpikriseParty } from './epikrise.types';
import { DIAGNOSIS_OIDS, REFERRAL_NS, REFERRAL_OID, TJENESTETYPE } from './henvisning.codes';
import { MessageInputError } from './message-errors';
import { addCoded, addElement, addOptional, createDocument, rootElement, serializeDocument } from './xml-dom';

const EP = REFERRAL_NS.epikrise12;
// TypeId, TypeOffId, Status and the other kith:CS elements of Epikrise v1.2 take V and DN only (no S).
export const EPIKRISE_MIG_VERSION = 'v1.2 2012-02-15';

/** 8311 Type opplysning i epikrise, the headings we write. */
export const EPIKRISE_HEADINGS: Record<EpikriseHeading, string> = {
  AH: 'Årsak til henvisning',
  FO: 'Forløp og behandling',
  FU: 'Funn og undersøkelser',
  VU: 'Vurdering',
  OP: 'Planer for videre oppfølging',
  IP: 'Informasjon til pasient/pårørende',
  ME: 'Medisinering',
};

/** 8240 Kontakttype. */
const CONTACT_TYPES = { '1': 'Heldøgnsopphold', '2': 'Dagbehandling', '3': 'Poliklinisk omsorg', '5': 'Konsultasjon' };
/** 7307 Status for medisinering. */
const MEDICATION_STATUS = {
  '2': 'Forskrevet',
  '3': 'Anbefalt å innta',
  '4': 'Anbefalt å slutte å innta',
  '6': 'Benyttes regelmessig',
};

function addTs(parent: Element, name: string, value: string): void {
  addElement(parent, EP, name).setAttribute('V', value);
}

function addHcp(parent: Element, party: EpikriseParty): void {
  const inst = addElement(addElement(parent, EP, 'HCP'), EP, 'Inst');
  addElement(inst, EP, 'Name', party.name);
  addElement(inst, EP, 'Id', party.herId);
  addCoded(inst, EP, 'TypeId', { code: 'HER', displayName: 'HER-id' });
  if (party.department) {
    const dept = addElement(inst, EP, 'Dept');
    addElement(dept, EP, 'Name', party.department.name);
    addElement(dept, EP, 'Id', party.department.herId);
    addCoded(dept, EP, 'TypeId', { code: 'HER', displayName: 'HER-id' });
  }
  if (party.person) {
    const person = addElement(inst, EP, 'HCPerson');
    addElement(person, EP, 'Name', party.person.name);
    addElement(person, EP, 'Id', party.person.id);
    const names = { HPR: 'HPR-nummer', HER: 'HER-id' };
    addCoded(person, EP, 'TypeId', {
      code: party.person.idType,
      displayName: names[party.person.idType],
    });
  }
}

function addInfItem(event: Element, type: { code: string; displayName: string }, fill: (item: Element) => void): void {
  const item = addElement(event, EP, 'InfItem');
  fill(item);
  addCoded(item, EP, 'Type', { ...type });
}

function checkRules(input: EpikriseInput): void {
  if (!input.epikriseId.trim()) throw new MessageInputError('Epikrisen må ha en id (ServProvId, HIS 80226 §4.1).');
  if (!/^\d{1,9}$/.test(input.serviceProvider.herId) || !/^\d{1,9}$/.test(input.requester.herId)) {
    throw new MessageInputError('Tjenesteyter og mottaker må ha HER-id.');
  }
  if (input.sections.length === 0) throw new MessageInputError('Epikrisen må ha tekst.');
  if (input.referral && input.referral.diagnoses.length === 0) {
    throw new MessageInputError('Henvisningen (ServReq) må ha minst én henvisningsdiagnose.');
  }
}

/**
 * The complete Epikrise v1.2 message (Message/Type EPIKRISE) as UTF-8 XML text. Throws MessageInputError when
 * required content is missing.
 */
export function buildEpikriseMessage(input: EpikriseInput): string {
  checkRules(input);
  const doc = createDocument(EP, 'Message');
  const root = rootElement(doc);
  addCoded(root, EP, 'Type', { code: 'EPIKRISE', displayName: 'Epikrise' });
  addElement(root, EP, 'MIGversion', EPIKRISE_MIG_VERSION);
  addTs(root, 'GenDate', input.genDate);
  addElement(root, EP, 'MsgId', input.msgId);

  const report = addElement(root, EP, 'ServRprt');
  addCoded(report, EP, 'ServType', { code: 'N', displayName: TJENESTETYPE.N });
  addTs(report, 'IssueDate', input.issueDate);
  if (input.approvedAt !== undefined) addTs(report, 'ApprDate', input.approvedAt);
  addCoded(report, EP, 'Status', { code: 'F', displayName: 'Endelig rapport' });
  addElement(report, EP, 'MsgDescr', 'Epikrise');
  addElement(report, EP, 'ServProvId', input.epikriseId);

  if (input.referral) {
    const servReq = addElement(report, EP, 'ServReq');
    addCoded(servReq, EP, 'ServType', { code: 'N', displayName: TJENESTETYPE.N });
    addTs(servReq, 'IssueDate', input.referral.issueDate);
    addCoded(servReq, EP, 'MsgDescr', { code: '10', displayName: 'Utredning/behandling' });
    addElement(servReq, EP, 'Id', input.referral.referralId);
    for (const diagnosis of input.referral.diagnoses) {
      addCoded(addElement(servReq, EP, 'Diagnosis'), EP, 'Concept', {
        code: diagnosis.code,
        displayName: diagnosis.text,
        system: DIAGNOSIS_OIDS[diagnosis.system],
      });
    }
  }

  const event = addElement(report, EP, 'Event');
  const reported = addElement(event, EP, 'ReportedEvent');
  addTs(reported, 'StartDateTime', input.event.start);
  if (input.event.end !== undefined) addTs(reported, 'EndDateTime', input.event.end);
  addCoded(event, EP, 'ServType', { code: 'N', displayName: TJENESTETYPE.N });
  addCoded(addElement(event, EP, 'Service'), EP, 'AdmCat', {
    code: input.event.contactType,
    displayName: CONTACT_TYPES[input.event.contactType],
  });
  input.diagnoses.forEach((diagnosis, index) => {
    const main = index === 0;
    addInfItem(event, { code: main ? 'H' : 'B', displayName: main ? 'Hoveddiagnose' : 'Bidiagnose' }, (item) => {
      const coded = addElement(addElement(item, EP, 'Observation'), EP, 'CodedDescr');
      addCoded(coded, EP, 'Concept', {
        code: diagnosis.code,
        displayName: diagnosis.text,
        system: DIAGNOSIS_OIDS[diagnosis.system],
      });
    });
  });
  if (input.cave?.trim()) {
    addInfItem(event, { code: 'CAVE', displayName: 'Cave-opplysninger' }, (item) => {
      addElement(addElement(item, EP, 'Observation'), EP, 'Description', input.cave);
    });
  }
  for (const medicine of input.medicines ?? []) {
    addInfItem(event, { code: 'MEDB', displayName: 'Legemiddelopplysning' }, (item) => {
      const medication = addElement(item, EP, 'Medication');
      if (medicine.atc) {
        addCoded(medication, EP, 'DrugId', {
          code: medicine.atc,
          system: REFERRAL_OID.atc,
          displayName: medicine.name,
        });
      } else {
        // kith:CV allows a drug known only by name: OT (original text) without V (kith.xsd, CV).
        addElement(medication, EP, 'DrugId').setAttribute('OT', medicine.name);
      }
      const status = medicine.status ?? '6';
      addCoded(medication, EP, 'Status', { code: status, displayName: MEDICATION_STATUS[status] });
      addOptional(medication, EP, 'DosageText', medicine.dosageText);
    });
  }
  for (const section of input.sections) {
    const comment = addElement(event, EP, 'Comment');
    addCoded(comment, EP, 'Heading', { code: section.heading, displayName: EPIKRISE_HEADINGS[section.heading] });
    addElement(comment, EP, 'TextResultValue', section.text);
  }

  const patient = addElement(report, EP, 'Patient');
  const sexNames = { '0': 'Ikke kjent', '1': 'Mann', '2': 'Kvinne', '9': 'Ikke spesifisert' };
  if (input.patient.sex !== undefined) {
    addCoded(patient, EP, 'Sex', { code: input.patient.sex, displayName: sexNames[input.patient.sex] });
  }
  if (input.patient.dateOfBirth !== undefined) addTs(patient, 'DateOfBirth', input.patient.dateOfBirth);
  addElement(patient, EP, 'Name', `${input.patient.familyName}, ${input.patient.givenName}`);
  addElement(patient, EP, 'OffId', input.patient.ident.id);
  const idNames = { FNR: 'Fødselsnummer', DNR: 'D-nummer', FHN: 'Felles hjelpenummer' };
  addCoded(patient, EP, 'TypeOffId', {
    code: input.patient.ident.type,
    displayName: idNames[input.patient.ident.type],
  });

  const provider = addElement(report, EP, 'ServProvider');
  addCoded(provider, EP, 'Role', { code: 'SPR', displayName: 'Tjenesteyter' });
  addHcp(provider, input.serviceProvider);
  for (const copy of input.copyRecipients ?? []) {
    const copyDest = addElement(report, EP, 'CopyDest');
    addCoded(copyDest, EP, 'Role', { code: 'COP', displayName: 'Kopimottaker' });
    addHcp(copyDest, { name: copy.name, herId: copy.herId });
  }
  const requester = addElement(report, EP, 'Requester');
  addCoded(requester, EP, 'Role', { code: 'REQ', displayName: 'Rekvirent' });
  addHcp(requester, input.requester);
  return serializeDocument(doc);
}
