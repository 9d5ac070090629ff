/**
 * Writing the journal (helsepersonelloven §§ 39–42): a note is drafted (saved continuously), signed by its author,
 * and then never edited. A correction (retting) is a new version with a reason; a note in the wrong patient is
 * marked feilregistrert with a reason. The database refuses changes to signed versions even if code tried.
 */
import type { Kysely, Transaction } from 'kysely';
import { lastAuditAt } from '../../../db/repositories/audit.repository';
import { indexNoteText } from '../../../db/repositories/journal-search.repository';
import {
  diagnosesOf,
  findNote,
  findVersion,
  insertEncounter,
  insertNote,
  insertVersion,
  measurementsOf,
  replaceDraftDiagnoses,
  replaceDraftMeasurements,
  signVersion,
  updateDraftVersion,
  updateNote,
} from '../../../db/repositories/journal.repository';
import type { Database, JournalNoteRow, NoteVersionRow } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { NoteDetail } from '../../../shared/api/views';
import { icpc2Title } from '../../../shared/reference/codes';
import { icd10Title } from '../../../shared/reference/icd10';
import { MEASUREMENTS } from '../../../shared/rules/measurements';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import type { draftSchema, startNoteSchema } from '../../../shared/schemas/journal.schema';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { buildNoteDetail } from './note-detail';

type Draft = z.output<typeof draftSchema>;
type StartNote = z.output<typeof startNoteSchema>;

/** Autosave writes often; one audit row per note and author per this many minutes is enough to trace it. */
const DRAFT_AUDIT_MINUTES = 5;

function author(ctx: ServiceContext): string {
  requireRole(ctx, PERMISSIONS.patientClinical);
  if (!ctx.user.id) throw new ServiceError(ErrorCode.forbidden, 'Journalen skrives av en innlogget lege.');
  return ctx.user.id;
}

async function requireNote(trx: Transaction<Database>, noteId: string): Promise<JournalNoteRow> {
  const note = await findNote(trx, noteId);
  if (!note) throw new ServiceError(ErrorCode.notFound, 'Fant ikke journalnotatet.');
  return note;
}

/** The open draft of the note, writable by this user, or a clear refusal. */
async function requireOwnDraft(
  trx: Transaction<Database>,
  note: JournalNoteRow,
  versionId: string,
  userId: string,
): Promise<NoteVersionRow> {
  const version = await findVersion(trx, versionId);
  if (!version || version.note_id !== note.id) throw new ServiceError(ErrorCode.notFound, 'Fant ikke utkastet.');
  if (version.signed_at)
    throw new ServiceError('NOTE_SIGNED', 'Notatet er signert og kan ikke endres. Lag en retting.');
  if (note.draft_version_id !== version.id) {
    throw new ServiceError('DRAFT_CLOSED', 'Utkastet er ikke lenger åpent.');
  }
  if (version.author_id !== userId) throw new ServiceError(ErrorCode.forbidden, 'Bare forfatteren kan endre utkastet.');
  return version;
}

function searchText(
  v: Pick<NoteVersionRow, 'reason_for_contact' | 'anamnese' | 'funn' | 'vurdering' | 'tiltak'>,
  codes: string[],
): string {
  return [v.reason_for_contact, v.anamnese, v.funn, v.vurdering, v.tiltak, ...codes].join('\n');
}

/** A new version that starts as a copy of `from`, with its diagnoses and measurements. */
async function copyVersion(
  trx: Transaction<Database>,
  from: NoteVersionRow,
  patch: Pick<
    NoteVersionRow,
    'kind' | 'change_reason' | 'author_id' | 'created_at' | 'saved_at' | 'signed_at' | 'signed_by'
  >,
): Promise<NoteVersionRow> {
  const row: NoteVersionRow = { ...from, ...patch, id: newId(), version: from.version + 1 };
  // Diagnoses and measurements go in before the version is signed (the database refuses additions after).
  await insertVersion(trx, { ...row, signed_at: null, signed_by: null });
  const [diagnoses, measurements] = await Promise.all([diagnosesOf(trx, [from.id]), measurementsOf(trx, [from.id])]);
  await replaceDraftDiagnoses(
    trx,
    row.id,
    diagnoses.map((d) => ({ ...d, id: newId(), version_id: row.id })),
  );
  await replaceDraftMeasurements(
    trx,
    row.id,
    measurements.map((m) => ({ ...m, id: newId(), version_id: row.id })),
  );
  if (patch.signed_at && patch.signed_by) await signVersion(trx, row.id, patch.signed_at, patch.signed_by);
  return row;
}

