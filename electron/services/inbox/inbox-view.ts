/** Rows of incoming_documents as the renderer sees them. */
import type { IncomingDocumentListRow } from '../../../db/repositories/incoming-documents.repository';
import type { PatientRow } from '../../../db/schema';
import type { IncomingDocumentRow } from '../../../db/schema-inbox';
import {
  INBOX_KIND_LABELS,
  INBOX_STATUS_LABELS,
  type InboxDocumentView,
  type InboxItemView,
  type InboxKind,
  type InboxStatus,
  type ReadableDocument,
} from '../../../shared/api/inbox-views';

export interface ViewLookups {
  patients: Map<string, PatientRow>;
  users: Map<string, string>;
}

function patientName(p: PatientRow): string {
  return `${p.family_name}, ${[p.given_name, p.middle_name].filter(Boolean).join(' ')}`;
}

export function itemView(row: IncomingDocumentListRow, lookups: ViewLookups, title?: string): InboxItemView {
  const kind = row.kind as InboxKind;
  const status = row.status as InboxStatus;
  const patient = row.patient_id ? lookups.patients.get(row.patient_id) : undefined;
  return {
    id: row.id,
    msgId: row.msg_id,
    kind,
    kindLabel: INBOX_KIND_LABELS[kind] ?? row.kind,
    title: title ?? row.title,
    standardVersion: row.standard_version,
    status,
    statusLabel: INBOX_STATUS_LABELS[status] ?? row.status,
    receivedAt: row.received_at,
    documentDate: row.document_date,
    source: row.source === 'import' ? 'import' : 'helsenett',
    sender: { name: row.sender_name, herId: row.sender_her_id, person: row.sender_person },
    patient: patient ? { id: patient.id, name: patientName(patient), identityNumber: patient.identity_number } : null,
    patientInMessage: { name: row.patient_name, ident: row.patient_ident, identType: row.patient_ident_type },
    referralId: row.referral_id,
    unmatchedReason: row.unmatched_reason,
    filedAt: row.filed_at,
    filedBy: row.filed_by ? (lookups.users.get(row.filed_by) ?? null) : null,
  };
}

export function documentView(row: IncomingDocumentRow, lookups: ViewLookups): InboxDocumentView {
  const content = JSON.parse(row.content_json) as ReadableDocument;
  return {
    ...itemView(row, lookups, content.title),
    content,
    schemaErrors: row.schema_errors ? (JSON.parse(row.schema_errors) as string[]) : [],
    facts: {
      assessedAt: row.assessed_at,
      frist: row.frist_date,
      appointmentAt: row.appointment_at,
      rightToCare: row.right_to_care === null ? null : row.right_to_care === 1,
    },
    journalNoteId: row.journal_note_id,
  };
}
