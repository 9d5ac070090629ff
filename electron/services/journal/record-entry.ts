/**
 * A signed journal entry written by another service inside its own transaction: a sent henvisning, a filed
 * epikrise. The journal must show what was sent and received on the patient's behalf (pasientjournalforskriften
 * § 8), and the entry is part of the same transaction as the clinical change it records, so the two cannot part.
 */
import type { Transaction } from 'kysely';
import { indexNoteText } from '../../../db/repositories/journal-search.repository';
import { insertEncounter, insertNote, insertVersion } from '../../../db/repositories/journal.repository';
import type { Database } from '../../../db/schema';
import type { ContactType } from '../../../shared/schemas/journal.schema';
import { recordAudit } from '../audit/audit.service';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { ServiceError } from '../service-error';
import { ErrorCode } from '../../../shared/api/error-codes';

export interface SignedEntry {
  patientId: string;
  contactType: ContactType;
  /** When it happened; defaults to ctx.now. */
  occurredAt?: string;
  /** The entry's headline in the timeline, e.g. "Henvisning til Ortopedisk poliklinikk". */
  reasonForContact: string;
  anamnese?: string;
  funn?: string;
  vurdering?: string;
  tiltak?: string;
  appointmentId?: string | null;
  /** The audit action, e.g. 'referral.send' or 'inbox.file'. */
  auditAction: string;
  auditDetail?: Record<string, unknown>;
}

/** Writes encounter, note and one signed version, indexes the text for journal search, and audits. */
export async function recordSignedEntry(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  entry: SignedEntry,
): Promise<{ noteId: string; encounterId: string }> {
  const userId = ctx.user.id;
  if (!userId) throw new ServiceError(ErrorCode.forbidden, 'Bare en innlogget bruker kan skrive i journalen.');
  const at = ctx.now.toISOString();
  const occurredAt = entry.occurredAt ? new Date(entry.occurredAt).toISOString() : at;
  const encounterId = newId();
  const noteId = newId();
  const versionId = newId();
  await insertEncounter(trx, {
    id: encounterId,
    patient_id: entry.patientId,
    occurred_at: occurredAt,
    contact_type: entry.contactType,
    clinician_id: userId,
    appointment_id: entry.appointmentId ?? null,
    created_at: at,
  });
  const texts = {
    reason_for_contact: entry.reasonForContact,
    anamnese: entry.anamnese ?? '',
    funn: entry.funn ?? '',
    vurdering: entry.vurdering ?? '',
    tiltak: entry.tiltak ?? '',
  };
  const rowid = await indexNoteText(trx, entry.patientId, null, Object.values(texts).join('\n'));
  await insertNote(trx, {
    id: noteId,
    patient_id: entry.patientId,
    encounter_id: encounterId,
    status: 'signert',
    current_version_id: versionId,
    draft_version_id: null,
    occurred_at: occurredAt,
    contact_type: entry.contactType,
    author_id: userId,
    main_diagnosis: null,
    search_rowid: rowid,
    created_at: at,
    updated_at: at,
  });
  await insertVersion(trx, {
    id: versionId,
    note_id: noteId,
    version: 1,
    kind: 'original',
    ...texts,
    change_reason: null,
    author_id: userId,
    created_at: at,
    saved_at: at,
    signed_at: at,
    signed_by: userId,
  });
  await recordAudit(trx, ctx, {
    action: entry.auditAction,
    patientId: entry.patientId,
    entityType: 'journal_note',
    entityId: noteId,
    ...(entry.auditDetail ? { detail: entry.auditDetail } : {}),
  });
  return { noteId, encounterId };
}
