/**
 * The clinical inbox for the fastlege: list what came in, open a document (read audited with its patient), match
 * an unmatched one to a patient by hand, and file it into the journal with a signature that it was read. Doctors
 * only (PERMISSIONS.clinicalInbox); every read and change is audited in its own transaction. Import of a file runs
 * the same store-and-match path as delivery from Norsk helsenett (inbox-store.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import {
  countIncomingByStatus,
  findIncomingDocument,
  listIncomingDocuments,
  updateIncomingDocumentState,
} from '../../../db/repositories/incoming-documents.repository';
import { findPatientsByIds } from '../../../db/repositories/patients.repository';
import { listUsers } from '../../../db/repositories/users.repository';
import type { Database, PatientRow } from '../../../db/schema';
import type { IncomingDocumentRow } from '../../../db/schema-inbox';
import { ErrorCode } from '../../../shared/api/error-codes';
import {
  INBOX_KIND_LABELS,
  type InboxDocumentView,
  type InboxKind,
  type InboxListView,
  type InboxStatus,
  type InboxStoreResult,
  type ReadableDocument,
} from '../../../shared/api/inbox-views';
import type { InboxFile, InboxListInput, InboxMatch } from '../../../shared/schemas/inbox.schema';
import { inboxListSchema } from '../../../shared/schemas/inbox.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { decodeXmlBytes } from '../../integrations/messages/xml-encoding';
import { createMessageValidator } from '../../integrations/messages/xsd-validator';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { recordSignedEntry } from '../journal/record-entry';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { storeIncoming } from './inbox-store';
import { documentView, itemView } from './inbox-view';
import { readIncomingMessage, UnreadableMessageError } from './message-reader';

export const InboxErrorCode = {
  notMatched: 'INBOX_NOT_MATCHED',
  alreadyFiled: 'INBOX_ALREADY_FILED',
  invalidDocument: 'INBOX_INVALID_DOCUMENT',
  alreadyMatched: 'INBOX_ALREADY_MATCHED',
  changedMeanwhile: 'INBOX_CHANGED_MEANWHILE',
} as const;

/** Only from the state read: a colleague who filed or matched it first wins, and nothing of ours is written. */
async function updateSeen(
  trx: Transaction<Database>,
  seen: Pick<IncomingDocumentRow, 'id' | 'status' | 'updated_at'>,
  patch: Parameters<typeof updateIncomingDocumentState>[2],
): Promise<void> {
  if (!(await updateIncomingDocumentState(trx, seen, patch))) {
    throw new ServiceError(
      InboxErrorCode.changedMeanwhile,
      'Dokumentet ble behandlet av en annen i mellomtiden. Åpne det på nytt.',
    );
  }
}

const ACTIVE: InboxStatus[] = ['uavklart', 'til_behandling', 'ugyldig'];

type Db = Kysely<Database> | Transaction<Database>;

async function lookups(db: Db, rows: readonly { patient_id: string | null }[]) {
  const ids = [...new Set(rows.map((r) => r.patient_id).filter((id): id is string => id !== null))];
  const patients = new Map<string, PatientRow>((await findPatientsByIds(db, ids)).map((p) => [p.id, p]));
  const users = new Map((await listUsers(db)).map((u) => [u.id, u.display_name]));
  return { patients, users };
}

async function requireDocument(db: Db, id: string): Promise<IncomingDocumentRow> {
  const row = await findIncomingDocument(db, id);
  if (!row) throw new ServiceError(ErrorCode.notFound, 'Fant ikke dokumentet i innboksen.');
  return row;
}

/** The journal text of a filed document: what was received, in words, so the journal reads without the inbox. */
function journalText(row: IncomingDocumentRow, content: ReadableDocument): { anamnese: string; funn: string } {
  const parts = content.sections.map((s) => `${s.heading}:\n${s.text}`);
  const funn: string[] = [];
  if (content.diagnoses.length > 0) {
    funn.push(
      `Diagnoser:\n${content.diagnoses.map((d) => `${d.code} ${d.text} (${d.system}${d.role ? `, ${d.role}` : ''})`).join('\n')}`,
    );
  }
  if (content.medicines.length > 0) {
    funn.push(
      `Legemidler:\n${content.medicines
        .map((m) => [m.name, m.dose, m.dosage, m.status].filter(Boolean).join(', '))
        .join('\n')}`,
    );
  }
  const header = `${content.title} fra ${row.sender_name}${content.author ? ` (${content.author})` : ''}, datert ${(
    row.document_date ?? row.received_at
  ).slice(0, 10)}.`;
  return { anamnese: [header, ...parts].join('\n\n'), funn: funn.join('\n\n') };
}

