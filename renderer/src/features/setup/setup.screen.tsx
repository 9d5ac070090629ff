import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, BodyLong, Box, Button, Fieldset, Heading, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useCreateClinic } from '../../api/use-setup';
import { applyServerErrors, fieldErrorMessage } from '../../ui/forms/field-errors';
import { FormErrorSummary, type SummaryField } from '../../ui/forms/form-error-summary';
import { useFocusRequest } from '../../ui/forms/use-focus-request';
import { emptySetupForm, setupFormSchema, type SetupFormOutput, type SetupFormValues } from './setup-form.schema';

const FIELDS = [
  { name: 'clinic.name', id: 'setup-clinic-name' },
  { name: 'clinic.organisationNumber', id: 'setup-clinic-orgnr' },
  { name: 'clinic.herId', id: 'setup-clinic-herid' },
  { name: 'admin.displayName', id: 'setup-admin-name' },
  { name: 'admin.username', id: 'setup-admin-username' },
  { name: 'admin.password', id: 'setup-admin-password' },
  { name: 'admin.repeatPassword', id: 'setup-admin-repeat' },
] as const satisfies readonly (SummaryField & { name: Path<SetupFormValues> })[];

type FieldName = (typeof FIELDS)[number]['name'];
const SERVER_FIELDS: readonly FieldName[] = FIELDS.map((f) => f.name);

function idOf(name: FieldName): string {
  return FIELDS.find((f) => f.name === name)?.id ?? name;
}

/** First start: the clinic and its first administrator, who is logged in when it is done. */
export function SetupScreen() {
  const createClinic = useCreateClinic();
  const [formError, setFormError] = useState('');
  const [summaryRef, focusSummary] = useFocusRequest<HTMLDivElement>();
  const [alertRef, focusAlert] = useFocusRequest<HTMLDivElement>();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<SetupFormValues, unknown, SetupFormOutput>({
    resolver: zodResolver(setupFormSchema),
    defaultValues: emptySetupForm,
    shouldFocusError: false,
  });

  useEffect(() => setFocus('clinic.name'), [setFocus]);

  const onValid = (values: SetupFormOutput) => {
    setFormError('');
    const { repeatPassword: _repeat, ...admin } = values.admin;
    createClinic.mutate(
      { clinic: values.clinic, admin },
      {
        onError: (error) => {
          // The service reports a taken username as 'username'; on this form it is the administrator's.
          const aliases = { username: 'admin.username' } as const;
          const message = applyServerErrors(error, setError, SERVER_FIELDS, aliases);
          setFormError(message);
          if (message) focusAlert();
          else focusSummary();
        },
      },
    );
  };

  const field = (name: FieldName) => ({
    id: idOf(name),
    error: fieldErrorMessage(errors, name),
    ...register(name),
  });

  const busy = isSubmitting || createClinic.isPending;

  return (
    <main className="centered-page">
      <Box background="raised" padding="space-32" borderRadius="12" shadow="dialog" className="setup-card">
        <form noValidate onSubmit={(event) => void handleSubmit(onValid, focusSummary)(event)}>
          <VStack gap="space-24">
            <VStack gap="space-8">
              <Heading level="1" size="large">
                Sett opp legekontoret
              </Heading>
              <BodyLong>
                Dette gjøres én gang, når Allmenn tas i bruk. Administratoren du oppretter her logges inn med en gang og
                kan deretter opprette brukere for leger og helsesekretærer.
              </BodyLong>
            </VStack>

            {formError && (
              <Alert variant="error" role="alert" ref={alertRef} tabIndex={-1}>
                {formError}
              </Alert>
            )}
            <FormErrorSummary ref={summaryRef} fields={FIELDS} errors={errors} />

            <Fieldset legend="Legekontoret">
              <TextField label="Legekontorets navn" autoComplete="organization" {...field('clinic.name')} />
              <TextField
                label="Organisasjonsnummer"
                description="9 siffer, fra Enhetsregisteret"
                inputMode="numeric"
                autoComplete="off"
                htmlSize={12}
                {...field('clinic.organisationNumber')}
              />
              <TextField
                label="HER-id"
                description="Legekontorets id i Adresseregisteret hos Norsk helsenett"
                inputMode="numeric"
                autoComplete="off"
                htmlSize={12}
                {...field('clinic.herId')}
              />
            </Fieldset>

            <Fieldset legend="Første administrator">
              <TextField label="Fullt navn" autoComplete="name" {...field('admin.displayName')} />
              <TextField
                label="Brukernavn"
                description="Små bokstaver a–z, tall, punktum, bindestrek eller understrek"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                {...field('admin.username')}
              />
              <TextField
                label="Passord"
                description="Minst 10 tegn"
                type="password"
                autoComplete="new-password"
                {...field('admin.password')}
              />
              <TextField
                label="Gjenta passord"
                type="password"
                autoComplete="new-password"
                {...field('admin.repeatPassword')}
              />
            </Fieldset>

            <div>
              <Button type="submit" loading={busy}>
                Opprett legekontoret
              </Button>
            </div>
          </VStack>
        </form>
      </Box>
    </main>
  );
}
