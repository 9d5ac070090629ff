/**
 * The Henvisning v2.0 message of a referral, from what we store: the content the doctor signed, the patient and the
 * clinic as they are now, the recipient as the register names it. Built and signed by the messages layer
 * (henvisning.builder.ts); this file only maps our records onto HenvisningInput.
 */
import type { ClinicRow, PatientRow, UserRow } from '../../../db/schema';
import type { AddressRegisterRow, ReferralMessageKind } from '../../../db/schema-referrals';
import type { ReferralContent } from '../../../shared/schemas/referral.schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import { buildHenvisningMessage } from '../../integrations/messages/henvisning.builder';
import type {
  HenvisningInput,
  HenvisningKind,
  HenvisningPatient,
  InterpreterNeed,
} from '../../integrations/messages/henvisning.types';
import type { SigningKey } from '../../integrations/messages/xmldsig.signer';
import { messagePatient } from '../prescriptions/prescription-messages';
import { ServiceError } from '../service-error';

export const ReferralMessageErrorCode = {
  noNationalId: 'REFERRAL_PATIENT_WITHOUT_NATIONAL_ID',
  unknownRecipient: 'REFERRAL_UNKNOWN_RECIPIENT',
} as const;

/** Kodeverk 3303 Språk for the languages a Norwegian GP meets most; other languages go as text in Merknad. */
const LANGUAGES: Readonly<Record<string, string>> = {
  albansk: 'SQ',
  amharisk: 'AM',
  arabisk: 'AR',
  bosnisk: 'BS',
  engelsk: 'EN',
  estisk: 'ET',
  fransk: 'FR',
  hindi: 'HI',
  kinesisk: 'ZH',
  kroatisk: 'HR',
  kurdisk: 'KU',
  latvisk: 'LV',
  litauisk: 'LT',
  nordsamisk: 'SE',
  samisk: 'SE',
  pashto: 'PS',
  polsk: 'PL',
  rumensk: 'RO',
  russisk: 'RU',
  serbisk: 'SR',
  somali: 'SO',
  somalisk: 'SO',
  spansk: 'ES',
  swahili: 'SW',
  tagalog: 'TL',
  tamil: 'TA',
  thai: 'TH',
  tyrkisk: 'TR',
  tysk: 'DE',
  ukrainsk: 'UK',
  urdu: 'UR',
  vietnamesisk: 'VI',
};

export function interpreterNeed(language: string): InterpreterNeed {
  const code = LANGUAGES[language.trim().toLowerCase()];
  return code
    ? { language: { code, displayName: language.trim().toUpperCase() } }
    : { note: `Behov for tolk: ${language.trim() || 'språk ikke oppgitt'}` };
}

export function splitName(displayName: string): { givenName: string; familyName: string } {
  const parts = displayName.trim().split(/\s+/);
  const familyName = parts.length > 1 ? (parts.pop() ?? displayName) : displayName;
  return { givenName: parts.join(' ') || displayName, familyName };
}

const KIND: Record<ReferralMessageKind, HenvisningKind> = {
  ny: 'ny',
  endring: 'endring',
  kansellering: 'annullering',
};

export interface ReferralMessageParts {
  msgId: string;
  genDate: string;
  kind: ReferralMessageKind;
  documentId: string;
  issueDate: string;
  conversationRef?: { refToConversation: string; refToParent: string };
  reason?: string;
  content: ReferralContent;
  clinic: ClinicRow;
  doctor: UserRow;
  patient: PatientRow;
  recipient: AddressRegisterRow;
  copyRecipients: readonly AddressRegisterRow[];
  attachments?: readonly { title: string; mimeType: string; base64: string }[];
}

