/**
 * Builds Dialogmelding v1.1 "Status på henvisning" (HIS 1206:2018, HIS 80603:2017) in its MsgHead envelope: the
 * specialist service's answer after assessing a henvisning. Element order follows dialogmelding-v1.1.xsd. The
 * profile allows only TemaKodet and TekstNotatInnhold in the Notat, so the assessment is written as text in the
 * form the official example and Helsedirektoratet's letter templates use.
 */
import type { Document, Element } from '@xmldom/xmldom';
import {
  REFERRAL_MESSAGE_TYPES,
  REFERRAL_NS,
  REFERRAL_OID,
  ROLLE_TIL_PASIENT,
  STATUS_VURDERING,
} from './henvisning.codes';
import { buildEnvelope, telUrl } from './henvisning.msghead';
import type { ReferralAssessment, StatusPaHenvisningInput } from './dialogmelding.types';
import { MessageInputError } from './message-errors';
import { NS } from './namespaces';
import { addCoded, addElement, createDocument, rootElement, serializeDocument } from './xml-dom';

const DIA = REFERRAL_NS.dialog11;
const FK1 = NS.felleskomponent1;
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** YYYY-MM-DD → DD.MM.YYYY, as Norwegian letters write dates. */
export function norwegianDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** The assessment as the lines of TekstNotatInnhold (read back by dialogmelding.parser.ts). */
export function assessmentText(assessment: ReferralAssessment): string {
  const lines: string[] = [];
  lines.push(`Henvisning mottatt: ${norwegianDate(assessment.receivedOn)}`);
  lines.push(`Henvisningen er vurdert: ${norwegianDate(assessment.assessedOn)}`);
  lines.push(
    assessment.rightToNecessaryCare
      ? 'Pasienten har rett til nødvendig helsehjelp i spesialisthelsetjenesten.'
      : 'Pasienten har ikke rett til nødvendig helsehjelp i spesialisthelsetjenesten.',
  );
  if (assessment.deadline) lines.push(`Frist for nødvendig helsehjelp: ${norwegianDate(assessment.deadline)}`);
  if (assessment.appointment) {
    const [date, time] = assessment.appointment.start.split('T');
    lines.push(`Tid: ${norwegianDate(date ?? '')}, klokken ${(time ?? '').slice(0, 5)}`);
    if (assessment.appointment.place) lines.push(`Sted: ${assessment.appointment.place}`);
  }
  if (assessment.text?.trim()) lines.push('', assessment.text.trim());
  return lines.join('\n');
}

function checkRules(input: StatusPaHenvisningInput): void {
  const { assessment } = input;
  if (!input.assessor.familyName.trim() || !input.assessor.phone.trim()) {
    throw new MessageInputError('Navn og telefon til den som vurderte henvisningen må være med (HIS 1206 §4.2.1).');
  }
  if (assessment.status === '4' && !assessment.text?.trim()) {
    throw new MessageInputError('Ved avslag skal det alltid følge med en begrunnelse (HIS 1206 §4.2).');
  }
  if (assessment.status === '1' && !assessment.appointment) {
    throw new MessageInputError('Status 1 "Innkalles til helsehjelp" må ha tid for timen.');
  }
  if (assessment.deadline && !assessment.rightToNecessaryCare) {
    throw new MessageInputError('Frist for nødvendig helsehjelp gis bare når pasienten har rett til helsehjelp.');
  }
}

function addPhone(parent: Element, phone: string): void {
  const telecom = addElement(parent, DIA, 'TeleCom');
  addElement(telecom, FK1, 'fk1:TeleAddress').setAttribute('V', telUrl(phone));
}

/** The bare Dialogmelding document with one Notat. */
export function buildStatusPaHenvisning(input: StatusPaHenvisningInput): Document {
  const doc = createDocument(DIA, 'Dialogmelding');
  const root = rootElement(doc);
  root.setAttributeNS(XMLNS, 'xmlns:fk1', FK1);
  const notat = addElement(root, DIA, 'Notat');
  addCoded(notat, DIA, 'TemaKodet', {
    code: input.assessment.status,
    displayName: STATUS_VURDERING[input.assessment.status],
    system: REFERRAL_OID.statusVurdering,
  });
  addElement(notat, DIA, 'TekstNotatInnhold', assessmentText(input.assessment));

  const roles = addElement(notat, DIA, 'RollerRelatertNotat');
  addCoded(roles, DIA, 'RoleToPatient', {
    code: '21',
    displayName: ROLLE_TIL_PASIENT['21'],
    system: REFERRAL_OID.rolleTilPasient,
  });
  if (input.unit) {
    const unit = addElement(roles, DIA, 'TilknyttetEnhet');
    const organisation = addElement(unit, DIA, 'Kontaktenhet');
    addElement(organisation, FK1, 'fk1:OrganisationName', input.unit.name);
    const ident = addElement(organisation, FK1, 'fk1:Ident');
    addElement(ident, FK1, 'fk1:Id', input.unit.herId ?? input.sender.department?.herId ?? input.sender.herId);
    addCoded(ident, FK1, 'fk1:TypeId', { code: 'HER', displayName: 'HER-id', system: REFERRAL_OID.organisationIdType });
    if (input.unit.phone !== undefined) {
      const telecom = addElement(organisation, FK1, 'fk1:TeleCom');
      addElement(telecom, FK1, 'fk1:TeleAddress').setAttribute('V', telUrl(input.unit.phone));
    }
  }
  const professional = addElement(roles, DIA, 'HealthcareProfessional');
  addElement(professional, DIA, 'FamilyName', input.assessor.familyName);
  addElement(professional, DIA, 'GivenName', input.assessor.givenName);
  if (input.assessor.hprNummer !== undefined) {
    const ident = addElement(professional, DIA, 'Ident');
    addElement(ident, FK1, 'fk1:Id', input.assessor.hprNummer);
    addCoded(ident, FK1, 'fk1:TypeId', { code: 'HPR', displayName: 'HPR-nummer', system: REFERRAL_OID.personIdType });
  }
  addPhone(professional, input.assessor.phone);
  return doc;
}

/**
 * The complete "Status på henvisning" message (MsgHead MsgInfo/Type DIALOG_STATUS_HENVISNING) as UTF-8 XML text.
 * Throws MessageInputError when the profile's rules are broken (no begrunnelse on avslag, no assessor phone, ...).
 */
export function buildStatusPaHenvisningMessage(input: StatusPaHenvisningInput): string {
  checkRules(input);
  return serializeDocument(
    buildEnvelope(
      {
        type: { code: 'DIALOG_STATUS_HENVISNING', displayName: REFERRAL_MESSAGE_TYPES.DIALOG_STATUS_HENVISNING },
        msgId: input.msgId,
        genDate: input.genDate,
        conversationRef: input.conversationRef,
        sender: input.sender,
        receiver: input.receiver,
        ...(input.otherReceivers ? { otherReceivers: input.otherReceivers } : {}),
        patient: input.patient,
      },
      buildStatusPaHenvisning(input),
    ),
  );
}
