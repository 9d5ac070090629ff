import { BodyLong, BodyShort, Label, VStack } from '@navikt/ds-react';
import type { NoteVersionView } from '../../../../../shared/api/views';
import { FIELD_LABELS, TEXT_FIELDS } from '../editor/note-form-values';
import { formatNumber } from '../journal-format';

/** The content of one version: the text fields that have text, the diagnoses and the measurements. */
export function NoteVersionBody({ version }: { version: NoteVersionView }) {
  const filled = TEXT_FIELDS.filter((f) => version.fields[f].trim() !== '');
  return (
    <VStack gap="space-12" className="note-body">
      {filled.length === 0 && (
        <BodyShort size="small" textColor="subtle">
          Ingen tekst.
        </BodyShort>
      )}
      {filled.map((field) => (
        <div key={field} className="note-body__field">
          <Label as="h3" size="small">
            {FIELD_LABELS[field]}
          </Label>
          <BodyLong size="small" className="note-body__text">
            {version.fields[field]}
          </BodyLong>
        </div>
      ))}
      {version.diagnoses.length > 0 && (
        <div className="note-body__field">
          <Label as="h3" size="small">
            Diagnoser
          </Label>
          <ul className="note-body__list">
            {version.diagnoses.map((d) => (
              <li key={`${d.system}-${d.code}`}>
                <strong>{d.code}</strong> {d.title} <span className="note-body__muted">({d.system})</span>
                {d.isMain && <span className="note-body__muted"> · hoveddiagnose</span>}
                {d.isLasting && <span className="note-body__muted"> · varig</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {version.measurements.length > 0 && (
        <div className="note-body__field">
          <Label as="h3" size="small">
            Målinger
          </Label>
          <ul className="note-body__list note-body__measurements">
            {version.measurements.map((m) => (
              <li key={m.kind}>
                {m.label}: <strong>{formatNumber(m.value)}</strong>
                {m.unit && ` ${m.unit}`}
              </li>
            ))}
            {version.bmi !== null && (
              <li>
                BMI: <strong>{formatNumber(version.bmi)}</strong> kg/m²
              </li>
            )}
          </ul>
        </div>
      )}
    </VStack>
  );
}
