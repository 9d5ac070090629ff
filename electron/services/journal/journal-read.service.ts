/**
 * Reading the journal: timeline, one note with its history, search, problem list. Doctors only (tjenstlig behov,
 * hpl § 21a); every read is an audit event in the same transaction, so the patient's innsynslogg is complete.
 */
import type { Kysely } from 'kysely';
import { searchPatientJournal } from '../../../db/repositories/journal-search.repository';
import {
  currentTextsOf,
  diagnosesOf,
  draftsOfAuthor,
  lastingDiagnoses,
  timelinePage,
} from '../../../db/repositories/journal.repository';
import { findPatientsByIds } from '../../../db/repositories/patients.repository';
import type { Database } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { DraftSummary, JournalSearchHit, NoteDetail, ProblemView, TimelinePage } from '../../../shared/api/views';
import { foldForSearch } from '../../../shared/rules/search-fold';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import type { timelineSchema } from '../../../shared/schemas/journal.schema';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { fullName } from '../patients/patient-view';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { buildNoteDetail, toDiagnosisView, toNoteStatus, userNames } from './note-detail';
import { excerptWithHighlights } from './search-excerpt';

type TimelineQuery = z.output<typeof timelineSchema>;

function decodeCursor(cursor: string | undefined): { occurredAt: string; id: string } | undefined {
  if (!cursor) return undefined;
  const [occurredAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!occurredAt || !id) throw new ServiceError(ErrorCode.invalidInput, 'Ugyldig sidemarkør.');
  return { occurredAt, id };
}

function encodeCursor(occurredAt: string, id: string): string {
  return Buffer.from(`${occurredAt}|${id}`, 'utf8').toString('base64url');
}

export function createJournalReadService(db: Kysely<Database>) {
  return {
    async timeline(ctx: ServiceContext, q: TimelineQuery): Promise<TimelinePage> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const limit = q.limit ?? 50;
      return db.transaction().execute(async (trx) => {
        await requirePatient(trx, q.patientId);
        const rows = await timelinePage(trx, {
          patientId: q.patientId,
          contactType: q.contactType,
          diagnosisCode: q.diagnosis,
          authorId: q.authorId,
          from: q.from,
          to: q.to,
          before: decodeCursor(q.cursor),
          limit: limit + 1,
        });
        const page = rows.slice(0, limit);
        const [diagnoses, names] = await Promise.all([
          diagnosesOf(
            trx,
            page.map((r) => r.current_version_id),
          ),
          userNames(trx),
        ]);
        await recordAudit(trx, ctx, { action: 'journal.read.timeline', patientId: q.patientId });
        const last = page.at(-1);
        return {
          entries: page.map((r) => {
            const main = diagnoses.find((d) => d.version_id === r.current_version_id && d.is_main === 1);
            return {
              noteId: r.id,
              occurredAt: r.occurred_at,
              contactType: r.contact_type,
              status: toNoteStatus(r.status),
              authorId: r.author_id,
              authorName: names.get(r.author_id) ?? 'Ukjent',
              reasonForContact: r.reason_for_contact,
              mainDiagnosis: main ? toDiagnosisView(main) : null,
              summary: r.vurdering.slice(0, 160),
              versionCount: r.version_count,
            };
          }),
          nextCursor: rows.length > limit && last ? encodeCursor(last.occurred_at, last.id) : null,
        };
      });
    },

    async note(ctx: ServiceContext, noteId: string): Promise<NoteDetail> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      return db.transaction().execute(async (trx) => {
        const detail = await buildNoteDetail(trx, noteId);
        await recordAudit(trx, ctx, {
          action: 'journal.read.note',
          patientId: detail.patientId,
          entityType: 'journal_note',
          entityId: noteId,
        });
        return detail;
      });
    },

    async search(
      ctx: ServiceContext,
      q: { patientId: string; query: string; limit?: number | undefined },
    ): Promise<JournalSearchHit[]> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      return db.transaction().execute(async (trx) => {
        await requirePatient(trx, q.patientId);
        const ids = await searchPatientJournal(trx, q.patientId, q.query, q.limit ?? 50);
        const words = foldForSearch(q.query)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
        const texts = new Map((await currentTextsOf(trx, ids)).map((t) => [t.id, t]));
        const hits: JournalSearchHit[] = ids.flatMap((id) => {
          const t = texts.get(id);
          if (!t) return [];
          const text = [t.reason_for_contact, t.anamnese, t.funn, t.vurdering, t.tiltak].join(' · ');
          return [
            {
              noteId: id,
              occurredAt: t.occurred_at,
              status: toNoteStatus(t.status),
              ...excerptWithHighlights(text, words),
            },
          ];
        });
        await recordAudit(trx, ctx, { action: 'journal.read.search', patientId: q.patientId });
        return hits;
      });
    },

    async problemList(ctx: ServiceContext, patientId: string): Promise<ProblemView[]> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      return db.transaction().execute(async (trx) => {
        await requirePatient(trx, patientId);
        const rows = await lastingDiagnoses(trx, patientId);
        const byCode = new Map<string, ProblemView>();
        for (const r of rows) {
          const key = `${r.code_system} ${r.code}`;
          const day = r.occurred_at.slice(0, 10);
          const seen = byCode.get(key);
          if (seen) seen.lastNoted = day;
          else
            byCode.set(key, {
              system: r.code_system === 'ICD-10' ? 'ICD-10' : 'ICPC-2',
              code: r.code,
              title: r.title,
              firstNoted: day,
              lastNoted: day,
            });
        }
        await recordAudit(trx, ctx, { action: 'journal.read.problems', patientId });
        return [...byCode.values()];
      });
    },

    /** The user's unsigned drafts, offered back after a restart or a crash. */
    async myDrafts(ctx: ServiceContext): Promise<DraftSummary[]> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      if (!ctx.user.id) return [];
      const drafts = await draftsOfAuthor(db, ctx.user.id);
      const patients = new Map(
        (await findPatientsByIds(db, [...new Set(drafts.map((d) => d.patient_id))])).map((p) => [p.id, p]),
      );
      return drafts.map((d) => ({
        noteId: d.note_id,
        versionId: d.id,
        patient: {
          id: d.patient_id,
          name: patients.get(d.patient_id) ? fullName(patients.get(d.patient_id)!) : 'Ukjent',
        },
        savedAt: d.saved_at,
        kind: d.kind === 'retting' || d.kind === 'feilregistrering' ? d.kind : 'original',
      }));
    },
  };
}
export type JournalReadService = ReturnType<typeof createJournalReadService>;