export function createInboxService(db: Kysely<Database>) {
  return {
    async list(ctx: ServiceContext, input: InboxListInput): Promise<InboxListView> {
      requireRole(ctx, PERMISSIONS.clinicalInbox);
      const { filter, patientId, limit } = inboxListSchema.parse(input);
      const statuses = filter === 'alle' ? [] : filter === 'aktive' ? ACTIVE : [filter];
      return db.transaction().execute(async (trx) => {
        const rows = await listIncomingDocuments(trx, { statuses, limit, ...(patientId ? { patientId } : {}) });
        const counts = await countIncomingByStatus(trx);
        const l = await lookups(trx, rows);
        await recordAudit(trx, ctx, {
          action: 'inbox.list',
          ...(patientId ? { patientId } : {}),
          detail: { filter, count: rows.length },
        });
        return {
          items: rows.map((r) => itemView(r, l)),
          counts: {
            uavklart: counts.uavklart ?? 0,
            til_behandling: counts.til_behandling ?? 0,
            arkivert: counts.arkivert ?? 0,
            ugyldig: counts.ugyldig ?? 0,
          },
        };
      });
    },

    async open(ctx: ServiceContext, documentId: string): Promise<InboxDocumentView> {
      requireRole(ctx, PERMISSIONS.clinicalInbox);
      return db.transaction().execute(async (trx) => {
        const row = await requireDocument(trx, documentId);
        await recordAudit(trx, ctx, {
          action: 'inbox.read',
          ...(row.patient_id ? { patientId: row.patient_id } : {}),
          entityType: 'incoming_document',
          entityId: row.id,
          detail: { kind: row.kind },
        });
        return documentView(row, await lookups(trx, [row]));
      });
    },

    /** A clinician decides who an unmatched document is about; the reason is kept in the audit log. */
    async match(ctx: ServiceContext, input: InboxMatch): Promise<InboxDocumentView> {
      requireRole(ctx, PERMISSIONS.clinicalInbox);
      return db.transaction().execute(async (trx) => {
        const row = await requireDocument(trx, input.documentId);
        if (row.patient_id !== null || (row.status !== 'uavklart' && row.status !== 'ugyldig')) {
          throw new ServiceError(InboxErrorCode.alreadyMatched, 'Dokumentet er allerede knyttet til en pasient.');
        }
        const patient = await requirePatient(trx, input.patientId);
        const at = ctx.now.toISOString();
        await updateSeen(trx, row, {
          patient_id: patient.id,
          status: row.status === 'ugyldig' ? 'ugyldig' : 'til_behandling',
          matched_by: ctx.user.id,
          matched_at: at,
          updated_at: at,
        });
        await recordAudit(trx, ctx, {
          action: 'inbox.match',
          patientId: patient.id,
          entityType: 'incoming_document',
          entityId: row.id,
          detail: { kind: row.kind, reason: input.reason, unmatchedReason: row.unmatched_reason },
        });
        return documentView(await requireDocument(trx, row.id), await lookups(trx, [{ patient_id: patient.id }]));
      });
    },

    /**
     * Files the document into the patient's journal as a signed entry (the clinician signs that it was read) and
     * marks it 'arkivert', in one transaction: the document never shows as filed without its journal entry.
     */
    async file(ctx: ServiceContext, input: InboxFile): Promise<InboxDocumentView> {
      requireRole(ctx, PERMISSIONS.clinicalInbox);
      return db.transaction().execute(async (trx) => {
        const row = await requireDocument(trx, input.documentId);
        if (row.status === 'arkivert') {
          throw new ServiceError(InboxErrorCode.alreadyFiled, 'Dokumentet er allerede arkivert i journalen.');
        }
        if (row.status === 'ugyldig') {
          throw new ServiceError(
            InboxErrorCode.invalidDocument,
            'Dokumentet følger ikke standarden og kan ikke arkiveres. Be avsenderen sende det på nytt.',
          );
        }
        if (row.patient_id === null) {
          throw new ServiceError(InboxErrorCode.notMatched, 'Velg pasient for dokumentet før det arkiveres.');
        }
        const content = JSON.parse(row.content_json) as ReadableDocument;
        const kindLabel = INBOX_KIND_LABELS[row.kind as InboxKind] ?? row.kind;
        const text = journalText(row, content);
        const { noteId } = await recordSignedEntry(trx, ctx, {
          patientId: row.patient_id,
          contactType: 'administrativ',
          ...(row.document_date && !Number.isNaN(Date.parse(row.document_date))
            ? { occurredAt: row.document_date }
            : {}),
          reasonForContact: `${kindLabel} fra ${row.sender_name}`,
          anamnese: text.anamnese,
          funn: text.funn,
          vurdering: content.assessment ?? '',
          tiltak: [input.comment, `Lest og arkivert av ${ctx.user.name}.`].filter(Boolean).join('\n'),
          auditAction: 'inbox.file',
          auditDetail: { documentId: row.id, kind: row.kind, msgId: row.msg_id },
        });
        const at = ctx.now.toISOString();
        await updateSeen(trx, row, {
          status: 'arkivert',
          filed_by: ctx.user.id,
          filed_at: at,
          journal_note_id: noteId,
          updated_at: at,
        });
        return documentView(await requireDocument(trx, row.id), await lookups(trx, [row]));
      });
    },

    /**
     * Imports one message file (the CLI). Throws UnreadableMessageError when it is not XML or not a kind we know;
     * otherwise the document is stored (or recognised as stored) whatever its content.
     */
    async importMessage(ctx: ServiceContext, bytes: Uint8Array): Promise<InboxStoreResult> {
      let xml: string;
      try {
        xml = decodeXmlBytes(bytes);
      } catch {
        throw new UnreadableMessageError('Filen er ikke XML (tegnsettet kan ikke leses).');
      }
      const message = readIncomingMessage(xml);
      const validation = (await createMessageValidator()).validateBytes(bytes);
      return db.transaction().execute((trx) => storeIncoming(trx, ctx, { message, xml, validation, source: 'import' }));
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
