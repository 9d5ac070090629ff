/**
 * Addressing RF's messages back to a clinic: the receiver is the party that sent the request, as it described
 * itself (HIS 3004:2018 §6.1 lists what M9.6 carries), and ConversationRef ties the answer to the request
 * (HIS 80601, ConversationRef).
 */
import { SEX, type SexCode } from '../../../electron/integrations/messages/code-lists';
import type {
  MsgHeadInput,
  MsgHeadPatient,
  ParsedMsgHead,
  ParsedParty,
  ParsedPatient,
  Party,
  PatientIdent,
} from '../../../electron/integrations/messages/msghead.types';
import { RESEPTFORMIDLER } from '../rf-identity';

const PATIENT_ID_TYPES: ReadonlyArray<PatientIdent['type']> = ['FNR', 'DNR', 'FHN'];

export function replyParty(party: ParsedParty): Party {
  const reply: Party = { name: party.name, herId: party.herId ?? '' };
  if (party.organisationNumber !== undefined) reply.organisationNumber = party.organisationNumber;
  if (party.address !== undefined) reply.address = party.address;
  if (party.phone !== undefined) reply.phone = party.phone;
  const professional = party.professional;
  if (professional?.hprNummer !== undefined) {
    reply.professional = {
      hprNummer: professional.hprNummer,
      familyName: professional.familyName ?? '',
      givenName: professional.givenName ?? '',
    };
    if (professional.middleName !== undefined) reply.professional.middleName = professional.middleName;
    if (professional.herId !== undefined) reply.professional.herId = professional.herId;
  }
  return reply;
}

export function replyPatient(patient: ParsedPatient | undefined): MsgHeadPatient | undefined {
  if (!patient) return undefined;
  const reply: MsgHeadPatient = { familyName: patient.familyName ?? '', givenName: patient.givenName ?? '' };
  if (patient.middleName !== undefined) reply.middleName = patient.middleName;
  const ident = patient.ident;
  if (ident && (PATIENT_ID_TYPES as readonly string[]).includes(ident.type)) {
    reply.ident = { id: ident.id, type: ident.type as PatientIdent['type'] };
  }
  if (patient.dateOfBirth !== undefined) reply.dateOfBirth = patient.dateOfBirth;
  if (patient.sex !== undefined && patient.sex in SEX) reply.sex = patient.sex as SexCode;
  if (patient.address !== undefined) reply.address = patient.address;
  return reply;
}

export interface ReplyOptions {
  msgId: string;
  genDate: string;
  /** Carry the request's patient into the answer (M9.6, M6: HIS 3004:2018 §6.1, R1308 §4.1.1). */
  withPatient?: boolean;
}

/** The envelope of RF's answer to `request`. */
export function replyEnvelope(request: ParsedMsgHead, options: ReplyOptions): Omit<MsgHeadInput, 'type'> {
  const envelope: Omit<MsgHeadInput, 'type'> = {
    msgId: options.msgId,
    genDate: options.genDate,
    sender: RESEPTFORMIDLER,
    receiver: replyParty(request.sender),
    conversationRef: {
      refToParent: request.msgId,
      refToConversation: request.conversationRef?.refToConversation ?? request.msgId,
    },
  };
  const patient = options.withPatient ? replyPatient(request.patient) : undefined;
  if (patient) envelope.patient = patient;
  return envelope;
}