export function createJournalService(db: Kysely<Database>) {
  return {
    async start(ctx: ServiceContext, input: StartNote): Promise<NoteDetail> {
      const userId = author(ctx);
      return db.transaction().execute(async (trx) => {
        const patient = await requirePatient(trx, input.patientId);
        const at = ctx.now.toISOString();
        const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : at;
        // A note records what happened: a contact a few minutes ahead is a clock skew, later than that a mistake.
        if (Date.parse(occurredAt) > ctx.now.getTime() + 5 * 60_000) {
          throw new ServiceError(ErrorCode.invalidInput, 'Tidspunktet kan ikke være fram i tid.', {
            occurredAt: 'Tidspunktet kan ikke være fram i tid',
          });
        }
        const encounterId = newId();
        await insertEncounter(trx, {
          id: encounterId,
          patient_id: patient.id,
          occurred_at: occurredAt,
          contact_type: input.contactType,
          clinician_id: userId,
          appointment_id: input.appointmentId ?? null,
          created_at: at,
        });
        const noteId = newId();
        const versionId = newId();
        await insertNote(trx, {
          id: noteId,
          patient_id: patient.id,
          encounter_id: encounterId,
          status: 'utkast',
          current_version_id: versionId,
          draft_version_id: versionId,
          occurred_at: occurredAt,
          contact_type: input.contactType,
          author_id: userId,
          main_diagnosis: null,
          search_rowid: null,
          created_at: at,
          updated_at: at,
        });
        await insertVersion(trx, {
          id: versionId,
          note_id: noteId,
          version: 1,
          kind: 'original',
          reason_for_contact: '',
          anamnese: '',
          funn: '',
          vurdering: '',
          tiltak: '',
          change_reason: null,
          author_id: userId,
          created_at: at,
          saved_at: at,
          signed_at: null,
          signed_by: null,
        });
        await recordAudit(trx, ctx, {
          action: 'journal.note.create',
          patientId: patient.id,
          entityType: 'journal_note',
          entityId: noteId,
        });
        return buildNoteDetail(trx, noteId);
      });
    },

    /** Autosave: called about every second while the clinician types; commits durably each time. */
    async saveDraft(ctx: ServiceContext, input: Draft): Promise<{ savedAt: string }> {
      const userId = author(ctx);
      const fields: Record<string, string> = {};
      const diagnoses = input.diagnoses.map((d, position) => {
        const title = d.system === 'ICPC-2' ? icpc2Title(d.code) : icd10Title(d.code);
        if (!title) fields[`diagnoses.${position}.code`] = `Ukjent ${d.system}-kode ${d.code}`;
        return { ...d, title: title ?? '', position };
      });
      if (Object.keys(fields).length > 0) {
        throw new ServiceError(ErrorCode.invalidInput, 'Ukjent diagnosekode.', fields);
      }
      return db.transaction().execute(async (trx) => {
        const note = await requireNote(trx, input.noteId);
        const version = await requireOwnDraft(trx, note, input.versionId, userId);
        const savedAt = ctx.now.toISOString();
        const text = {
          reason_for_contact: input.fields.reasonForContact,
          anamnese: input.fields.anamnese,
          funn: input.fields.funn,
          vurdering: input.fields.vurdering,
          tiltak: input.fields.tiltak,
        };
        await updateDraftVersion(trx, version.id, { ...text, saved_at: savedAt });
        await replaceDraftDiagnoses(
          trx,
          version.id,
          diagnoses.map((d) => ({
            id: newId(),
            version_id: version.id,
            code_system: d.system,
            code: d.code,
            title: d.title,
            is_main: d.isMain ? 1 : 0,
            is_lasting: d.isLasting ? 1 : 0,
            position: d.position,
          })),
        );
        await replaceDraftMeasurements(
          trx,
          version.id,
          input.measurements.map((m, position) => ({
            id: newId(),
            version_id: version.id,
            kind: m.kind,
            value: m.value,
            unit: MEASUREMENTS[m.kind].unit,
            position,
          })),
        );
        // A note never signed shows its draft in the timeline; a correction's draft waits until it is signed.
        if (note.current_version_id === version.id) {
          const main = diagnoses.find((d) => d.isMain);
          const rowid = await indexNoteText(
            trx,
            note.patient_id,
            note.search_rowid,
            searchText(
              text,
              diagnoses.map((d) => d.code),
            ),
          );
          await updateNote(trx, note.id, {
            main_diagnosis: main ? `${main.system} ${main.code}` : null,
            search_rowid: rowid,
            updated_at: savedAt,
          });
        }
        const last = await lastAuditAt(trx, {
          actorId: userId,
          action: 'journal.draft.save',
          entityType: 'journal_note',
          entityId: note.id,
        });
        if (!last || ctx.now.getTime() - Date.parse(last) > DRAFT_AUDIT_MINUTES * 60_000) {
          await recordAudit(trx, ctx, {
            action: 'journal.draft.save',
            patientId: note.patient_id,
            entityType: 'journal_note',
            entityId: note.id,
          });
        }
        return { savedAt };
      });
    },

    async sign(ctx: ServiceContext, input: { noteId: string; versionId: string }): Promise<NoteDetail> {
      const userId = author(ctx);
      return db.transaction().execute(async (trx) => {
        const note = await requireNote(trx, input.noteId);
        const version = await requireOwnDraft(trx, note, input.versionId, userId);
        const texts = [version.reason_for_contact, version.anamnese, version.funn, version.vurdering, version.tiltak];
        if (texts.every((t) => t.trim() === '')) {
          throw new ServiceError('NOTE_EMPTY', 'Et tomt notat kan ikke signeres.');
        }
        if (version.kind === 'retting' && !version.change_reason) {
          throw new ServiceError('REASON_REQUIRED', 'En retting må ha en begrunnelse.');
        }
        const at = ctx.now.toISOString();
        await signVersion(trx, version.id, at, userId);
        const diagnoses = await diagnosesOf(trx, [version.id]);
        const main = diagnoses.find((d) => d.is_main === 1);
        const rowid = await indexNoteText(
          trx,
          note.patient_id,
          note.search_rowid,
          searchText(
            version,
            diagnoses.map((d) => d.code),
          ),
        );
        await updateNote(trx, note.id, {
          status: version.kind === 'retting' ? 'rettet' : 'signert',
          current_version_id: version.id,
          draft_version_id: null,
          main_diagnosis: main ? `${main.code_system} ${main.code}` : null,
          search_rowid: rowid,
          updated_at: at,
        });
        await recordAudit(trx, ctx, {
          action: version.kind === 'retting' ? 'journal.note.correct' : 'journal.note.sign',
          patientId: note.patient_id,
          entityType: 'journal_note',
          entityId: note.id,
          detail: { version: version.version },
        });
        return buildNoteDetail(trx, note.id);
      });
    },

    /** Opens a correction: a new draft version, a copy of the signed text, with the reason for the change. */
    async startCorrection(ctx: ServiceContext, input: { noteId: string; reason: string }): Promise<NoteDetail> {
      const userId = author(ctx);
      return db.transaction().execute(async (trx) => {
        const note = await requireNote(trx, input.noteId);
        if (note.status !== 'signert' && note.status !== 'rettet') {
          throw new ServiceError('NOTE_NOT_SIGNED', 'Bare et signert notat kan rettes. Et utkast endrer du direkte.');
        }
        if (note.draft_version_id) throw new ServiceError('CORRECTION_OPEN', 'Det finnes allerede en åpen retting.');
        const current = await findVersion(trx, note.current_version_id);
        if (!current) throw new ServiceError(ErrorCode.internal, 'Journalnotatet mangler gjeldende versjon.');
        const at = ctx.now.toISOString();
        const draft = await copyVersion(trx, current, {
          kind: 'retting',
          change_reason: input.reason,
          author_id: userId,
          created_at: at,
          saved_at: at,
          signed_at: null,
          signed_by: null,
        });
        await updateNote(trx, note.id, { draft_version_id: draft.id, updated_at: at });
        await recordAudit(trx, ctx, {
          action: 'journal.correction.start',
          patientId: note.patient_id,
          entityType: 'journal_note',
          entityId: note.id,
        });
        return buildNoteDetail(trx, note.id);
      });
    },

    /** A note in the wrong patient: marked feilregistrert with a reason, signed at once, never deleted. */
    async markEnteredInError(ctx: ServiceContext, input: { noteId: string; reason: string }): Promise<NoteDetail> {
      const userId = author(ctx);
      return db.transaction().execute(async (trx) => {
        const note = await requireNote(trx, input.noteId);
        if (note.status !== 'signert' && note.status !== 'rettet') {
          throw new ServiceError(
            'NOTE_NOT_SIGNED',
            'Bare et signert notat kan feilregistreres. Et utkast kan forkastes.',
          );
        }
        const current = await findVersion(trx, note.current_version_id);
        if (!current) throw new ServiceError(ErrorCode.internal, 'Journalnotatet mangler gjeldende versjon.');
        const at = ctx.now.toISOString();
        const marked = await copyVersion(trx, current, {
          kind: 'feilregistrering',
          change_reason: input.reason,
          author_id: userId,
          created_at: at,
          saved_at: at,
          signed_at: at,
          signed_by: userId,
        });
        await updateNote(trx, note.id, {
          status: 'feilregistrert',
          current_version_id: marked.id,
          draft_version_id: null,
          updated_at: at,
        });
        await recordAudit(trx, ctx, {
          action: 'journal.note.entered_in_error',
          patientId: note.patient_id,
          entityType: 'journal_note',
          entityId: note.id,
        });
        return buildNoteDetail(trx, note.id);
      });
    },

    /** Closes an open draft without signing it. Its text stays in the history; nothing is deleted. */
    async discardDraft(ctx: ServiceContext, input: { noteId: string }): Promise<NoteDetail> {
      const userId = author(ctx);
      return db.transaction().execute(async (trx) => {
        const note = await requireNote(trx, input.noteId);
        if (!note.draft_version_id) throw new ServiceError('DRAFT_CLOSED', 'Det finnes ikke noe åpent utkast.');
        await requireOwnDraft(trx, note, note.draft_version_id, userId);
        const at = ctx.now.toISOString();
        const neverSigned = note.current_version_id === note.draft_version_id;
        await updateNote(trx, note.id, {
          draft_version_id: null,
          updated_at: at,
          ...(neverSigned && { status: 'forkastet' }),
        });
        await recordAudit(trx, ctx, {
          action: 'journal.draft.discard',
          patientId: note.patient_id,
          entityType: 'journal_note',
          entityId: note.id,
        });
        return buildNoteDetail(trx, note.id);
      });
    },
  };
}
export type JournalService = ReturnType<typeof createJournalService>;
