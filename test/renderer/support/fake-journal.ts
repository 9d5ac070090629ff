/**
 * The journal in memory for component tests: notes with versions (draft, signed, retting, feilregistrert,
 * forkastet), the timeline with its cursor and filters, search with highlight ranges, the problem list, drafts and
 * fraser. Same rules as the service where the renderer can see them: doctors only, only the author writes a draft,
 * a signed version never changes. Fictional clinical text.
 */
import type {
  DiagnosisView,
  DraftSummary,
  JournalSearchHit,
  MeasurementView,
  NoteDetail,
  NoteVersionView,
  ProblemView,
  SnippetView,
  TimelineEntry,
} from '../../../shared/api/views';
import { ErrorCode } from '../../../shared/api/error-codes';
import { icpc2Title } from '../../../shared/reference/codes';
import { MEASUREMENTS, bmi, type MeasurementKind } from '../../../shared/rules/measurements';
import type { ContactType } from '../../../shared/schemas/journal.schema';
import { PERMISSIONS, type Role } from '../../../shared/schemas/roles';
import { refuse, requireRoleIn, type Handlers } from './fake-handler';
import { fixtureId } from './fake-patient-fixtures';

interface Session {
  role: () => Role | undefined;
  userId: () => string | null;
  userName: () => string;
}

interface StoredVersion extends NoteVersionView {
  authorId: string;
}

interface StoredNote {
  id: string;
  patientId: string;
  status: NoteDetail['status'];
  occurredAt: string;
  contactType: string;
  authorId: string;
  authorName: string;
  versions: StoredVersion[];
  currentId: string;
  draftId: string | null;
}

export interface FakeJournal {
  handlers: Handlers;
  notes: StoredNote[];
  snippets: SnippetView[];
  /** Signed notes for a patient, one a day going back from 2026-03-01, newest first in the timeline. */
  seedNotes(patientId: string, count: number, make?: (i: number) => Partial<NoteVersionView['fields']>): void;
  /** One note as the given author wrote it; signed unless `draft`. Returns its id. */
  addNote(options: {
    patientId: string;
    fields: Partial<NoteVersionView['fields']>;
    authorId?: string;
    authorName?: string;
    occurredAt?: string;
    contactType?: ContactType;
    diagnoses?: DiagnosisView[];
    draft?: boolean;
  }): string;
}

const EMPTY_FIELDS: NoteVersionView['fields'] = {
  reasonForContact: '',
  anamnese: '',
  funn: '',
  vurdering: '',
  tiltak: '',
};

function now(): string {
  return new Date().toISOString();
}

function textOf(v: NoteVersionView): string {
  const f = v.fields;
  return [f.reasonForContact, f.anamnese, f.funn, f.vurdering, f.tiltak].filter((t) => t !== '').join(' · ');
}

