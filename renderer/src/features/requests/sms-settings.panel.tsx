import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, ExpansionCard, HStack, TextField, VStack } from '@navikt/ds-react';
import { useForm } from 'react-hook-form';
import type { SmsSettingsView } from '../../../../shared/api/requests-views';
import { smsSettingsSchema, type SmsSettingsInput } from '../../../../shared/schemas/requests.schema';
import { errorMessage } from '../../api/api-call-error';
import { useSaveSmsSettings, useSmsSettings } from './use-requests';

/** The clinic's SMS set-up: the keyword patients start a booking SMS with, and the place reminders name. */
export function SmsSettingsPanel({ canEdit }: { canEdit: boolean }) {
  const settings = useSmsSettings();
  return (
    <ExpansionCard aria-label="SMS-oppsett" size="small">
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h2" size="small">
          SMS-oppsett
        </ExpansionCard.Title>
        <ExpansionCard.Description>
          Nøkkelord: {settings.data?.keyword ?? 'ikke satt'} · Sted i påminnelser: {settings.data?.place ?? 'ikke satt'}
        </ExpansionCard.Description>
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        {settings.data && <SmsSettingsForm current={settings.data} canEdit={canEdit} />}
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}

function SmsSettingsForm({ current, canEdit }: { current: SmsSettingsView; canEdit: boolean }) {
  const save = useSaveSmsSettings();
  const form = useForm<SmsSettingsInput>({
    resolver: zodResolver(smsSettingsSchema),
    defaultValues: { keyword: current.keyword ?? '', place: current.place ?? '' },
  });
  const { errors } = form.formState;
  return (
    <VStack
      gap="space-12"
      as="form"
      aria-label="SMS-oppsett"
      noValidate
      onSubmit={(event) => void form.handleSubmit((input) => save.mutate(input))(event)}
    >
      <TextField
        label="Nøkkelord for SMS-timebestilling"
        description="Ett ord pasientene starter SMS-en med, f.eks. HAUGESUND"
        size="small"
        readOnly={!canEdit}
        error={errors.keyword?.message}
        {...form.register('keyword')}
      />
      <TextField
        label="Sted i påminnelser"
        description="Adressen SMS-påminnelsen nevner, f.eks. Strandgata 12, Haugesund"
        size="small"
        readOnly={!canEdit}
        error={errors.place?.message}
        {...form.register('place')}
      />
      {save.isError && (
        <Alert variant="error" size="small" role="alert">
          {errorMessage(save.error)}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert variant="success" size="small">
          Lagret.
        </Alert>
      )}
      {canEdit && (
        <HStack>
          <Button type="submit" size="small" variant="secondary" loading={save.isPending}>
            Lagre SMS-oppsett
          </Button>
        </HStack>
      )}
    </VStack>
  );
}
