import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Fieldset, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import {
  PATIENT_STATUSES,
  PATIENT_STATUS_LABELS,
  patientInputSchema,
  type PatientData,
} from '../../../../../shared/schemas/patient.schema';
import { applyServerErrors } from '../../../ui/forms/field-errors';
import { DateField } from '../../../ui/forms/date-field';
import { FormErrorSummary } from '../../../ui/forms/form-error-summary';
import { useFocusRequest } from '../../../ui/forms/use-focus-request';
import { IdentityFields } from './identity-fields';
import { PATIENT_FIELDS, type PatientFieldName, type PatientFormValues } from './patient-form-values';
import { PostalCodeField } from './postal-code-field';

const SERVER_FIELDS: readonly PatientFieldName[] = PATIENT_FIELDS.map((f) => f.name);

/**
 * Register or edit a patient, judged by the shared patientInputSchema as main judges it. Rules only main can check
 * (a number already registered) come back onto their field.
 */
export function PatientForm({
  mode,
  defaultValues,
  saving,
  submitLabel,
  onSave,
  onCancel,
}: {
  mode: 'register' | 'edit';
  defaultValues: PatientFormValues;
  saving: boolean;
  submitLabel: string;
  /** Saves; calls `failed` with main's error so the form can show it. */
  onSave: (values: PatientData, failed: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const [formError, setFormError] = useState('');
  const [summaryRef, focusSummary] = useFocusRequest<HTMLDivElement>();
  const [alertRef, focusAlert] = useFocusRequest<HTMLDivElement>();
  const form = useForm<PatientFormValues, unknown, PatientData>({
    resolver: zodResolver(patientInputSchema),
    defaultValues,
    mode: 'onTouched',
    shouldFocusError: false,
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = form;

  useEffect(() => setFocus(mode === 'register' ? 'identityNumber' : 'givenName'), [mode, setFocus]);

  const onValid = (values: PatientData) => {
    setFormError('');
    onSave(values, (error) => {
      const message = applyServerErrors(error, setError, SERVER_FIELDS);
      setFormError(message);
      if (message) focusAlert();
      else focusSummary();
    });
  };

  const dead = useWatch({ control, name: 'status' }) === 'dod';
  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="patient-form"
        data-testid="patient-form"
        onSubmit={(event) => void handleSubmit(onValid, focusSummary)(event)}
      >
        <VStack gap="space-24">
          {formError && (
            <Alert variant="error" role="alert" ref={alertRef} tabIndex={-1}>
              {formError}
            </Alert>
          )}
          <FormErrorSummary ref={summaryRef} fields={PATIENT_FIELDS} errors={errors} />

          <Fieldset legend="Identitet">
            <IdentityFields mode={mode} />
          </Fieldset>

          <Fieldset legend="Navn">
            <div className="form-row">
              <TextField
                id="patient-given"
                label="Fornavn"
                autoComplete="off"
                error={errors.givenName?.message}
                {...register('givenName')}
              />
              <TextField
                id="patient-middle"
                label="Mellomnavn"
                autoComplete="off"
                error={errors.middleName?.message}
                {...register('middleName')}
              />
              <TextField
                id="patient-family"
                label="Etternavn"
                autoComplete="off"
                error={errors.familyName?.message}
                {...register('familyName')}
              />
            </div>
          </Fieldset>

          <Fieldset legend="Adresse">
            <TextField
              id="patient-address"
              label="Gateadresse"
              autoComplete="off"
              error={errors.addressLine?.message}
              {...register('addressLine')}
            />
            <PostalCodeField />
          </Fieldset>

          <Fieldset legend="Kontakt">
            <div className="form-row">
              <TextField
                id="patient-mobile"
                label="Mobil"
                type="tel"
                autoComplete="off"
                error={errors.mobilePhone?.message}
                {...register('mobilePhone')}
              />
              <TextField
                id="patient-other-phone"
                label="Annen telefon"
                type="tel"
                autoComplete="off"
                error={errors.otherPhone?.message}
                {...register('otherPhone')}
              />
            </div>
            <TextField
              id="patient-email"
              label="E-post"
              type="email"
              autoComplete="off"
              error={errors.email?.message}
              {...register('email')}
            />
            <Checkbox {...register('smsConsent')}>Samtykker til SMS-varsler (timepåminnelser)</Checkbox>
          </Fieldset>

          <Fieldset legend="Språk">
            <TextField
              id="patient-language"
              label="Foretrukket språk"
              autoComplete="off"
              error={errors.preferredLanguage?.message}
              {...register('preferredLanguage')}
            />
            <Checkbox {...register('interpreterNeeded')}>Trenger tolk</Checkbox>
          </Fieldset>

          <Fieldset legend="Status">
            <div className="form-row">
              <Select id="patient-status" label="Status" error={errors.status?.message} {...register('status')}>
                {PATIENT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {PATIENT_STATUS_LABELS[s]}
                  </option>
                ))}
              </Select>
              {dead && (
                <Controller
                  control={control}
                  name="deceasedOn"
                  render={({ field, fieldState }) => (
                    <DateField
                      id="patient-deceased"
                      label="Dødsdato"
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      inputRef={field.ref}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              )}
            </div>
          </Fieldset>

          <HStack gap="space-8">
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
            <Button type="button" variant="secondary" onClick={onCancel}>
              Avbryt
            </Button>
          </HStack>
        </VStack>
      </form>
    </FormProvider>
  );
}
