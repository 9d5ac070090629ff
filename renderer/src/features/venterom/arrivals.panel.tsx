import { Alert, BodyShort, Button, Heading, Table, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { errorMessage } from '../../api/api-call-error';
import { useToast } from '../../ui/toasts/toast-context';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { formatClock } from './queue-format';
import { useExpectedToday, useRegisterArrival } from './use-queue';

/** The id of the search box: Alt+A lands here. */
export const ARRIVAL_SEARCH_ID = 'venterom-arrival-search';

/**
 * Today's booked patients who have not arrived, in time order; the reception finds one by name (Enter registers
 * the only match or the first) and registers the arrival.
 */
export function ArrivalsPanel() {
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 150);
  const expected = useExpectedToday(debounced);
  const arrive = useRegisterArrival();
  const toast = useToast();
  // The server filters by the debounced text; filtering again here keeps the list (and Enter) right meanwhile.
  const words = query.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  const rows = (expected.data ?? []).filter((a) => {
    const text = `${a.patientName} ${a.birthDate} ${a.resourceName}`.toLocaleLowerCase('nb');
    return words.every((w) => text.includes(w));
  });

  const register = (appointmentId: string, name: string) =>
    arrive.mutate(appointmentId, {
      onSuccess: () => {
        toast.show({ variant: 'success', message: `${name} er registrert ankommet.` });
        setQuery('');
        document.getElementById(ARRIVAL_SEARCH_ID)?.focus();
      },
    });

  return (
    <VStack gap="space-12" as="section" aria-labelledby="venterom-arrivals-heading">
      <Heading level="2" size="small" id="venterom-arrivals-heading">
        Ankomst – timebestilte i dag
      </Heading>
      <TextField
        id={ARRIVAL_SEARCH_ID}
        label="Finn pasient med time"
        description="Navn eller fødselsdato. Enter registrerer den første i listen."
        autoComplete="off"
        size="small"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          const first = rows[0];
          if (event.key === 'Enter' && first && query.trim() !== '') {
            event.preventDefault();
            register(first.appointmentId, first.patientName);
          }
        }}
      />
      {arrive.isError && (
        <Alert variant="error" size="small" role="alert">
          {errorMessage(arrive.error)}
        </Alert>
      )}
      {rows.length === 0 ? (
        <BodyShort size="small" textColor="subtle">
          {expected.isLoading ? 'Henter timene …' : 'Ingen flere timebestilte som venter på å komme.'}
        </BodyShort>
      ) : (
        <Table size="small" aria-label="Timebestilte som ikke har kommet">
          <Table.Body>
            {rows.map((a) => (
              <Table.Row key={a.appointmentId} data-testid="expected-row">
                <Table.DataCell>{formatClock(a.startsAt)}</Table.DataCell>
                <Table.DataCell>
                  <strong>{a.patientName}</strong>
                  <div>{a.birthDate.split('-').reverse().join('.')}</div>
                </Table.DataCell>
                <Table.DataCell>{a.resourceName}</Table.DataCell>
                <Table.DataCell>
                  <Button
                    size="xsmall"
                    variant="secondary"
                    loading={arrive.isPending && arrive.variables === a.appointmentId}
                    onClick={() => register(a.appointmentId, a.patientName)}
                  >
                    Ankommet<span className="aksel-sr-only"> – {a.patientName}</span>
                  </Button>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  );
}
