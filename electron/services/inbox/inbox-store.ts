/**
 * Store-and-match: the one path every incoming document takes, from the CLI import and from the delivery worker
 * alike, inside the caller's transaction. A document is stored once per MsgId; it is matched to a patient only by
 * the identity number it carries (never by name and birth date alone: a document in the wrong journal is worse
 * than one in the queue) and to a referral by the MsgHead ConversationRef that names our henvisning's MsgId.
 */
import type { Transaction } from 'kysely';
import {
  findIncomingDocumentByMsgId,
  insertIncomingDocument,
  patientsByBirthDateAndName,
  referralPatientOf,
  referralIdOfOutgoingMessage,
} from '../../../db/repositories/incoming-documents.repository';
import { findPatientById, findPatientByIdentityNumber } from '../../../db/repositories/patients.repository';
import type { Database, PatientRow } from '../../../db/schema';
import type { IncomingDocumentRow } from '../../../db/schema-inbox';
import type { InboxKind, InboxStatus, InboxStoreResult } from '../../../shared/api/inbox-views';
import type { ValidationResult } from '../../integrations/messages/xsd-validator';
import { recordAudit } from '../audit/audit.service';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import type { IncomingMessage, MessagePatient } from './message-reader';

export interface IncomingToStore {
  message: IncomingMessage;
  xml: string;
  validation: ValidationResult;
  source: 'helsenett' | 'import';
  /** A MsgId the transport says this answers (the delivery worker's inReplyTo), tried after the ConversationRef. */
  inReplyTo?: string | null;
}

/** Kodeverk 8116 id types a patient can be found by, with the words for the reason text. */
const IDENT_WORDS: Record<string, string> = {
  FNR: 'fødselsnummer',
  DNR: 'D-nummer',
  HNR: 'H-nummer',
  FHN: 'felles hjelpenummer',
};

type PatientMatch = { patient: PatientRow; reason: null } | { patient: null; reason: string };

async function resolveMerged(trx: Transaction<Database>, row: PatientRow): Promise<PatientRow> {
  // A merged H-nummer record points to the real one (patient-merge.service.ts); follow at most a few links.
  let current = row;
  for (let i = 0; i < 5 && current.merged_into_id; i++) {
    const next = await findPatientById(trx, current.merged_into_id);
    if (!next) break;
    current = next;
  }
  return current;
}

export async function matchPatient(trx: Transaction<Database>, p: MessagePatient): Promise<PatientMatch> {
  if (p.ident) {
    const words = IDENT_WORDS[p.identType ?? ''] ?? 'identitetsnummer';
    const row = await findPatientByIdentityNumber(trx, p.ident);
    if (row) return { patient: await resolveMerged(trx, row), reason: null };
    return { patient: null, reason: `Fant ingen pasient med ${words} ${p.ident}.` };
  }
  if (p.birthDate && p.familyName) {
    const candidates = await patientsByBirthDateAndName(trx, p.birthDate.slice(0, 10), p.familyName);
    const who = `etternavn ${p.familyName} og fødselsdato ${p.birthDate.slice(0, 10)}`;
    if (candidates.length > 1) {
      return {
        patient: null,
        reason: `Meldingen har ikke fødselsnummer, og flere pasienter har ${who}. Velg riktig pasient.`,
      };
    }
    if (candidates.length === 1) {
      return {
        patient: null,
        reason: `Meldingen har ikke fødselsnummer. Én pasient har ${who}; bekreft at det er riktig pasient.`,
      };
    }
    return { patient: null, reason: `Meldingen har ikke fødselsnummer, og ingen pasient har ${who}.` };
  }
  return { patient: null, reason: 'Meldingen oppgir ingen pasient (verken fødselsnummer eller navn og fødselsdato).' };
}

function resultOf(row: IncomingDocumentRow, stored: boolean): InboxStoreResult {
  return {
    id: row.id,
    msgId: row.msg_id,
    kind: row.kind as InboxKind,
    status: row.status as InboxStatus,
    stored,
    patientId: row.patient_id,
    referralId: row.referral_id,
    unmatchedReason: row.unmatched_reason,
    schemaErrors: row.schema_errors ? (JSON.parse(row.schema_errors) as string[]) : [],
  };
}

