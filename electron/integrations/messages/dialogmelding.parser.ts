/**
 * Reads a Dialogmelding v1.1 (HIS 80603:2017) in its MsgHead envelope into plain, readable data: every Notat and
 * Foresporsel as text, and for "Status på henvisning" (HIS 1206:2018) the assessment: 9148 status, the right to
 * necessary care, frist, appointment, as written by our builder or in the official example's wording.
 * Validate against the XSD first: this reader checks only what it needs to read.
 */
import type { Element } from '@xmldom/xmldom';
import type { ParsedDialogmelding, ParsedDialogNote } from './dialogmelding.types';
import { REFERRAL_NS, REFERRAL_OID, STATUS_VURDERING } from './henvisning.codes';
import { codedChild, readableText } from './henvisning.kith';
import { readAttachments, readDepartment } from './henvisning.msghead';
import { MessageFormatError } from './message-errors';
import { parseMsgHead } from './msghead.parser';
import { NS } from './namespaces';
import { childElement, childElements, childText, parseXml, rootElement } from './xml-dom';

const DIA = REFERRAL_NS.dialog11;
const FK1 = NS.felleskomponent1;
const MH = NS.msgHead;

const DATE = String.raw`(\d{1,2})\.(\d{1,2})\.(\d{4})`;

function isoDate(match: RegExpMatchArray | null, offset = 1): string | undefined {
  if (!match) return undefined;
  const day = match[offset] ?? '';
  const month = match[offset + 1] ?? '';
  const year = match[offset + 2] ?? '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function readPeople(parent: Element): ParsedDialogNote['people'] {
  const people: ParsedDialogNote['people'] = [];
  for (const roles of childElements(parent, DIA, 'RollerRelatertNotat')) {
    const role = codedChild(roles, DIA, 'RoleToPatient') ?? codedChild(roles, DIA, 'RolleNotat');
    const person = childElement(roles, DIA, 'HealthcareProfessional') ?? childElement(roles, DIA, 'Person');
    if (!person) continue;
    const name = ['GivenName', 'MiddleName', 'FamilyName']
      .map((part) => childText(person, DIA, part))
      .filter((part) => part !== undefined && part !== '')
      .join(' ');
    const entry: ParsedDialogNote['people'][number] = { name };
    if (role) entry.role = role.displayName ?? role.code;
    const hpr = childElements(person, DIA, 'Ident').find(
      (ident) => childElement(ident, FK1, 'TypeId')?.getAttribute('V') === 'HPR',
    );
    const hprNummer = hpr ? childText(hpr, FK1, 'Id') : undefined;
    if (hprNummer !== undefined) entry.hprNummer = hprNummer;
    const phone = childElements(person, DIA, 'TeleCom')
      .map((telecom) => childElement(telecom, FK1, 'TeleAddress')?.getAttribute('V') ?? '')
      .find((url) => url.startsWith('tel:'));
    if (phone !== undefined) entry.phone = phone.slice('tel:'.length);
    people.push(entry);
  }
  return people;
}

function readNote(element: Element): ParsedDialogNote {
  const isNote = element.localName === 'Notat';
  const topic = codedChild(element, DIA, isNote ? 'TemaKodet' : 'TypeForesp');
  const note: ParsedDialogNote = {
    kind: isNote ? 'notat' : 'foresporsel',
    topic: { code: topic?.code ?? '' },
    people: readPeople(element),
  };
  if (topic?.system !== undefined) note.topic.system = topic.system;
  if (topic?.displayName !== undefined) note.topic.displayName = topic.displayName;
  const title = childText(element, DIA, isNote ? 'Tema' : 'EmneSporsmal');
  if (title !== undefined) note.title = title;
  const text = readableText(childElement(element, DIA, isNote ? 'TekstNotatInnhold' : 'Sporsmal'));
  if (text !== undefined) note.text = text;
  const date = childText(element, DIA, isNote ? 'DatoNotat' : 'FraDato');
  if (date !== undefined) note.date = date;
  return note;
}

