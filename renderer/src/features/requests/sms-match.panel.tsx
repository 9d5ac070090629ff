import { Alert, BodyShort, Button, Heading, HStack, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { RequestDetail } from '../../../../shared/api/requests-views';
import { errorMessage } from '../../api/api-call-error';
import { usePatientSearch } from '../../api/use-patients';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { FactList } from '../../ui/fact-list';
import { formatDate } from '../../ui/format-date';
import { ANSWER_FIELD_ID, MATCH_LEVEL_LABELS } from './request-labels';
import { useMatchRequest } from './use-requests';

/**
 * What the SMS parser read, why a person must look, the candidates it found, and a search of the register to
 * match the SMS by hand. Matching needs an open request.
 */
export function SmsMatchPanel({ request }: { request: RequestDetail }) {
  const sms = request.sms;
  const match = useMatchRequest();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query, 200);
  const search = usePatientSearch(debounced);
  const canMatch = request.status === 'open';
  // Once matched the buttons go away; the next keystroke belongs in the answer.
  const choose = (patientId: string) =>
    match.mutate(
      { requestId: request.id, patientId },
      { onSuccess: () => setTimeout(() => document.getElementById(ANSWER_FIELD_ID)?.focus(), 0) },
    );
  if (!sms) return null;
  return (
    <VStack gap="space-12" data-testid="sms-panel">
      <Heading level="3" size="xsmall">
        SMS-en
      </Heading>
      <FactList
        facts={[
          {
            label: 'Nøkkelord',
            value: sms.keyword
              ? `${sms.keyword}${sms.keywordMatches === false ? ' (ikke legekontorets)' : ''}`
              : sms.ok
                ? 'Mangler'
                : null,
          },
          {
            label: 'Fødselsdato',
            value: sms.birthDate ? `${formatDate(sms.birthDate)} (skrevet ${sms.birthDateText ?? ''})` : null,
          },
          { label: 'Navn', value: sms.name },
          { label: 'Hva gjelder det', value: sms.freeText },
          { label: 'Fra', value: request.fromPhone },
        ]}
      />
      {sms.reason && request.smsStatus !== 'matched' && (
        <Alert variant={sms.ok ? 'warning' : 'error'} size="small" data-testid="sms-reason">
          {sms.reason}
        </Alert>
      )}
      {canMatch && request.candidates.length > 0 && request.smsStatus !== 'matched' && (
        <VStack gap="space-8" as="section" aria-label="Mulige pasienter">
          <BodyShort weight="semibold" size="small">
            Mulige pasienter
          </BodyShort>
          {request.candidates.map((c) => (
            <HStack key={c.id} gap="space-8" align="center">
              <Button size="small" variant="secondary" onClick={() => choose(c.id)} loading={match.isPending}>
                Velg {c.name} ({formatDate(c.birthDate)})
              </Button>
              <BodyShort size="small" textColor="subtle">
                {MATCH_LEVEL_LABELS[c.level]}
              </BodyShort>
            </HStack>
          ))}
        </VStack>
      )}
      {canMatch && (
        <VStack gap="space-8" as="section" aria-label="Knytt til pasient">
          <TextField
            label={request.patient ? 'Knytt til en annen pasient' : 'Finn pasienten'}
            description="Navn, fødselsnummer eller fødselsdato"
            size="small"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {debounced.trim() !== '' &&
            (search.data ?? []).slice(0, 8).map((hit) => (
              <Button
                key={hit.id}
                size="small"
                variant="tertiary"
                onClick={() => choose(hit.id)}
                loading={match.isPending}
              >
                Knytt til {[hit.givenName, hit.middleName, hit.familyName].filter(Boolean).join(' ')} (
                {formatDate(hit.birthDate)})
              </Button>
            ))}
        </VStack>
      )}
      {match.isError && (
        <Alert variant="error" size="small" role="alert">
          {errorMessage(match.error)}
        </Alert>
      )}
    </VStack>
  );
}
