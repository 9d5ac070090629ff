import { BodyShort, Checkbox, Select, TextField } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { checkIdentityNumber } from '../../../../../shared/rules/identity-number';
import { SEXES, SEX_LABELS } from '../../../../../shared/schemas/patient.schema';
import { DateField } from '../../../ui/forms/date-field';
import { formatDate } from '../../../ui/format-date';
import { identityTypeLabel } from '../../../ui/format-identity-number';
import { emptyAsUndefined } from '../../../ui/forms/empty-as-undefined';
import type { PatientFormValues } from './patient-form-values';

const DIGITS = 11;

/**
 * Fødselsnummer or D-nummer, with birth date and sex. A complete number is checked as it is typed: a valid one
 * fills in and locks birth date and sex (they are in the number), an invalid one says why at the field. Without a
 * number the clinic gives an H-nummer, and birth date and sex must be typed. When editing, all three are fixed:
 * a number is changed by merging records, not here.
 */
export function IdentityFields({ mode }: { mode: 'register' | 'edit' }) {
  const {
    register,
    control,
    setValue,
    trigger,
    clearErrors,
    formState: { errors, isSubmitted },
  } = useFormContext<PatientFormValues>();
  const [noIdentity, setNoIdentity] = useState(false);
  const digits = (useWatch({ control, name: 'identityNumber' }) ?? '').replace(/\s/g, '');
  const complete = mode === 'register' && !noIdentity && digits.length === DIGITS;
  const check = complete ? checkIdentityNumber(digits) : null;
  const derived = check?.valid ? check : null;
  const derivedBirthDate = derived?.birthDate ?? null;
  const derivedSex = derived?.sex ?? null;

  // Say at once whether a complete number holds, without waiting for the field to lose focus.
  useEffect(() => {
    if (complete) void trigger('identityNumber');
  }, [complete, digits, trigger]);

  useEffect(() => {
    if (derivedBirthDate) setValue('birthDate', derivedBirthDate, { shouldValidate: isSubmitted });
    if (derivedSex) setValue('sex', derivedSex, { shouldValidate: isSubmitted });
  }, [derivedBirthDate, derivedSex, setValue, isSubmitted]);

  const editing = mode === 'edit';
  return (
    <>
      {mode === 'register' && (
        <Checkbox
          checked={noIdentity}
          onChange={(event) => {
            const checked = event.target.checked;
            setNoIdentity(checked);
            if (checked) {
              setValue('identityNumber', '');
              clearErrors('identityNumber');
            }
          }}
        >
          Har ikke norsk fødselsnummer/D-nummer
        </Checkbox>
      )}
      {noIdentity ? (
        <BodyShort size="small" className="form-note" data-testid="h-number-note">
          Legekontoret gir pasienten et eget H-nummer ut fra fødselsdato og kjønn. Når fødselsnummer eller D-nummer blir
          kjent, registrer det og slå journalene sammen.
        </BodyShort>
      ) : (
        <div>
          <TextField
            id="patient-identity"
            label="Fødselsnummer eller D-nummer"
            description={editing ? 'Endres ved å slå sammen journaler' : '11 siffer'}
            inputMode="numeric"
            autoComplete="off"
            htmlSize={16}
            readOnly={editing}
            error={errors.identityNumber?.message}
            {...register('identityNumber')}
          />
          {derived && (
            <BodyShort size="small" className="identity-derived" data-testid="identity-derived">
              {identityTypeLabel(derived.type)}
              {derivedBirthDate && `, født ${formatDate(derivedBirthDate)}`}
              {derivedSex && `, ${SEX_LABELS[derivedSex].toLowerCase()}`}
            </BodyShort>
          )}
        </div>
      )}
      <div className="form-row">
        <Controller
          control={control}
          name="birthDate"
          render={({ field, fieldState }) => (
            <DateField
              id="patient-birth"
              label="Fødselsdato"
              description={derivedBirthDate ? 'Fra fødselsnummeret' : undefined}
              readOnly={editing || derivedBirthDate !== null}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <Select
          id="patient-sex"
          label="Kjønn"
          description={derivedSex ? 'Fra fødselsnummeret' : undefined}
          readOnly={editing || derivedSex !== null}
          error={errors.sex?.message}
          {...register('sex', { setValueAs: emptyAsUndefined })}
        >
          <option value="">Velg</option>
          {SEXES.map((sex) => (
            <option key={sex} value={sex}>
              {SEX_LABELS[sex]}
            </option>
          ))}
        </Select>
      </div>
    </>
  );
}
