/**
 * The service's answers to a henvisning, built from the henvisning as received: the Status på henvisning
 * (Dialogmelding v1.1, HIS 1206:2018) with the rettighetsvurdering, frist and appointment, and the Epikrise v1.2 to
 * the referrer and to each copy recipient. The service answers as the organisation and department the henvisning
 * was addressed to (it plays every specialist service).
 */
import {
  buildStatusPaHenvisningMessage,
  norwegianDate,
} from '../../../electron/integrations/messages/dialogmelding.builder';
import type { ReferralAssessment } from '../../../electron/integrations/messages/dialogmelding.types';
import { buildEpikriseMessage } from '../../../electron/integrations/messages/epikrise.builder';
import type { EpikriseInput } from '../../../electron/integrations/messages/epikrise.types';
import type { EnvelopeOrganisation, EnvelopePatient } from '../../../electron/integrations/messages/henvisning.msghead';
import type { DiagnosisSystem, ParsedHenvisning } from '../../../electron/integrations/messages/henvisning.types';
import type { ParsedMsgHead } from '../../../electron/integrations/messages/msghead.types';
import { ASSESSING_DOCTOR, SERVICE_PHONE } from '../spes-identity';
import { addWorkingDays } from '../../../shared/rules/working-days';

/**
 * Working days from receipt to the frist for necessary care, by 8306 hastegrad. Ordinary: within 10 working days
 * of receipt; "haster" and pakkeforløp for kreft sooner. (The simulator's own choice: a real service sets the frist
 * by the prioriteringsveileder for the specialty.) Øyeblikkelig hjelp ('0') gets no Status på henvisning at all
 * (HIS 1206 §2.2: "benyttes ikke når pasienten har rett til øyeblikkelig helsehjelp").
 */
export const FRIST_WORKING_DAYS: Readonly<Record<string, number>> = { N: 10, '3': 5, PK: 3 };

export function needsAssessment(hastegrad: string): boolean {
  return hastegrad !== '0';
}

/** The assessment for a henvisning received on `receivedOn` (YYYY-MM-DD, Norway). */
export function assessmentFor(
  hastegrad: string,
  receivedOn: string,
  assessedOn: string,
  place: string,
): ReferralAssessment {
  const days = FRIST_WORKING_DAYS[hastegrad] ?? 10;
  const deadline = addWorkingDays(receivedOn, days);
  // The appointment is the working day before the frist (or the frist itself when it is the next day), at 10:00.
  const appointmentDay = addWorkingDays(receivedOn, Math.max(1, days - 1));
  return {
    status: '1',
    rightToNecessaryCare: true,
    receivedOn,
    assessedOn,
    deadline,
    appointment: { start: `${appointmentDay}T10:00`, place },
    text: 'Pasienten er informert om sine rettigheter på helsenorge.no. Ta kontakt på telefon ved spørsmål.',
  };
}

export function serviceOf(
  head: ParsedMsgHead,
  department: { name: string; herId?: string } | undefined,
): EnvelopeOrganisation {
  return {
    name: head.receiver.name,
    herId: head.receiver.herId ?? '',
    ...(department?.herId !== undefined ? { department: { name: department.name, herId: department.herId } } : {}),
  };
}

export function referrerOf(head: ParsedMsgHead, henvisning: ParsedHenvisning): EnvelopeOrganisation {
  const doctor = henvisning.sender.doctor;
  return {
    name: head.sender.name,
    herId: head.sender.herId ?? '',
    ...(doctor?.familyName !== undefined
      ? {
          professional: {
            familyName: doctor.familyName,
            givenName: doctor.givenName ?? '',
            ...(doctor.hprNummer !== undefined ? { hprNummer: doctor.hprNummer } : {}),
            ...(doctor.herId !== undefined ? { herId: doctor.herId } : {}),
          },
        }
      : {}),
  };
}

export function patientOf(henvisning: ParsedHenvisning): EnvelopePatient {
  const { patient } = henvisning;
  const type = patient.ident?.type;
  return {
    familyName: patient.familyName ?? '',
    givenName: patient.givenName ?? '',
    ident: { id: patient.ident?.id ?? '', type: type === 'DNR' || type === 'FHN' ? type : 'FNR' },
    ...(patient.middleName !== undefined ? { middleName: patient.middleName } : {}),
    ...(patient.dateOfBirth !== undefined ? { dateOfBirth: patient.dateOfBirth } : {}),
    ...(patient.sex === '0' || patient.sex === '1' || patient.sex === '2' || patient.sex === '9'
      ? { sex: patient.sex }
      : {}),
  };
}

export interface StatusAnswerInput {
  msgId: string;
  genDate: string;
  head: ParsedMsgHead;
  henvisning: ParsedHenvisning;
  firstMsgId: string;
  assessment: ReferralAssessment;
}