/**
 * Stores `incoming` (or recognises it as already stored) and matches it, auditing the receipt with the patient.
 * Uses only `trx`; safe to run again after a rollback.
 */
export async function storeIncoming(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  incoming: IncomingToStore,
): Promise<InboxStoreResult> {
  const { message } = incoming;
  const existing = await findIncomingDocumentByMsgId(trx, message.msgId);
  if (existing) return resultOf(existing, false);

  const match = await matchPatient(trx, message.patient);
  const refs = [message.refToParent, message.refToConversation, incoming.inReplyTo ?? null, ...message.otherRefs];
  let referralId =
    (await referralIdOfOutgoingMessage(
      trx,
      refs.filter((r): r is string => r !== null && r !== ''),
    )) ?? null;

  let patientId = match.patient?.id ?? null;
  let reason = match.reason;
  if (message.kind === 'apprec') {
    // An AppRec names no patient (HIS 80415): it concerns the message it answers, so it follows that referral.
    patientId = referralId ? await referralPatientOf(trx, referralId) : null;
    reason = patientId ? null : 'Kvitteringen gjelder ingen henvisning Allmenn har sendt.';
  }
  if (patientId !== null && referralId !== null) {
    const referralPatient = await referralPatientOf(trx, referralId);
    if (referralPatient !== null && referralPatient !== patientId) {
      // The message and our referral disagree about who it is about: a person must decide, and until then it must
      // not move the referral on (vurdert, epikrise mottatt). Its references stay on the row for that person.
      patientId = null;
      referralId = null;
      reason = 'Pasienten i meldingen er ikke pasienten i henvisningen den svarer på. Kontroller og velg pasient.';
    }
  }
  const schemaErrors = incoming.validation.valid ? null : incoming.validation.errors;
  const status: InboxStatus = schemaErrors ? 'ugyldig' : patientId ? 'til_behandling' : 'uavklart';
  const at = ctx.now.toISOString();
  const row: IncomingDocumentRow = {
    id: newId(),
    msg_id: message.msgId,
    kind: message.kind,
    msg_type: message.msgType,
    standard_version: message.standardVersion,
    title: message.content.title,
    received_at: at,
    source: incoming.source,
    document_date: message.genDate,
    sender_name: message.sender.name,
    sender_her_id: message.sender.herId,
    sender_person: message.sender.person,
    patient_ident: message.patient.ident,
    patient_ident_type: message.patient.identType,
    patient_name: message.patient.name,
    ref_to_parent: message.refToParent,
    ref_to_conversation: message.refToConversation,
    patient_id: patientId,
    referral_id: referralId,
    status,
    unmatched_reason: patientId ? null : reason,
    schema_errors: schemaErrors ? JSON.stringify(schemaErrors) : null,
    content_json: JSON.stringify(message.content),
    raw_xml: incoming.xml,
    assessed_at: referralId ? message.facts.assessedAt : null,
    frist_date: message.facts.frist,
    right_to_care: message.facts.rightToCare === null ? null : message.facts.rightToCare ? 1 : 0,
    appointment_at: message.facts.appointmentAt,
    matched_by: null,
    matched_at: patientId ? at : null,
    filed_by: null,
    filed_at: null,
    journal_note_id: null,
    updated_at: at,
  };
  if (!(await insertIncomingDocument(trx, row))) {
    // Another writer stored the same MsgId between our look-up and insert: theirs stands.
    const winner = await findIncomingDocumentByMsgId(trx, message.msgId);
    if (winner) return resultOf(winner, false);
  }
  await recordAudit(trx, ctx, {
    action: 'inbox.receive',
    ...(patientId ? { patientId } : {}),
    entityType: 'incoming_document',
    entityId: row.id,
    detail: { kind: row.kind, source: row.source, status, msgId: row.msg_id, referralId },
  });
  return resultOf(row, true);
}
