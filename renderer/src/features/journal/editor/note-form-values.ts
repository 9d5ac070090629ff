/**
 * The note editor's values and how they become a journal.saveDraft. Measurements are typed as text (a decimal
 * comma, a half-typed number); only values the service would accept are sent, so one mistyped value never stops the
 * text around it from being saved. The checks are the shared ones the service runs.
 */
import type { NoteVersionView, TimelineEntry } from '../../../../../shared/api/views';
import type { CodeSystem } from '../../../../../shared/reference/codes';
import { MEASUREMENT_KINDS, bmi, type MeasurementKind } from '../../../../../shared/rules/measurements';
import { measurementInputSchema, type DraftInput, type NoteFields } from '../../../../../shared/schemas/journal.schema';

export interface DiagnosisValue {
  system: CodeSystem;
  code: string;
  title: string;
  isMain: boolean;
  isLasting: boolean;
}

export type MeasurementTexts = Record<MeasurementKind, string>;

export interface NoteFormValues {
  fields: NoteFields;
  diagnoses: DiagnosisValue[];
  measurements: MeasurementTexts;
}

export const TEXT_FIELDS = [
  'reasonForContact',
  'anamnese',
  'funn',
  'vurdering',
  'tiltak',
] as const satisfies readonly (keyof NoteFields)[];

export const FIELD_LABELS: Record<keyof NoteFields, string> = {
  reasonForContact: 'Kontaktårsak',
  anamnese: 'Anamnese (S)',
  funn: 'Funn (O)',
  vurdering: 'Vurdering (A)',
  tiltak: 'Tiltak/plan (P)',
};

/** A number as it is typed in Norway: "37,8" as well as "37.8". */
function asText(value: number): string {
  return String(value).replace('.', ',');
}

export function emptyMeasurements(): MeasurementTexts {
  return Object.fromEntries(MEASUREMENT_KINDS.map((kind) => [kind, ''])) as MeasurementTexts;
}

export function formValuesFromVersion(version: NoteVersionView): NoteFormValues {
  const measurements = emptyMeasurements();
  for (const m of version.measurements) {
    if ((MEASUREMENT_KINDS as string[]).includes(m.kind)) measurements[m.kind as MeasurementKind] = asText(m.value);
  }
  return {
    fields: { ...version.fields },
    diagnoses: version.diagnoses.map((d) => ({ ...d })),
    measurements,
  };
}

export type MeasurementCheck = { kind: MeasurementKind; value: number } | { kind: MeasurementKind; problem: string };

/** Each filled-in measurement, either a value the service accepts or the Norwegian reason it would not. */
export function checkMeasurements(texts: MeasurementTexts): MeasurementCheck[] {
  const checks: MeasurementCheck[] = [];
  for (const kind of MEASUREMENT_KINDS) {
    const text = texts[kind].trim();
    if (text === '') continue;
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) {
      checks.push({ kind, problem: 'Skriv et tall' });
      continue;
    }
    const parsed = measurementInputSchema.safeParse({ kind, value });
    checks.push(parsed.success ? { kind, value } : { kind, problem: parsed.error.issues[0]?.message ?? 'Ugyldig' });
  }
  const systolic = checks.find((c) => c.kind === 'bt_sys' && 'value' in c);
  const diastolic = checks.findIndex((c) => c.kind === 'bt_dia' && 'value' in c);
  const dia = checks[diastolic];
  if (systolic && 'value' in systolic && dia && 'value' in dia && dia.value >= systolic.value) {
    // Same words as draftSchema's own refinement.
    checks[diastolic] = { kind: 'bt_dia', problem: 'Diastolisk BT må være lavere enn systolisk' };
  }
  return checks;
}

export function measurementProblems(texts: MeasurementTexts): Partial<Record<MeasurementKind, string>> {
  return Object.fromEntries(checkMeasurements(texts).flatMap((c) => ('problem' in c ? [[c.kind, c.problem]] : [])));
}

/** BMI from the weight and height typed, when both are valid. */
export function bmiOf(texts: MeasurementTexts): number | undefined {
  const checks = checkMeasurements(texts);
  const value = (kind: MeasurementKind) => {
    const c = checks.find((x) => x.kind === kind);
    return c && 'value' in c ? c.value : undefined;
  };
  return bmi(value('vekt'), value('hoyde'));
}

export function toDraftInput(noteId: string, versionId: string, values: NoteFormValues): DraftInput {
  return {
    noteId,
    versionId,
    fields: { ...values.fields },
    diagnoses: values.diagnoses.map(({ system, code, isMain, isLasting }) => ({ system, code, isMain, isLasting })),
    measurements: checkMeasurements(values.measurements).flatMap((c) =>
      'value' in c ? [{ kind: c.kind, value: c.value }] : [],
    ),
  };
}

/** What the timeline shows of a draft, as main would after this save (see journal.timeline: summary = vurdering). */
export function timelinePatch(
  values: NoteFormValues,
): Pick<TimelineEntry, 'reasonForContact' | 'summary' | 'mainDiagnosis'> {
  const main = values.diagnoses.find((d) => d.isMain);
  return {
    reasonForContact: values.fields.reasonForContact,
    summary: values.fields.vurdering.slice(0, 160),
    mainDiagnosis: main ? { ...main } : null,
  };
}
