import { Alert, BodyShort, Button, Checkbox, HStack, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { SmsConsentView } from '../../../../shared/api/requests-views';
import { errorMessage } from '../../api/api-call-error';
import { useSaveSmsConsent, useSmsConsent } from './use-requests';

/**
 * The patient's consent to SMS reminders and the number to use, for the patient card (the card's owner places
 * it). Without a record the reminders follow the register's SMS consent; saving here makes a record, audited.
 */
export function SmsConsentSection({ patientId }: { patientId: string }) {
  const consent = useSmsConsent(patientId);
  if (consent.isError) {
    return (
      <Alert variant="error" size="small">
        {errorMessage(consent.error)}
      </Alert>
    );
  }
  return consent.data ? <SmsConsentForm key={consent.data.updatedAt ?? 'none'} current={consent.data} /> : null;
}

function SmsConsentForm({ current }: { current: SmsConsentView }) {
  const save = useSaveSmsConsent();
  const [reminders, setReminders] = useState(current.smsReminders);
  const [phone, setPhone] = useState(current.phone ?? '');
  const fieldError =
    save.error && 'fields' in save.error ? (save.error.fields as Record<string, string>)?.phone : undefined;
  return (
    <VStack
      gap="space-8"
      as="form"
      aria-label="SMS-påminnelser"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          patientId: current.patientId,
          smsReminders: reminders,
          ...(phone.trim() !== '' && { phone: phone.trim() }),
        });
      }}
    >
      <Checkbox size="small" checked={reminders} onChange={(event) => setReminders(event.target.checked)}>
        Ønsker påminnelse på SMS om timer (ca. 48 timer før)
      </Checkbox>
      <TextField
        label="Mobilnummer for SMS"
        size="small"
        value={phone}
        error={fieldError}
        onChange={(event) => setPhone(event.target.value)}
      />
      {current.source === 'patient-register' && (
        <BodyShort size="small" textColor="subtle">
          Følger SMS-samtykket i pasientregisteret til noe lagres her.
        </BodyShort>
      )}
      {save.isError && !fieldError && (
        <Alert variant="error" size="small" role="alert">
          {errorMessage(save.error)}
        </Alert>
      )}
      <HStack>
        <Button type="submit" size="small" variant="secondary" loading={save.isPending}>
          Lagre SMS-samtykke
        </Button>
      </HStack>
    </VStack>
  );
}
