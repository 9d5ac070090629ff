/**
 * Henvisninger for the fastlege: compose from the journal, keep a draft, sign and send (the referral's state, the
 * signed Henvisning v2.0 in the outbox and the journal entry that records it in ONE transaction), follow it until
 * the answer comes, change or cancel it with the matching v2.0 message, print it as a letter. Doctors only; every
 * read and write is audited with the patient in the same transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import { findAddressEntries, findAddressEntry } from '../../../db/repositories/address-register.repository';
import { findClinic } from '../../../db/repositories/clinic.repository';
import { referralDocumentFacts } from '../../../db/repositories/incoming-documents.repository';
import { enqueueOutgoing } from '../../../db/repositories/outbox.repository';
import { currentTextsOf } from '../../../db/repositories/journal.repository';
import { signedNotesOfPatient } from '../../../db/repositories/referral-compose.repository';
import {
  draftsOfPatient,
  findReferral,
  insertReferral,
  insertReferralMessage,
  listReferrals,
  messagesOfReferrals,
  type ReferralListRow,
} from '../../../db/repositories/referrals.repository';
import { findUserById } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import type { ReferralMessageKind, ReferralMessageRow, ReferralRow } from '../../../db/schema-referrals';
import { ErrorCode } from '../../../shared/api/error-codes';
import {
  REFERRAL_STATUS_LABELS,
  type ReferralComposeView,
  type ReferralDetailView,
  type ReferralListItem,
} from '../../../shared/api/referral-views';
import {
  type ReferralCancel,
  type ReferralChange,
  type ReferralContent,
  type ReferralListQuery,
  type ReferralSave,
} from '../../../shared/schemas/referral.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { MessageInputError } from '../../integrations/messages/message-errors';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { recordSignedEntry } from '../journal/record-entry';
import { fullName } from '../patients/patient-view';
import { requirePatient } from '../patients/patients.service';
import { ensurePrescriberCertificate } from '../prescriptions/prescriber-test-certificate';
import { ServiceError } from '../service-error';
import { recipientsByHerId, recipientView } from './address-register.service';
import { composeView } from './referral-compose';
import { renderNoteAttachment, renderReferralLetter, referralLetterFileName } from './referral-letter.pdf';
import { signedHenvisning, type ReferralMessageParts } from './referral-message';
import { deriveStatus, NO_FACTS, referralEvents, type ReferralFacts } from './referral-status';

import {
  contentOf,
  enforceComplete,
  HENVISNING_OUTBOX_KIND,
  recipientLabel,
  REFERRAL_SUBJECT,
  journalText,
  recipientsOf,
  referrerOf,
  signingKey,
  ReferralErrorCode,
  updateSeen,
  type Referrer,
} from './referral-support';

export { HENVISNING_OUTBOX_KIND, REFERRAL_SUBJECT, ReferralErrorCode } from './referral-support';

export function createReferralsService(db: Kysely<Database>) {
  async function facts(
    trx: Kysely<Database> | Transaction<Database>,
    ids: readonly string[],
  ): Promise<Map<string, ReferralFacts>> {
    return referralDocumentFacts(trx, ids);
  }

  function listItem(
    row: ReferralListRow,
    messages: readonly ReferralMessageRow[],
    f: ReferralFacts,
    recipients: ReadonlyMap<string, { name: string; department: string | null }>,
    now: Date,
  ): ReferralListItem {
    const content = contentOf(row);
    const derived = deriveStatus(row, messages, f, now);
    const herId = row.recipient_her_id ?? content.recipientHerId ?? null;
    const r = herId ? recipients.get(herId) : undefined;
    const main = content.diagnoses[0];
    return {
      id: row.id,
      patient: { id: row.patient_id, name: fullName(row), identityNumber: row.identity_number },
      authorName: row.author_name,
      recipient: herId ? { herId, name: r?.name ?? `HER-id ${herId}`, department: r?.department ?? null } : null,
      hastegrad: content.hastegrad ?? null,
      purpose: content.purpose ?? null,
      problemstilling: content.problemstilling.slice(0, 200),
      mainDiagnosis: main ? { system: main.system, code: main.code, text: main.text } : null,
      status: derived.status,
      statusLabel: REFERRAL_STATUS_LABELS[derived.status],
      statusAt: derived.statusAt,
      rejectionReason: derived.rejectionReason,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      frist: f.frist,
      appointmentAt: f.appointmentAt,
      overdue: derived.overdue,
    };
  }

  async function detail(trx: Transaction<Database>, id: string, now: Date): Promise<ReferralDetailView> {
    const [row] = await listReferralsById(trx, id);
    if (!row) throw new ServiceError(ErrorCode.notFound, 'Fant ikke henvisningen.');
    const messages = await messagesOfReferrals(trx, [id]);
    const f = (await facts(trx, [id])).get(id) ?? NO_FACTS;
    const content = contentOf(row);
    const herIds = [
      ...new Set([
        ...messages.map((m) => m.recipient_her_id),
        ...(content.recipientHerId ? [content.recipientHerId] : []),
        ...content.copyRecipients,
      ]),
    ];
    const recipients = await recipientsByHerId(trx, herIds);
    const item = listItem(row, messages, f, recipients, now);
    return {
      ...item,
      content,
      documentId: row.document_id,
      cancelReason: row.cancel_reason,
      rightToCare: f.rightToCare,
      events: referralEvents(row, messages, f, (h) => {
        const r = recipients.get(h);
        return r ? recipientLabel(r) : `HER-id ${h}`;
      }),
      recipientEntry: content.recipientHerId ? (recipients.get(content.recipientHerId) ?? null) : null,
      copyRecipients: content.copyRecipients.flatMap((h) => {
        const r = recipients.get(h);
        return r ? [r] : [];
      }),
    };
  }

  async function listReferralsById(trx: Transaction<Database>, id: string): Promise<ReferralListRow[]> {
    return listReferrals(trx, { id });
  }

  /** A sent referral is the clinic's; a draft (or a discarded one) is its author's alone, as in the list. */
  async function requireVisible(trx: Transaction<Database>, ctx: ServiceContext, id: string): Promise<ReferralRow> {
    const row = await findReferral(trx, id);
    if (!row || ((row.status === 'utkast' || row.status === 'forkastet') && row.author_id !== ctx.user.id)) {
      throw new ServiceError(ErrorCode.notFound, 'Fant ikke henvisningen.');
    }
    return row;
  }

  async function requireOwnDraft(trx: Transaction<Database>, ctx: ServiceContext, id: string): Promise<ReferralRow> {
    const row = await findReferral(trx, id);
    if (!row) throw new ServiceError(ErrorCode.notFound, 'Fant ikke henvisningen.');
    if (row.status !== 'utkast') {
      throw new ServiceError(
        ReferralErrorCode.notDraft,
        'Henvisningen er allerede sendt og kan ikke redigeres som utkast.',
      );
    }
    if (row.author_id !== ctx.user.id) {
      throw new ServiceError(ReferralErrorCode.notYours, 'Utkastet tilhører en annen lege.');
    }
    return row;
  }

  /** Attachments are signed notes of this patient's journal, for a draft and for every message sent alike. */
  async function requireOwnSignedAttachments(
    trx: Transaction<Database>,
    patientId: string,
    noteIds: readonly string[],
  ): Promise<void> {
    const attachments = await signedNotesOfPatient(trx, patientId, noteIds);
    if (attachments.length !== new Set(noteIds).size) {
      throw new ServiceError(ErrorCode.invalidInput, 'Vedlegg må være signerte notater i denne pasientens journal.', {
        attachmentNoteIds: 'Ugyldig vedlegg',
      });
    }
  }

  /** Creates or updates the draft; returns its row as stored. */
  async function storeDraft(
    trx: Transaction<Database>,
    ctx: ServiceContext,
    input: ReferralSave,
  ): Promise<ReferralRow> {
    const patient = await requirePatient(trx, input.patientId);
    const at = ctx.now.toISOString();
    await requireOwnSignedAttachments(trx, patient.id, input.content.attachmentNoteIds);
    const contentJson = JSON.stringify(input.content);
    if (input.referralId) {
      const row = await requireOwnDraft(trx, ctx, input.referralId);
      if (row.patient_id !== patient.id) {
        throw new ServiceError(ErrorCode.invalidInput, 'Utkastet gjelder en annen pasient.');
      }
      await updateSeen(trx, row, {
        content_json: contentJson,
        recipient_her_id: input.content.recipientHerId ?? null,
        updated_at: at,
      });
      return {
        ...row,
        content_json: contentJson,
        recipient_her_id: input.content.recipientHerId ?? null,
        updated_at: at,
      };
    }
    const row: ReferralRow = {
      id: newId(),
      patient_id: patient.id,
      author_id: ctx.user.id ?? '',
      status: 'utkast',
      recipient_her_id: input.content.recipientHerId ?? null,
      content_json: contentJson,
      document_id: newId(),
      created_at: at,
      updated_at: at,
      sent_at: null,
      cancelled_at: null,
      cancel_reason: null,
    };
    await insertReferral(trx, row);
    return row;
  }

  /**
   * Writes one message of the referral: the signed document to the outbox, the message row, the journal entry and
   * the audit, all in the caller's transaction.
   */
  async function writeMessage(
    trx: Transaction<Database>,
    ctx: ServiceContext,
    p: {
      referrer: Referrer;
      row: ReferralRow;
      content: ReferralContent;
      kind: ReferralMessageKind;
      reason?: string;
      previous: readonly ReferralMessageRow[];
    },
  ): Promise<void> {
    const at = ctx.now.toISOString();
    const patient = await requirePatient(trx, p.row.patient_id);
    const { recipient, copies } = await recipientsOf(trx, p.content);
    const msgId = newId();
    const first = p.previous[0];
    const last = p.previous.at(-1);
    // Attached notes go as PDFs (HIS 1207 §5.1.2: every receiver reads pdf). A cancellation carries none.
    if (p.kind !== 'kansellering') await requireOwnSignedAttachments(trx, patient.id, p.content.attachmentNoteIds);
    const attached = p.kind === 'kansellering' ? [] : await currentTextsOf(trx, p.content.attachmentNoteIds);
    const attachments = await Promise.all(
      attached.map(async (n) => ({
        title: `Journalnotat ${n.occurred_at.slice(0, 10)}: ${n.reason_for_contact}`.slice(0, 200),
        mimeType: 'application/pdf',
        base64: Buffer.from(
          await renderNoteAttachment(
            {
              occurredAt: n.occurred_at,
              reasonForContact: n.reason_for_contact,
              anamnese: n.anamnese,
              funn: n.funn,
              vurdering: n.vurdering,
              tiltak: n.tiltak,
            },
            patient,
          ),
        ).toString('base64'),
      })),
    );
    const parts: ReferralMessageParts = {
      attachments,
      msgId,
      genDate: at,
      kind: p.kind,
      documentId: p.row.document_id,
      issueDate: p.row.sent_at ?? at,
      ...(first && last ? { conversationRef: { refToConversation: first.msg_id, refToParent: last.msg_id } } : {}),
      ...(p.reason ? { reason: p.reason } : {}),
      content: p.content,
      clinic: p.referrer.clinic,
      doctor: p.referrer.user,
      patient,
      recipient,
      copyRecipients: copies,
    };
    let payload: string;
    try {
      payload = signedHenvisning(parts, await signingKey(trx, p.referrer.user.id));
    } catch (error) {
      if (error instanceof MessageInputError) {
        throw new ServiceError(ReferralErrorCode.messageRefused, `Henvisningen kunne ikke lages: ${error.message}`);
      }
      throw error;
    }
    const text = journalText(p.content, recipient, p.kind, p.reason);
    const entry = await recordSignedEntry(trx, ctx, {
      patientId: patient.id,
      contactType: 'administrativ',
      ...text,
      auditAction: `referral.journal.${p.kind}`,
      auditDetail: { referralId: p.row.id, msgId },
    });
    await insertReferralMessage(trx, {
      id: newId(),
      referral_id: p.row.id,
      msg_id: msgId,
      kind: p.kind,
      recipient_her_id: recipient.her_id,
      recipient_json: JSON.stringify(recipientView(recipient)),
      content_json: JSON.stringify(p.content),
      reason: p.reason ?? null,
      created_at: at,
      created_by: p.referrer.user.id,
      journal_note_id: entry.noteId,
      apprec_status: null,
      apprec_at: null,
      rejection_reason: null,
    });
    await enqueueOutgoing(trx, {
      id: newId(),
      msgId,
      kind: HENVISNING_OUTBOX_KIND,
      receiverHerId: recipient.her_id,
      payload,
      subjectType: REFERRAL_SUBJECT,
      subjectId: p.row.id,
      now: at,
    });
    await recordAudit(trx, ctx, {
      action: p.kind === 'ny' ? 'referral.send' : p.kind === 'endring' ? 'referral.change' : 'referral.cancel',
      patientId: patient.id,
      entityType: 'referral',
      entityId: p.row.id,
      detail: { msgId, recipientHerId: recipient.her_id, hastegrad: p.content.hastegrad ?? null },
    });
  }

  async function prepareSigner(ctx: ServiceContext): Promise<Referrer> {
    const referrer = await referrerOf(db, ctx);
    await ensurePrescriberCertificate(
      db,
      { id: referrer.user.id, hprNumber: referrer.user.hpr_number ?? '', name: referrer.user.display_name },
      referrer.clinic.name,
      ctx.now,
    );
    return referrer;
  }

  /** A sent referral that can still be changed or cancelled. */
  async function requireSent(trx: Transaction<Database>, id: string): Promise<ReferralRow> {
    const row = await findReferral(trx, id);
    if (!row) throw new ServiceError(ErrorCode.notFound, 'Fant ikke henvisningen.');
    if (row.status !== 'sendt') {
      throw new ServiceError(
        ReferralErrorCode.notSent,
        row.status === 'annullert'
          ? 'Henvisningen er allerede trukket tilbake.'
          : 'Bare en sendt henvisning kan endres eller trekkes tilbake.',
      );
    }
    return row;
  }

  return {
    async compose(ctx: ServiceContext, patientId: string): Promise<ReferralComposeView> {
      requireRole(ctx, PERMISSIONS.referrals);
      // Composing needs no HPR-nummer yet; signing does (referrerOf in send), and the view shows it missing.
      const user = ctx.user.id ? await findUserById(db, ctx.user.id) : undefined;
      const clinic = await findClinic(db);
      if (!user || !clinic) throw new ServiceError(ErrorCode.notConfigured, 'Legekontoret er ikke satt opp ennå.');
      const referrer = { user, clinic };
      return db.transaction().execute(async (trx) => {
        const patient = await requirePatient(trx, patientId);
        const view = await composeView(trx, { patient, clinic: referrer.clinic, doctor: referrer.user, now: ctx.now });
        const drafts = await draftsOfPatient(trx, patient.id, referrer.user.id);
        const names = await recipientsByHerId(
          trx,
          drafts.flatMap((d) => (d.recipient_her_id ? [d.recipient_her_id] : [])),
        );
        await recordAudit(trx, ctx, { action: 'referral.compose', patientId: patient.id });
        return {
          ...view,
          drafts: drafts.map((d) => {
            const r = d.recipient_her_id ? names.get(d.recipient_her_id) : undefined;
            return { id: d.id, updatedAt: d.updated_at, recipientName: r ? recipientLabel(r) : null };
          }),
        };
      });
    },

    async saveDraft(ctx: ServiceContext, input: ReferralSave): Promise<ReferralDetailView> {
      requireRole(ctx, PERMISSIONS.referrals);
      return db.transaction().execute(async (trx) => {
        const row = await storeDraft(trx, ctx, input);
        await recordAudit(trx, ctx, {
          action: 'referral.draft.save',
          patientId: row.patient_id,
          entityType: 'referral',
          entityId: row.id,
        });
        return detail(trx, row.id, ctx.now);
      });
    },

    /** Saves the content and signs and sends it: ONE transaction, so nothing is half written. */
    async send(ctx: ServiceContext, input: ReferralSave): Promise<ReferralDetailView> {
      requireRole(ctx, PERMISSIONS.referrals);
      enforceComplete(input.content);
      const referrer = await prepareSigner(ctx);
      return db.transaction().execute(async (trx) => {
        const row = await storeDraft(trx, ctx, input);
        const at = ctx.now.toISOString();
        const sent: ReferralRow = { ...row, status: 'sendt', sent_at: at, updated_at: at };
        await writeMessage(trx, ctx, { referrer, row: sent, content: input.content, kind: 'ny', previous: [] });
        await updateSeen(trx, row, { status: 'sendt', sent_at: at, updated_at: at });
        return detail(trx, row.id, ctx.now);
      });
    },

    /** Sends the changed referral (ServType M, the same DocumentId); what was sent before stays in the history. */
    async change(ctx: ServiceContext, input: ReferralChange): Promise<ReferralDetailView> {
      requireRole(ctx, PERMISSIONS.referrals);
      enforceComplete(input.content);
      const referrer = await prepareSigner(ctx);
      return db.transaction().execute(async (trx) => {
        const row = await requireSent(trx, input.referralId);
        const previous = await messagesOfReferrals(trx, [row.id]);
        if (previous[0] && input.content.recipientHerId !== previous[0].recipient_her_id) {
          throw new ServiceError(
            ErrorCode.invalidInput,
            'En endring går til samme mottaker. Trekk henvisningen tilbake og send en ny til en annen mottaker.',
            { recipientHerId: 'Kan ikke endres' },
          );
        }
        await writeMessage(trx, ctx, {
          referrer,
          row,
          content: input.content,
          kind: 'endring',
          reason: input.reason,
          previous,
        });
        await updateSeen(trx, row, {
          content_json: JSON.stringify(input.content),
          updated_at: ctx.now.toISOString(),
        });
        return detail(trx, row.id, ctx.now);
      });
    },

    /** Sends the cancellation (ServType C) and marks the referral annullert. */
    async cancel(ctx: ServiceContext, input: ReferralCancel): Promise<ReferralDetailView> {
      requireRole(ctx, PERMISSIONS.referrals);
      const referrer = await prepareSigner(ctx);
      return db.transaction().execute(async (trx) => {
        const row = await requireSent(trx, input.referralId);
        const previous = await messagesOfReferrals(trx, [row.id]);
        const at = ctx.now.toISOString();
        await writeMessage(trx, ctx, {
          referrer,
          row,
          content: contentOf(row),
          kind: 'kansellering',
          reason: input.reason,
          previous,
        });
        await updateSeen(trx, row, {
          status: 'annullert',
          cancelled_at: at,
          cancel_reason: input.reason,
          updated_at: at,
        });
        return detail(trx, row.id, ctx.now);
      });
    },

    /** A draft the doctor does not want: kept, marked forkastet, out of the lists. */
    async discard(ctx: ServiceContext, referralId: string): Promise<ReferralDetailView> {
      requireRole(ctx, PERMISSIONS.referrals);
      return db.transaction().execute(async (trx) => {
        const row = await requireOwnDraft(trx, ctx, referralId);
        await updateSeen(trx, row, { status: 'forkastet', updated_at: ctx.now.toISOString() });
        await recordAudit(trx, ctx, {
          action: 'referral.draft.discard',
          patientId: row.patient_id,
          entityType: 'referral',
          entityId: row.id,
        });
        return detail(trx, row.id, ctx.now);
      });
    },

    async list(ctx: ServiceContext, q: ReferralListQuery): Promise<ReferralListItem[]> {
      requireRole(ctx, PERMISSIONS.referrals);
      return db.transaction().execute(async (trx) => {
        const statuses =
          q.filter === 'utkast'
            ? (['utkast'] as const)
            : q.filter === 'alle'
              ? (['utkast', 'sendt', 'annullert'] as const)
              : q.filter === 'avsluttet'
                ? (['sendt', 'annullert'] as const)
                : (['sendt'] as const);
        const allRows = await listReferrals(trx, {
          statuses,
          patientId: q.patientId,
          authorId: q.mine ? (ctx.user.id ?? undefined) : undefined,
        });
        // A draft is its author's own until it is sent; colleagues see sent referrals only.
        const rows = allRows.filter((r) => r.status !== 'utkast' || r.author_id === ctx.user.id);
        const ids = rows.map((r) => r.id);
        const messages = await messagesOfReferrals(trx, ids);
        const byReferral = new Map<string, ReferralMessageRow[]>();
        for (const m of messages) byReferral.set(m.referral_id, [...(byReferral.get(m.referral_id) ?? []), m]);
        const f = await facts(trx, ids);
        const herIds = [...new Set(rows.flatMap((r) => (r.recipient_her_id ? [r.recipient_her_id] : [])))];
        const recipients = await recipientsByHerId(trx, herIds);
        let items = rows.map((r) =>
          listItem(r, byReferral.get(r.id) ?? [], f.get(r.id) ?? NO_FACTS, recipients, ctx.now),
        );
        if (q.filter === 'aktive') items = items.filter((i) => ['sendt', 'mottatt', 'vurdert'].includes(i.status));
        if (q.filter === 'forsinket') items = items.filter((i) => i.overdue.noAppRec || i.overdue.noAssessment);
        if (q.filter === 'avsluttet')
          items = items.filter((i) => ['epikrise_mottatt', 'annullert', 'avvist'].includes(i.status));
        // The list shows many patients' referrals: one audit row for the list, patient-level rows when one is opened.
        await recordAudit(trx, ctx, {
          action: 'referral.list',
          ...(q.patientId ? { patientId: q.patientId } : {}),
          detail: { filter: q.filter, count: items.length },
        });
        return items;
      });
    },

    async get(ctx: ServiceContext, referralId: string): Promise<ReferralDetailView> {
      requireRole(ctx, PERMISSIONS.referrals);
      return db.transaction().execute(async (trx) => {
        await requireVisible(trx, ctx, referralId);
        const view = await detail(trx, referralId, ctx.now);
        await recordAudit(trx, ctx, {
          action: 'referral.read',
          patientId: view.patient.id,
          entityType: 'referral',
          entityId: referralId,
        });
        return view;
      });
    },

    /** The referral as a PDF letter, for when it must go on paper. */
    async letter(ctx: ServiceContext, referralId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
      requireRole(ctx, PERMISSIONS.referrals);
      const data = await db.transaction().execute(async (trx) => {
        const row = await requireVisible(trx, ctx, referralId);
        const content = contentOf(row);
        const patient = await requirePatient(trx, row.patient_id);
        const author = await findUserById(trx, row.author_id);
        const clinic = await findClinic(trx);
        const recipient = content.recipientHerId ? await findAddressEntry(trx, content.recipientHerId) : undefined;
        const copies = await findAddressEntries(trx, content.copyRecipients);
        await recordAudit(trx, ctx, {
          action: 'referral.letter',
          patientId: row.patient_id,
          entityType: 'referral',
          entityId: row.id,
        });
        return { row, content, patient, author, clinic, recipient, copies };
      });
      // Drawn after the commit, as the journal extract is: the read is what the audit records.
      const bytes = await renderReferralLetter({
        content: data.content,
        status: data.row.status,
        sentAt: data.row.sent_at,
        patient: data.patient,
        doctor: data.author ?? null,
        clinic: data.clinic ?? null,
        recipient: data.recipient ?? null,
        copies: data.copies,
        printedAt: ctx.now,
      });
      return { fileName: referralLetterFileName(data.patient, ctx.now), bytes };
    },
  };
}
export type ReferralsService = ReturnType<typeof createReferralsService>;
