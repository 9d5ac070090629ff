import { BodyShort, Heading, TextField, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { MEASUREMENT_KINDS, MEASUREMENTS, type MeasurementKind } from '../../../../../shared/rules/measurements';
import { formatNumber } from '../journal-format';
import { bmiOf, measurementProblems, type NoteFormValues } from './note-form-values';

/**
 * Målinger with their units. A value outside the range a real value can lie in is a typing error: it is said at the
 * field once the field is left, and it is not saved until it is put right (the rest of the note still is).
 */
export function MeasurementsFields({ onChange }: { onChange: () => void }) {
  const headingId = useId();
  const { register, control } = useFormContext<NoteFormValues>();
  const texts = useWatch({ control, name: 'measurements' });
  const [left, setLeft] = useState<ReadonlySet<MeasurementKind>>(new Set());
  const problems = measurementProblems(texts);
  const bmi = bmiOf(texts);
  const shown = MEASUREMENT_KINDS.filter((kind) => problems[kind] !== undefined && left.has(kind));

  return (
    <VStack as="section" gap="space-8" aria-labelledby={headingId}>
      <Heading level="3" size="xsmall" id={headingId}>
        Målinger
      </Heading>
      <div className="measurements-grid">
        {MEASUREMENT_KINDS.map((kind) => {
          const field = register(`measurements.${kind}`, { onChange });
          const { label, unit } = MEASUREMENTS[kind];
          return (
            // Label, box and unit on one line, like a vitals chart; the unit is part of the accessible name.
            <div key={kind} className="measurement-row">
              <TextField
                id={`measurement-${kind}`}
                label={label}
                aria-label={unit ? `${label} (${unit})` : label}
                size="small"
                inputMode="decimal"
                autoComplete="off"
                error={left.has(kind) ? problems[kind] : undefined}
                {...field}
                onBlur={(event) => {
                  setLeft((set) => new Set(set).add(kind));
                  void field.onBlur(event);
                }}
              />
              <span className="measurement-row__unit" aria-hidden>
                {unit}
              </span>
            </div>
          );
        })}
      </div>
      <MeasurementsSummary bmi={bmi} unsaved={shown.length} />
    </VStack>
  );
}

function MeasurementsSummary({ bmi, unsaved }: { bmi: number | undefined; unsaved: number }) {
  return (
    <div className="measurements-summary">
      <BodyShort size="small" data-testid="bmi">
        {bmi === undefined ? 'BMI vises når vekt og høyde er fylt ut.' : `BMI ${formatNumber(bmi)} kg/m²`}
      </BodyShort>
      {unsaved > 0 && (
        <BodyShort size="small" className="measurements-summary__warning">
          {unsaved === 1 ? 'Én måling' : `${unsaved} målinger`} utenfor gyldig område lagres ikke før verdien er rettet.
        </BodyShort>
      )}
    </div>
  );
}