export function createFakeJournal(session: Session): FakeJournal {
  const notes: StoredNote[] = [];
  const snippets: SnippetView[] = [];
  let next = 7000;
  const newId = () => fixtureId(next++);

  const clinical = () => requireRoleIn(session.role(), PERMISSIONS.patientClinical);
  const me = () => session.userId() ?? refuse(ErrorCode.forbidden, 'Journalen skrives av en innlogget lege.');
  const find = (noteId: string) =>
    notes.find((n) => n.id === noteId) ?? refuse(ErrorCode.notFound, 'Fant ikke journalnotatet.');
  const versionOf = (note: StoredNote, id: string | null) => note.versions.find((v) => v.id === id);
  const current = (note: StoredNote) =>
    versionOf(note, note.currentId) ?? refuse(ErrorCode.internal, 'Mangler versjon');

  const view = ({ authorId: _a, ...v }: StoredVersion): NoteVersionView => structuredClone(v);
  const detail = (note: StoredNote): NoteDetail => ({
    id: note.id,
    patientId: note.patientId,
    status: note.status,
    occurredAt: note.occurredAt,
    contactType: note.contactType,
    authorName: note.authorName,
    current: view(current(note)),
    draft: note.draftId ? view(versionOf(note, note.draftId)!) : null,
    history: note.versions.map(view),
  });

  const ownDraft = (note: StoredNote, versionId: string): StoredVersion => {
    const v = versionOf(note, versionId) ?? refuse(ErrorCode.notFound, 'Fant ikke utkastet.');
    if (v.signedAt) refuse('NOTE_SIGNED', 'Notatet er signert og kan ikke endres. Lag en retting.');
    if (note.draftId !== v.id) refuse('DRAFT_CLOSED', 'Utkastet er ikke lenger åpent.');
    if (v.authorId !== me()) refuse(ErrorCode.forbidden, 'Bare forfatteren kan endre utkastet.');
    return v;
  };

  const newVersion = (
    from: StoredVersion | null,
    patch: Partial<StoredVersion> & Pick<StoredVersion, 'authorId' | 'authorName'>,
  ): StoredVersion => {
    const at = now();
    return {
      id: newId(),
      version: (from?.version ?? 0) + 1,
      kind: 'original',
      fields: from ? { ...from.fields } : { ...EMPTY_FIELDS },
      changeReason: null,
      createdAt: at,
      savedAt: at,
      signedAt: null,
      signedByName: null,
      diagnoses: from ? structuredClone(from.diagnoses) : [],
      measurements: from ? structuredClone(from.measurements) : [],
      bmi: from?.bmi ?? null,
      ...patch,
    };
  };

  const addNote: FakeJournal['addNote'] = (o) => {
    const authorId = o.authorId ?? 'u-lege';
    const authorName = o.authorName ?? 'Ola Lege';
    const at = o.occurredAt ?? now();
    const v = newVersion(null, {
      authorId,
      authorName,
      createdAt: at,
      savedAt: at,
      fields: { ...EMPTY_FIELDS, ...o.fields },
      diagnoses: o.diagnoses ?? [],
      ...(!o.draft && { signedAt: at, signedByName: authorName }),
    });
    const note: StoredNote = {
      id: newId(),
      patientId: o.patientId,
      status: o.draft ? 'utkast' : 'signert',
      occurredAt: at,
      contactType: o.contactType ?? 'oppmote',
      authorId,
      authorName,
      versions: [v],
      currentId: v.id,
      draftId: o.draft ? v.id : null,
    };
    notes.push(note);
    return note.id;
  };

  const timelineEntry = (note: StoredNote): TimelineEntry => {
    const v = current(note);
    return {
      noteId: note.id,
      occurredAt: note.occurredAt,
      contactType: note.contactType,
      status: note.status,
      authorId: note.authorId,
      authorName: note.authorName,
      reasonForContact: v.fields.reasonForContact,
      mainDiagnosis: v.diagnoses.find((d) => d.isMain) ?? null,
      summary: v.fields.vurdering.slice(0, 160),
      versionCount: note.versions.length,
    };
  };

  const handlers: Handlers = {
    'journal.start': ({ patientId, contactType, occurredAt }) => {
      clinical();
      const id = addNote({
        patientId,
        fields: {},
        authorId: me(),
        authorName: session.userName(),
        occurredAt: occurredAt ?? now(),
        contactType,
        draft: true,
      });
      return detail(find(id));
    },
    'journal.saveDraft': ({ noteId, versionId, fields, diagnoses, measurements }) => {
      clinical();
      const note = find(noteId);
      const v = ownDraft(note, versionId);
      v.fields = { ...fields };
      v.diagnoses = diagnoses.map((d) => ({
        ...d,
        title:
          (d.system === 'ICPC-2' ? icpc2Title(d.code) : d.code) ??
          refuse(ErrorCode.invalidInput, 'Ukjent diagnosekode.', { 'diagnoses.0.code': `Ukjent kode ${d.code}` }),
      }));
      v.measurements = measurements.map((m): MeasurementView => ({
        kind: m.kind,
        label: MEASUREMENTS[m.kind].label,
        value: m.value,
        unit: MEASUREMENTS[m.kind].unit,
      }));
      const value = (kind: MeasurementKind) => measurements.find((m) => m.kind === kind)?.value;
      v.bmi = bmi(value('vekt'), value('hoyde')) ?? null;
      v.savedAt = now();
      return { savedAt: v.savedAt };
    },
    'journal.sign': ({ noteId, versionId }) => {
      clinical();
      const note = find(noteId);
      const v = ownDraft(note, versionId);
      if (textOf(v) === '') refuse('NOTE_EMPTY', 'Et tomt notat kan ikke signeres.');
      v.signedAt = now();
      v.signedByName = session.userName();
      note.status = v.kind === 'retting' ? 'rettet' : 'signert';
      note.currentId = v.id;
      note.draftId = null;
      return detail(note);
    },
    'journal.startCorrection': ({ noteId, reason }) => {
      clinical();
      const note = find(noteId);
      if (note.status !== 'signert' && note.status !== 'rettet') {
        refuse('NOTE_NOT_SIGNED', 'Bare et signert notat kan rettes. Et utkast endrer du direkte.');
      }
      if (note.draftId) refuse('CORRECTION_OPEN', 'Det finnes allerede en åpen retting.');
      const v = newVersion(current(note), {
        kind: 'retting',
        changeReason: reason,
        authorId: me(),
        authorName: session.userName(),
      });
      note.versions.push(v);
      note.draftId = v.id;
      return detail(note);
    },
    'journal.markEnteredInError': ({ noteId, reason }) => {
      clinical();
      const note = find(noteId);
      if (note.status !== 'signert' && note.status !== 'rettet') {
        refuse('NOTE_NOT_SIGNED', 'Bare et signert notat kan feilregistreres. Et utkast kan forkastes.');
      }
      const at = now();
      const v = newVersion(current(note), {
        kind: 'feilregistrering',
        changeReason: reason,
        authorId: me(),
        authorName: session.userName(),
        signedAt: at,
        signedByName: session.userName(),
      });
      note.versions.push(v);
      note.status = 'feilregistrert';
      note.currentId = v.id;
      note.draftId = null;
      return detail(note);
    },
    'journal.discardDraft': ({ noteId }) => {
      clinical();
      const note = find(noteId);
      if (!note.draftId) refuse('DRAFT_CLOSED', 'Det finnes ikke noe åpent utkast.');
      ownDraft(note, note.draftId);
      if (note.currentId === note.draftId) note.status = 'forkastet';
      note.draftId = null;
      return detail(note);
    },
    'journal.timeline': (q) => {
      clinical();
      const matching = notes
        .filter((n) => n.patientId === q.patientId)
        .filter((n) => !q.contactType || n.contactType === q.contactType)
        .filter((n) => !q.authorId || n.authorId === q.authorId)
        .filter((n) => !q.from || n.occurredAt >= q.from)
        .filter((n) => !q.to || n.occurredAt.slice(0, 10) <= q.to)
        .filter((n) => !q.diagnosis || current(n).diagnoses.some((d) => d.code === q.diagnosis))
        .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id));
      const start = q.cursor ? Number(q.cursor) : 0;
      const limit = q.limit ?? 50;
      const page = matching.slice(start, start + limit);
      return {
        entries: page.map(timelineEntry),
        nextCursor: start + limit < matching.length ? String(start + limit) : null,
      };
    },
    'journal.note': ({ noteId }) => {
      clinical();
      return detail(find(noteId));
    },
    'journal.search': ({ patientId, query }) => {
      clinical();
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const hits: JournalSearchHit[] = [];
      for (const note of notes.filter((n) => n.patientId === patientId)) {
        const text = textOf(current(note));
        const lower = text.toLowerCase();
        if (!words.every((w) => lower.includes(w))) continue;
        const highlights: [number, number][] = [];
        for (const w of words) {
          for (let at = lower.indexOf(w); at !== -1; at = lower.indexOf(w, at + w.length)) {
            highlights.push([at, at + w.length]);
          }
        }
        hits.push({ noteId: note.id, occurredAt: note.occurredAt, status: note.status, excerpt: text, highlights });
      }
      return hits.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
    },
    'journal.problemList': ({ patientId }) => {
      clinical();
      const problems = new Map<string, ProblemView>();
      for (const note of notes.filter((n) => n.patientId === patientId && n.status !== 'feilregistrert')) {
        const v = current(note);
        if (!v.signedAt) continue;
        for (const d of v.diagnoses.filter((x) => x.isLasting)) {
          const day = note.occurredAt.slice(0, 10);
          const seen = problems.get(`${d.system} ${d.code}`);
          if (seen) seen.lastNoted = day > seen.lastNoted ? day : seen.lastNoted;
          else problems.set(`${d.system} ${d.code}`, { ...d, firstNoted: day, lastNoted: day });
        }
      }
      return [...problems.values()];
    },
    'journal.myDrafts': () => {
      clinical();
      return notes.flatMap((note): DraftSummary[] => {
        const v = versionOf(note, note.draftId);
        if (!v || v.authorId !== session.userId()) return [];
        return [
          {
            noteId: note.id,
            versionId: v.id,
            patient: { id: note.patientId, name: 'Kari Nordmann' },
            savedAt: v.savedAt,
            kind: v.kind,
          },
        ];
      });
    },
    'journal.extract': () => {
      clinical();
      return { fileName: 'journalutskrift.pdf', pdfBase64: btoa('%PDF-1.7 falsk') };
    },
    'snippets.list': () => {
      clinical();
      return [...snippets];
    },
    'snippets.save': ({ keyword, body }) => {
      clinical();
      const existing = snippets.find((s) => s.keyword === keyword);
      if (existing) existing.body = body;
      else snippets.push({ id: newId(), keyword, body });
      return [...snippets];
    },
    'snippets.remove': ({ id }) => {
      clinical();
      const index = snippets.findIndex((s) => s.id === id);
      if (index === -1) refuse(ErrorCode.notFound, 'Fant ikke frasen.');
      snippets.splice(index, 1);
      return [...snippets];
    },
  };

  return {
    handlers,
    notes,
    snippets,
    addNote,
    seedNotes(patientId, count, make = () => ({})) {
      for (let i = 0; i < count; i++) {
        addNote({
          patientId,
          occurredAt: new Date(Date.UTC(2026, 2, 1, 9, 0) - i * 86_400_000).toISOString(),
          fields: { reasonForContact: `Kontroll nr. ${i + 1}`, vurdering: 'Stabil tilstand.', ...make(i) },
        });
      }
    },
  };
}
