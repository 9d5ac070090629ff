import { BodyShort, TextField } from '@navikt/ds-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { lookupPostnummer } from '../../../../../shared/reference/postnummer';
import { placeName } from '../../../ui/format-place-name';
import type { PatientFormValues } from './patient-form-values';

/** Postnummer, with poststed and kommune shown as it is typed (the same table main uses to store them). */
export function PostalCodeField() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<PatientFormValues>();
  const code = (useWatch({ control, name: 'postalCode' }) ?? '').trim();
  const place = code.length === 4 ? lookupPostnummer(code) : undefined;
  return (
    <div className="form-row form-row--postal">
      <TextField
        id="patient-postal"
        label="Postnummer"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        htmlSize={6}
        error={errors.postalCode?.message}
        {...register('postalCode')}
      />
      <div className="postal-place">
        <BodyShort size="small" weight="semibold" as="span">
          Poststed
        </BodyShort>
        <BodyShort aria-live="polite" data-testid="poststed">
          {place
            ? `${place.poststed} (${placeName(place.kommunenavn)} kommune)`
            : code.length === 4
              ? 'Ukjent postnummer'
              : '–'}
        </BodyShort>
      </div>
    </div>
  );
}