function henvisningPatient(patient: PatientRow, content: ReferralContent): HenvisningPatient {
  const base = messagePatient(patient);
  if (!base.ident) {
    throw new ServiceError(
      ReferralMessageErrorCode.noNationalId,
      'Pasienten har verken fødselsnummer, D-nummer eller felles hjelpenummer, så henvisningen kan ikke sendes elektronisk. Skriv den ut som brev.',
    );
  }
  const phone = patient.mobile_phone ?? patient.other_phone;
  return {
    familyName: base.familyName,
    givenName: base.givenName,
    ...(base.middleName ? { middleName: base.middleName } : {}),
    ident: base.ident,
    sex: patient.sex === 'female' ? '2' : patient.sex === 'male' ? '1' : '0',
    dateOfBirth: patient.birth_date,
    ...(base.address
      ? {
          address: {
            ...(base.address.streetAddress ? { streetAddress: base.address.streetAddress } : {}),
            ...(base.address.postalCode ? { postalCode: base.address.postalCode } : {}),
            ...(base.address.city ? { city: base.address.city } : {}),
          },
        }
      : {}),
    ...(phone ? { phone } : {}),
    ...(content.nextOfKin.length > 0
      ? {
          nextOfKin: content.nextOfKin.map((k, i) => ({
            ...splitName(k.name),
            ...(k.phone ? { phone: k.phone } : {}),
            closest: i === 0,
          })),
        }
      : {}),
    ...(content.interpreter.needed ? { interpreter: interpreterNeed(content.interpreter.language) } : {}),
  };
}

export function henvisningInput(p: ReferralMessageParts): HenvisningInput {
  const c = p.content;
  if (!c.hastegrad || !c.purpose) {
    throw new ServiceError(ErrorCode.invalidInput, 'Henvisningen mangler hastegrad eller formål.');
  }
  const doctorName = splitName(p.doctor.display_name);
  const recipient = p.recipient;
  const cave = c.cave
    .map((x) => [x.text, x.reaction && `reaksjon: ${x.reaction}`, x.severity].filter(Boolean).join(', '))
    .join('\n');
  return {
    msgId: p.msgId,
    genDate: p.genDate,
    kind: KIND[p.kind],
    referralId: p.documentId,
    issueDate: p.issueDate,
    ...(p.conversationRef ? { conversationRef: p.conversationRef } : {}),
    ...(p.reason ? { reason: p.reason } : {}),
    sender: {
      clinicName: p.clinic.name,
      organisationNumber: p.clinic.organisation_number,
      herId: p.clinic.her_id,
      doctor: { ...doctorName, hprNummer: p.doctor.hpr_number ?? '' },
    },
    receiver: {
      organisationName: recipient.name,
      herId: recipient.parent_her_id ?? recipient.her_id,
      ...(recipient.parent_her_id
        ? { department: { name: recipient.department ?? recipient.name, herId: recipient.her_id } }
        : {}),
    },
    patient: henvisningPatient(p.patient, c),
    hastegrad: c.hastegrad,
    assessRights: c.rightsAssessment,
    problemstilling: c.problemstilling,
    requested: c.purpose,
    ...(c.askedFor ? { requestedText: c.askedFor } : {}),
    // Kodeverk 7110 writes ICD-10 codes without the dot (S832, not S83.2), as the journal's code list does.
    diagnoses: c.diagnoses.map((d) => ({
      system: d.system,
      code: d.system === 'ICD-10' ? d.code.replace('.', '') : d.code,
      text: d.text || d.code,
    })),
    ...(c.history ? { history: c.history } : {}),
    ...(c.findings ? { findings: c.findings } : {}),
    ...(c.medicines.length > 0
      ? {
          medicines: c.medicines.map((m) => ({
            name: m.name,
            ...(m.dosing ? { dosageText: m.dosing } : {}),
            ...(m.atc ? { atc: m.atc } : {}),
          })),
        }
      : {}),
    ...(cave ? { cave } : {}),
    ...(c.criticalInfo ? { criticalInfo: [c.criticalInfo] } : {}),
    ...(p.attachments && p.attachments.length > 0 ? { attachments: [...p.attachments] } : {}),
    ...(p.copyRecipients.length > 0
      ? {
          copyRecipients: p.copyRecipients.map((r) => ({
            name: [r.name, r.department].filter(Boolean).join(', '),
            herId: r.her_id,
          })),
        }
      : {}),
  };
}

/** The signed MsgHead document, ready for the outbox. */
export function signedHenvisning(p: ReferralMessageParts, key: SigningKey): string {
  return buildHenvisningMessage(henvisningInput(p), { signer: key });
}