/** HIS 1206 §4.1.1: RefToConversation the first henvisning, RefToParent the latest henvisning message. */
export function buildStatusAnswer(input: StatusAnswerInput): string {
  const { head, henvisning } = input;
  const service = serviceOf(head, henvisning.receiver.department);
  return buildStatusPaHenvisningMessage({
    msgId: input.msgId,
    genDate: input.genDate,
    conversationRef: { refToConversation: input.firstMsgId, refToParent: head.msgId },
    sender: service,
    receiver: referrerOf(head, henvisning),
    patient: patientOf(henvisning),
    assessment: input.assessment,
    assessor: { ...ASSESSING_DOCTOR },
    unit: {
      name: service.department?.name ?? service.name,
      phone: SERVICE_PHONE,
      herId: service.department?.herId ?? service.herId,
    },
  });
}

function diagnosisOf(
  diagnosis: ParsedHenvisning['diagnoses'][number],
): { system: DiagnosisSystem; code: string; text: string } | undefined {
  if (diagnosis.system !== 'ICPC-2' && diagnosis.system !== 'ICD-10') return undefined;
  return { system: diagnosis.system, code: diagnosis.code, text: diagnosis.text ?? diagnosis.code };
}

export interface EpikriseAnswerInput {
  msgId: string;
  genDate: string;
  epikriseId: string;
  head: ParsedMsgHead;
  henvisning: ParsedHenvisning;
  /** When the patient was seen (the appointment, or now). */
  seenAt: string;
}

/** One Epikrise v1.2 (the same content for the referrer and every copy; each copy has its own MsgId). */
export function buildEpikriseAnswer(input: EpikriseAnswerInput): string {
  const { head, henvisning } = input;
  const service = serviceOf(head, henvisning.receiver.department);
  const doctor = henvisning.sender.doctor;
  const diagnoses = henvisning.diagnoses.flatMap((diagnosis) => {
    const mapped = diagnosisOf(diagnosis);
    return mapped ? [mapped] : [];
  });
  const problem = henvisning.problemstilling?.trim() ?? '';
  const epikrise: EpikriseInput = {
    msgId: input.msgId,
    genDate: input.genDate,
    epikriseId: input.epikriseId,
    issueDate: input.genDate,
    approvedAt: input.genDate,
    serviceProvider: {
      name: service.name,
      herId: service.herId,
      ...(service.department ? { department: service.department } : {}),
      person: {
        name: `${ASSESSING_DOCTOR.givenName} ${ASSESSING_DOCTOR.familyName}`,
        id: ASSESSING_DOCTOR.hprNummer,
        idType: 'HPR',
      },
    },
    requester: {
      name: head.sender.name,
      herId: head.sender.herId ?? '',
      ...(doctor?.hprNummer !== undefined
        ? {
            person: {
              name: [doctor.givenName, doctor.familyName].filter(Boolean).join(' '),
              id: doctor.hprNummer,
              idType: 'HPR' as const,
            },
          }
        : {}),
    },
    copyRecipients: henvisning.copyRecipients,
    patient: (() => {
      const patient = patientOf(henvisning);
      return {
        familyName: patient.familyName,
        givenName: patient.givenName,
        ident: patient.ident,
        ...(patient.sex !== undefined ? { sex: patient.sex } : {}),
        ...(patient.dateOfBirth !== undefined ? { dateOfBirth: patient.dateOfBirth } : {}),
      };
    })(),
    ...(diagnoses.length > 0
      ? { referral: { referralId: henvisning.referralId, issueDate: henvisning.issueDate, diagnoses } }
      : {}),
    event: { start: input.seenAt, end: input.seenAt, contactType: '3' },
    diagnoses,
    sections: [
      { heading: 'AH', text: problem === '' ? 'Henvist fra fastlege.' : problem },
      {
        heading: 'FO',
        text: `Pasienten ble undersøkt poliklinisk ${norwegianDate(input.seenAt)}. Klinisk undersøkelse og blodprøver.`,
      },
      { heading: 'VU', text: 'Funn som forventet ut fra henvisningen. Behandlingsplan er lagt.' },
      { heading: 'OP', text: 'Videre oppfølging hos fastlege. Ny henvisning ved forverring.' },
    ],
    medicines: henvisning.medicines.map((medicine) => ({
      name: medicine.name,
      ...(medicine.dosageText !== undefined ? { dosageText: medicine.dosageText } : {}),
      status: '6' as const,
    })),
    ...(henvisning.cave !== undefined ? { cave: henvisning.cave } : {}),
  };
  return buildEpikriseMessage(epikrise);
}
