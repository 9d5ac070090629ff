import { Select, TextField } from '@navikt/ds-react';
import { Controller, useFormContext } from 'react-hook-form';
import {
  CAVE_CERTAINTIES,
  CAVE_LABELS,
  CAVE_SEVERITIES,
  CAVE_SOURCES,
} from '../../../../../shared/schemas/cave.schema';
import { DateField } from '../../../ui/forms/date-field';
import { AtcAutocomplete } from './atc-autocomplete';
import { emptyAsUndefined } from '../../../ui/forms/empty-as-undefined';
import type { CaveFieldValues } from './cave-field-values';

/** The fields of a CAVE entry, for the add and the revise form alike (inside their <FormProvider>). */
export function CaveFields() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<CaveFieldValues>();
  return (
    <>
      <AtcAutocomplete />
      <TextField
        id="cave-reaction"
        label="Reaksjon"
        description="F.eks. utslett, anafylaksi, angioødem"
        autoComplete="off"
        error={errors.reaction?.message}
        {...register('reaction')}
      />
      <div className="form-row">
        <Select
          id="cave-severity"
          label="Alvorlighetsgrad"
          error={errors.severity?.message}
          {...register('severity', { setValueAs: emptyAsUndefined })}
        >
          <option value="">Velg</option>
          {CAVE_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {CAVE_LABELS.severity[s]}
            </option>
          ))}
        </Select>
        <Select
          id="cave-certainty"
          label="Sikkerhet"
          error={errors.certainty?.message}
          {...register('certainty', { setValueAs: emptyAsUndefined })}
        >
          <option value="">Velg</option>
          {CAVE_CERTAINTIES.map((c) => (
            <option key={c} value={c}>
              {CAVE_LABELS.certainty[c]}
            </option>
          ))}
        </Select>
      </div>
      <div className="form-row">
        <Select
          id="cave-source"
          label="Kilde"
          error={errors.source?.message}
          {...register('source', { setValueAs: emptyAsUndefined })}
        >
          <option value="">Velg</option>
          {CAVE_SOURCES.map((s) => (
            <option key={s} value={s}>
              {CAVE_LABELS.source[s]}
            </option>
          ))}
        </Select>
        <Controller
          control={control}
          name="notedOn"
          render={({ field, fieldState }) => (
            <DateField
              id="cave-noted-on"
              label="Dato notert"
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
    </>
  );
}
