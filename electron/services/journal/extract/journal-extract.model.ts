/** What a journal extract says, assembled from the rows before any layout: the PDF only draws this. */
import type {
  ClinicRow,
  JournalNoteRow,
  NoteDiagnosisRow,
  NoteMeasurementRow,
  NoteVersionRow,
  PatientRow,
} from '../../../../db/schema';
import type { NoteVersionView } from '../../../../shared/api/views';
import { CONTACT_TYPE_LABELS, type ContactType } from '../../../../shared/schemas/journal.schema';
import { fullName } from '../../patients/patient-view';
import { toVersionView } from '../note-detail';

export type ExtractStatus = 'signert' | 'rettet' | 'feilregistrert';

export interface ExtractVersion extends NoteVersionView {
  /** A feilregistrering copies the text it marks; the extract then says so instead of printing it twice. */
  sameTextAsPrevious: boolean;
}

export interface ExtractNote {
  id: string;
  occurredAt: string;
  contactType: string;
  authorName: string;
  status: ExtractStatus;
  /** Signed versions only, oldest first. */
  versions: ExtractVersion[];
}

export interface JournalExtract {
  clinic: { name: string; organisationNumber: string } | null;
  patient: { name: string; identityNumber: string; identityType: string; birthDate: string };
  /** Calendar dates as asked for; absent means from the first or to the last note. */
  period: { from?: string | undefined; to?: string | undefined };
  printedAt: Date;
  printedBy: string;
  notes: ExtractNote[];
}

export interface ExtractRows {
  clinic: ClinicRow | undefined;
  patient: PatientRow;
  notes: readonly JournalNoteRow[];
  versions: readonly NoteVersionRow[];
  diagnoses: readonly NoteDiagnosisRow[];
  measurements: readonly NoteMeasurementRow[];
  names: ReadonlyMap<string, string>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function sameText(a: NoteVersionView, b: NoteVersionView): boolean {
  const f = a.fields;
  const g = b.fields;
  return (
    f.reasonForContact === g.reasonForContact &&
    f.anamnese === g.anamnese &&
    f.funn === g.funn &&
    f.vurdering === g.vurdering &&
    f.tiltak === g.tiltak &&
    JSON.stringify(a.diagnoses) === JSON.stringify(b.diagnoses) &&
    JSON.stringify(a.measurements) === JSON.stringify(b.measurements)
  );
}

function extractStatus(status: string): ExtractStatus {
  return status === 'rettet' || status === 'feilregistrert' ? status : 'signert';
}

export function contactTypeLabel(contactType: string): string {
  return (CONTACT_TYPE_LABELS as Record<string, string>)[contactType as ContactType] ?? contactType;
}

export function buildJournalExtract(
  rows: ExtractRows,
  meta: Pick<JournalExtract, 'period' | 'printedAt' | 'printedBy'>,
): JournalExtract {
  // Grouped once: a journal of thousands of notes must not rescan every diagnosis for every version.
  const versionsByNote = groupBy(rows.versions, (v) => v.note_id);
  const diagnosesByVersion = groupBy(rows.diagnoses, (d) => d.version_id);
  const measurementsByVersion = groupBy(rows.measurements, (m) => m.version_id);
  const notes = rows.notes.flatMap((n): ExtractNote[] => {
    const views = (versionsByNote.get(n.id) ?? []).map((v) =>
      toVersionView(v, diagnosesByVersion.get(v.id) ?? [], measurementsByVersion.get(v.id) ?? [], rows.names),
    );
    if (views.length === 0) return [];
    return [
      {
        id: n.id,
        occurredAt: n.occurred_at,
        contactType: contactTypeLabel(n.contact_type),
        authorName: rows.names.get(n.author_id) ?? 'Ukjent',
        status: extractStatus(n.status),
        versions: views.map((v, i) => {
          const previous = views[i - 1];
          return { ...v, sameTextAsPrevious: previous !== undefined && sameText(previous, v) };
        }),
      },
    ];
  });
  return {
    clinic: rows.clinic ? { name: rows.clinic.name, organisationNumber: rows.clinic.organisation_number } : null,
    patient: {
      name: fullName(rows.patient),
      identityNumber: rows.patient.identity_number,
      identityType: rows.patient.identity_type,
      birthDate: rows.patient.birth_date,
    },
    ...meta,
    notes,
  };
}
