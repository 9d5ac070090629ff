/**
 * The one contract between renderer and main. The preload, the router and the renderer hooks are all derived
 * from these two registries, so a call or event that is not declared here cannot cross the boundary.
 */
import { z } from 'zod';
import '../schemas/zod-norwegian';
import { call, empty, event, type CallSpec } from './call-spec';
import { inboxCalls, inboxEvents } from './inbox.calls';
import { queueCalls, queueEvents } from './queue.calls';
import { referralCalls, referralEvents } from './referral.calls';
import { requestsCalls, requestsEvents } from './requests.calls';
import { timebokCalls, timebokEvents } from './timebok.calls';
import { loginSchema, newUserSchema, setupClinicSchema } from '../schemas/clinic.schema';
import { caveAddSchema, caveReviseSchema } from '../schemas/cave.schema';
import { drugSearchSchema } from '../schemas/drugs.schema';
import {
  prescriptionDraftSchema,
  prescriptionIssueSchema,
  prescriptionRenewSchema,
  prescriptionRevokeSchema,
} from '../schemas/prescription.schema';
import {
  draftSchema,
  journalSearchSchema,
  noteRefSchema,
  reasonSchema,
  signSchema,
  snippetSchema,
  startNoteSchema,
  timelineSchema,
} from '../schemas/journal.schema';
import {
  assignToListSchema,
  doctorIdSchema,
  listChangesSchema,
  removeFromListSchema,
  setCeilingSchema,
  waitingListAddSchema,
  waitingListCloseSchema,
  waitingListGrantSchema,
} from '../schemas/lists.schema';
import {
  patientIdSchema,
  patientInputSchema,
  patientSearchSchema,
  relationInputSchema,
} from '../schemas/patient.schema';
import type { DrugCatalogueImportView, DrugCatalogueInfo, DrugSearchResult } from './drug-views';
import type {
  IssuedPrescription,
  PrescriptionCheckView,
  PrescriptionView,
  RfPrescriptionListView,
} from './prescription-views';
import type {
  AuditEventView,
  DoctorListView,
  DraftSummary,
  JournalSearchHit,
  NoteDetail,
  ProblemView,
  SnippetView,
  TimelinePage,
  ImportReport,
  ListChangeView,
  PatientCard,
  PatientSummary,
  SessionInfo,
  SetupStatus,
  UserSummary,
  WaitingListEntryView,
} from './views';

export type { Access, CallSpec } from './call-spec';

