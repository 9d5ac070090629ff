/** Builds the views of a note: every version with its diagnoses and measurements, oldest first. */
import type { Kysely, Transaction } from 'kysely';
import { diagnosesOf, findNote, measurementsOf, versionsOf } from '../../../db/repositories/journal.repository';
import { listUsers } from '../../../db/repositories/users.repository';
import type { Database, NoteDiagnosisRow, NoteMeasurementRow, NoteVersionRow } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { DiagnosisView, MeasurementView, NoteDetail, NoteVersionView } from '../../../shared/api/views';
import { MEASUREMENTS, bmi, type MeasurementKind } from '../../../shared/rules/measurements';
import { ServiceError } from '../service-error';

type Db = Kysely<Database> | Transaction<Database>;

const NOTE_STATUSES = ['utkast', 'signert', 'rettet', 'feilregistrert', 'forkastet'] as const;

/** A note's status as the API names it (the column is plain text). */
export function toNoteStatus(value: string): NoteDetail['status'] {
  return NOTE_STATUSES.find((s) => s === value) ?? 'utkast';
}

export function toDiagnosisView(d: NoteDiagnosisRow): DiagnosisView {
  return {
    system: d.code_system === 'ICD-10' ? 'ICD-10' : 'ICPC-2',
    code: d.code,
    title: d.title,
    isMain: d.is_main === 1,
    isLasting: d.is_lasting === 1,
  };
}

function toMeasurementView(m: NoteMeasurementRow): MeasurementView {
  const def = MEASUREMENTS[m.kind as MeasurementKind] as { label: string } | undefined;
  return { kind: m.kind, label: def?.label ?? m.kind, value: m.value, unit: m.unit };
}

export function toVersionView(
  v: NoteVersionRow,
  diagnoses: readonly NoteDiagnosisRow[],
  measurements: readonly NoteMeasurementRow[],
  names: ReadonlyMap<string, string>,
): NoteVersionView {
  const ms = measurements.filter((m) => m.version_id === v.id);
  const value = (kind: string) => ms.find((m) => m.kind === kind)?.value;
  return {
    id: v.id,
    version: v.version,
    kind: v.kind === 'retting' || v.kind === 'feilregistrering' ? v.kind : 'original',
    fields: {
      reasonForContact: v.reason_for_contact,
      anamnese: v.anamnese,
      funn: v.funn,
      vurdering: v.vurdering,
      tiltak: v.tiltak,
    },
    changeReason: v.change_reason,
    authorName: names.get(v.author_id) ?? 'Ukjent',
    createdAt: v.created_at,
    savedAt: v.saved_at,
    signedAt: v.signed_at,
    signedByName: v.signed_by ? (names.get(v.signed_by) ?? 'Ukjent') : null,
    diagnoses: diagnoses.filter((d) => d.version_id === v.id).map(toDiagnosisView),
    measurements: ms.map(toMeasurementView),
    bmi: bmi(value('vekt'), value('hoyde')) ?? null,
  };
}

export async function userNames(db: Db): Promise<Map<string, string>> {
  return new Map((await listUsers(db)).map((u) => [u.id, u.display_name]));
}

export async function buildNoteDetail(db: Db, noteId: string): Promise<NoteDetail> {
  const note = await findNote(db, noteId);
  if (!note) throw new ServiceError(ErrorCode.notFound, 'Fant ikke journalnotatet.');
  const versions = await versionsOf(db, note.id);
  const ids = versions.map((v) => v.id);
  const [diagnoses, measurements, names] = await Promise.all([
    diagnosesOf(db, ids),
    measurementsOf(db, ids),
    userNames(db),
  ]);
  const views = versions.map((v) => toVersionView(v, diagnoses, measurements, names));
  const current = views.find((v) => v.id === note.current_version_id);
  if (!current) throw new ServiceError(ErrorCode.internal, 'Journalnotatet mangler gjeldende versjon.');
  return {
    id: note.id,
    patientId: note.patient_id,
    status: toNoteStatus(note.status),
    occurredAt: note.occurred_at,
    contactType: note.contact_type,
    authorName: names.get(note.author_id) ?? 'Ukjent',
    current,
    draft: views.find((v) => v.id === note.draft_version_id) ?? null,
    history: views,
  };
}