/** The assessment in a Status på henvisning note's text (our wording and the official example's). */
function readAssessment(note: ParsedDialogNote): NonNullable<ParsedDialogmelding['assessment']> {
  const text = note.text ?? '';
  const assessment: NonNullable<ParsedDialogmelding['assessment']> = { status: note.topic.code };
  const statusText = note.topic.displayName ?? STATUS_VURDERING[note.topic.code as keyof typeof STATUS_VURDERING];
  if (statusText !== undefined) assessment.statusText = statusText;
  if (/ikke\s+rett\s+til\s+nødvendig\s+helsehjelp/i.test(text)) assessment.rightToNecessaryCare = false;
  else if (/rett\s+til\s+nødvendig\s+helsehjelp/i.test(text)) assessment.rightToNecessaryCare = true;
  else if (note.topic.code === '1' || note.topic.code === '2') assessment.rightToNecessaryCare = true;
  const received = isoDate(text.match(new RegExp(`(?:henvisning\\s+mott?att)[:\\s]+${DATE}`, 'i')));
  if (received) assessment.receivedOn = received;
  const assessed = isoDate(text.match(new RegExp(`(?:vurdert)[:\\s]+${DATE}`, 'i')));
  if (assessed) assessment.assessedOn = assessed;
  const deadline = isoDate(text.match(new RegExp(`frist[^\\n\\d]*${DATE}`, 'i')));
  if (deadline) assessment.deadline = deadline;
  const time = text.match(new RegExp(`Tid:\\s*${DATE}(?:,?\\s*(?:klokken|kl\\.?)\\s*(\\d{1,2})[:.](\\d{2}))?`, 'i'));
  const day = isoDate(time);
  if (time && day) {
    const clock = time[4] !== undefined ? `T${time[4].padStart(2, '0')}:${time[5] ?? '00'}` : '';
    const place = text.match(/Sted:\s*(.+)/i)?.[1]?.trim();
    assessment.appointment = { start: `${day}${clock}`, ...(place ? { place } : {}) };
  }
  return assessment;
}

/**
 * Parses a Dialogmelding v1.1 message (any DIALOG_* type) into ParsedDialogmelding. Throws MessageFormatError when
 * it is not a MsgHead with a Dialogmelding payload.
 */
export function parseDialogmelding(xml: string): ParsedDialogmelding {
  const head = parseMsgHead(xml);
  const payload = head.payloads[0];
  if (!payload || payload.namespaceURI !== DIA || payload.localName !== 'Dialogmelding') {
    throw new MessageFormatError('MsgHead inneholder ingen Dialogmelding v1.1.');
  }
  const root = rootElement(parseXml(xml));
  const info = childElement(root, MH, 'MsgInfo');
  const notes = childElements(payload)
    .filter((element) => element.namespaceURI === DIA && ['Notat', 'Foresporsel'].includes(element.localName ?? ''))
    .map(readNote);
  const parsed: ParsedDialogmelding = {
    msgType: head.type.code,
    msgId: head.msgId,
    genDate: head.genDate,
    sender: { organisationName: head.sender.name },
    receiver: { organisationName: head.receiver.name },
    copyReceivers: [],
    patient: {},
    notes,
    attachments: readAttachments(root),
    signed: head.signed,
  };
  if (head.type.displayName !== undefined) parsed.msgTypeText = head.type.displayName;
  if (head.conversationRef) parsed.conversationRef = head.conversationRef;
  if (head.sender.herId !== undefined) parsed.sender.herId = head.sender.herId;
  if (head.receiver.herId !== undefined) parsed.receiver.herId = head.receiver.herId;
  const senderDepartment = readDepartment(info ? childElement(info, MH, 'Sender') : undefined);
  if (senderDepartment) parsed.sender.department = senderDepartment;
  const receiverDepartment = readDepartment(info ? childElement(info, MH, 'Receiver') : undefined);
  if (receiverDepartment) parsed.receiver.department = receiverDepartment;
  for (const other of info ? childElements(info, MH, 'OtherReceiver') : []) {
    const organisation = childElement(other, MH, 'Organisation');
    if (!organisation) continue;
    const herIdent = childElements(organisation, MH, 'Ident').find(
      (ident) => childElement(ident, MH, 'TypeId')?.getAttribute('V') === 'HER',
    );
    const herId = herIdent ? childText(herIdent, MH, 'Id') : undefined;
    parsed.copyReceivers.push({
      organisationName: childText(organisation, MH, 'OrganisationName') ?? '',
      ...(herId !== undefined ? { herId } : {}),
    });
  }
  if (head.patient) {
    const { address: _address, ...patient } = head.patient;
    parsed.patient = patient;
  }
  const statusNote = notes.find((note) => note.kind === 'notat' && note.topic.system === REFERRAL_OID.statusVurdering);
  if (statusNote ?? (head.type.code === 'DIALOG_STATUS_HENVISNING' && notes[0])) {
    parsed.assessment = readAssessment(statusNote ?? (notes[0] as ParsedDialogNote));
  }
  return parsed;
}