export const calls = {
  'setup.status': call<SetupStatus>()(empty, 'public'),
  'setup.createClinic': call<SessionInfo>()(setupClinicSchema, 'public'),
  'auth.login': call<SessionInfo>()(loginSchema, 'public'),
  'auth.session': call<SessionInfo | null>()(empty, 'public'),
  'auth.logout': call<null>()(empty),
  'users.list': call<UserSummary[]>()(empty),
  'users.create': call<UserSummary>()(newUserSchema),
  'users.clinicians': call<{ id: string; displayName: string }[]>()(empty),
  'audit.recent': call<AuditEventView[]>()(z.object({ limit: z.number().int().min(1).max(500).optional() }).strict()),

  'patients.search': call<PatientSummary[]>()(patientSearchSchema),
  'patients.recent': call<PatientSummary[]>()(empty),
  'patients.open': call<PatientCard>()(patientIdSchema),
  'patients.register': call<PatientCard>()(patientInputSchema),
  'patients.update': call<PatientCard>()(z.object({ patientId: z.uuid(), patient: patientInputSchema }).strict()),
  'patients.merge': call<PatientCard>()(z.object({ sourceId: z.uuid(), targetId: z.uuid() }).strict()),
  'patients.addRelation': call<PatientCard>()(relationInputSchema),
  'patients.import': call<ImportReport>()(
    z
      .object({
        fileName: z.string().max(260),
        // The file's bytes, so the service can tell UTF-8 from Windows-1252 itself. 30 MB is ~300,000 patients.
        contentBase64: z.base64('Filen kunne ikke leses').max(40_000_000, 'Filen er for stor'),
      })
      .strict(),
  ),
  'patients.endRelation': call<PatientCard>()(z.object({ relationId: z.uuid() }).strict()),

  'cave.add': call<PatientCard>()(caveAddSchema),
  'cave.revise': call<PatientCard>()(caveReviseSchema),

  'journal.start': call<NoteDetail>()(startNoteSchema),
  'journal.saveDraft': call<{ savedAt: string }>()(draftSchema),
  'journal.sign': call<NoteDetail>()(signSchema),
  'journal.startCorrection': call<NoteDetail>()(reasonSchema),
  'journal.markEnteredInError': call<NoteDetail>()(reasonSchema),
  'journal.discardDraft': call<NoteDetail>()(noteRefSchema),
  'journal.timeline': call<TimelinePage>()(timelineSchema),
  'journal.note': call<NoteDetail>()(noteRefSchema),
  'journal.search': call<JournalSearchHit[]>()(journalSearchSchema),
  'journal.problemList': call<ProblemView[]>()(patientIdSchema),
  'journal.myDrafts': call<DraftSummary[]>()(empty),
  'journal.extract': call<{ fileName: string; pdfBase64: string }>()(
    z.object({ patientId: z.uuid(), from: z.iso.date().optional(), to: z.iso.date().optional() }).strict(),
  ),
  'snippets.list': call<SnippetView[]>()(empty),
  'snippets.save': call<SnippetView[]>()(snippetSchema),
  'snippets.remove': call<SnippetView[]>()(z.object({ id: z.uuid() }).strict()),

  'drugs.search': call<DrugSearchResult>()(drugSearchSchema),
  'drugs.catalogue': call<DrugCatalogueInfo | null>()(empty),
  'drugs.importFest': call<DrugCatalogueImportView>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        // The M30 file's bytes (base64; a JavaScript string holds ~500 M characters, so files up to ~370 MB).
        // A larger extract goes through the CLI's import-fest, which streams from the disk.
        contentBase64: z
          .base64('Filen kunne ikke leses')
          .max(500_000_000, 'Filen er for stor til å lastes opp her. Bruk kommandoen import-fest.'),
      })
      .strict(),
  ),

  'prescriptions.check': call<PrescriptionCheckView>()(prescriptionDraftSchema),
  'prescriptions.issue': call<IssuedPrescription>()(prescriptionIssueSchema),
  'prescriptions.list': call<PrescriptionView[]>()(patientIdSchema),
  'prescriptions.renew': call<IssuedPrescription>()(prescriptionRenewSchema),
  'prescriptions.revoke': call<PrescriptionView>()(prescriptionRevokeSchema),
  'prescriptions.requestRfList': call<RfPrescriptionListView>()(patientIdSchema),
  'prescriptions.rfList': call<RfPrescriptionListView>()(patientIdSchema),
  'prescriptions.print': call<{ fileName: string; pdfBase64: string }>()(patientIdSchema),

  'lists.overview': call<DoctorListView[]>()(empty),
  'lists.setCeiling': call<DoctorListView[]>()(setCeilingSchema),
  'lists.assign': call<null>()(assignToListSchema),
  'lists.remove': call<null>()(removeFromListSchema),
  'lists.changes': call<ListChangeView[]>()(listChangesSchema),
  'lists.waitingList': call<WaitingListEntryView[]>()(doctorIdSchema),
  'lists.addToWaitingList': call<null>()(waitingListAddSchema),
  'lists.closeWaiting': call<null>()(waitingListCloseSchema),
  'lists.grantFromWaiting': call<null>()(waitingListGrantSchema),

  ...referralCalls,
  ...inboxCalls,
  ...timebokCalls,
  ...queueCalls,
  ...requestsCalls,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Calls[N]['input']>;
export type CallOutput<N extends CallName> = Calls[N] extends CallSpec<z.ZodType, infer O> ? O : never;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

/** Events main pushes to the renderer. */
export const events = {
  toast: event<{ variant: 'info' | 'success' | 'warning' | 'error'; message: string }>(),
  progress: event<{ task: string; done: number; total: number; label?: string }>(),
  'session.ended': event<{ reason: 'logout' | 'expired' }>(),
  ...referralEvents,
  ...inboxEvents,
  ...timebokEvents,
  ...queueEvents,
  ...requestsEvents,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = (typeof events)[E] extends { readonly payload?: infer P } ? P : never;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** The IPC channels. Only these two exist. */
export const INVOKE_CHANNEL = 'allmenn:invoke';
export const EVENT_CHANNEL = 'allmenn:event';
