import { Alert, BodyShort, Button, HStack, Heading, Loader, Table, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { DoctorListView } from '../../../../../shared/api/views';
import { errorMessage } from '../../../api/api-call-error';
import { useListOverview } from '../../../api/use-lists';
import { CeilingModal } from './ceiling.modal';
import { WaitingListModal } from './waiting-list.modal';

/** Per doctor: listetak, listelengde, ledige plasser and venteliste; the administrator sets the listetak. */
export function GpOverviewSection({ canConfigure }: { canConfigure: boolean }) {
  const overview = useListOverview();
  const [ceilingFor, setCeilingFor] = useState<DoctorListView | null>(null);
  const [waitingFor, setWaitingFor] = useState<DoctorListView | null>(null);
  return (
    <section aria-labelledby="gp-overview-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="gp-overview-heading">
          Legenes lister
        </Heading>
        {overview.isPending && <Loader size="medium" title="Henter listene …" />}
        {overview.isError && (
          <Alert variant="error" size="small">
            {errorMessage(overview.error)}
          </Alert>
        )}
        {overview.data?.length === 0 && <BodyShort>Ingen leger er registrert ved legekontoret ennå.</BodyShort>}
        {overview.data && overview.data.length > 0 && (
          <Table size="small" aria-labelledby="gp-overview-heading" data-testid="gp-overview">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Lege</Table.HeaderCell>
                <Table.HeaderCell scope="col">HPR-nummer</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Listetak
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Listelengde
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Ledige plasser
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  Venteliste
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="visually-hidden">Handling</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {overview.data.map((d) => (
                <Table.Row key={d.doctorId}>
                  <Table.HeaderCell scope="row">{d.doctorName}</Table.HeaderCell>
                  <Table.DataCell>{d.hprNumber ?? '–'}</Table.DataCell>
                  <Table.DataCell align="right">{d.listCeiling ?? 'Ikke satt'}</Table.DataCell>
                  <Table.DataCell align="right">{d.listLength}</Table.DataCell>
                  <Table.DataCell align="right">{d.freePlaces ?? '–'}</Table.DataCell>
                  <Table.DataCell align="right">{d.waiting}</Table.DataCell>
                  <Table.DataCell>
                    <HStack gap="space-4" justify="end" wrap={false}>
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        onClick={() => setWaitingFor(d)}
                        aria-label={`Venteliste for ${d.doctorName}`}
                      >
                        Venteliste
                      </Button>
                      {canConfigure && (
                        <Button
                          size="xsmall"
                          variant="secondary"
                          onClick={() => setCeilingFor(d)}
                          aria-label={`Endre listetak for ${d.doctorName}`}
                        >
                          Endre listetak
                        </Button>
                      )}
                    </HStack>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </VStack>
      {ceilingFor && <CeilingModal doctor={ceilingFor} onClose={() => setCeilingFor(null)} />}
      {waitingFor && <WaitingListModal doctor={waitingFor} onClose={() => setWaitingFor(null)} />}
    </section>
  );
}
