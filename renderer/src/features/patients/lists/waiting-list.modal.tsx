import { Alert, BodyShort, Button, HStack, Loader, Modal, Table } from '@navikt/ds-react';
import type { DoctorListView } from '../../../../../shared/api/views';
import { errorMessage } from '../../../api/api-call-error';
import { useCloseWaiting, useWaitingList } from '../../../api/use-lists';
import { formatDate } from '../../../ui/format-date';
import { formatIdentityNumber } from '../../../ui/format-identity-number';
import { listName } from '../patient-names';

/**
 * A doctor's venteliste, oldest first. Giving a place is recorded on the list by the register import or from the
 * patient card; here the waiting entry is closed as given (tildelt) or withdrawn (trukket).
 */
export function WaitingListModal({ doctor, onClose }: { doctor: DoctorListView; onClose: () => void }) {
  const waiting = useWaitingList(doctor.doctorId);
  const closeWaiting = useCloseWaiting();
  return (
    <Modal open onClose={onClose} header={{ heading: `Venteliste for ${doctor.doctorName}` }} width="medium">
      <Modal.Body>
        {waiting.isPending && <Loader size="medium" title="Henter ventelisten …" />}
        {waiting.isError && (
          <Alert variant="error" size="small">
            {errorMessage(waiting.error)}
          </Alert>
        )}
        {closeWaiting.isError && (
          <Alert variant="error" size="small" role="alert">
            {errorMessage(closeWaiting.error)}
          </Alert>
        )}
        {waiting.data?.length === 0 && <BodyShort>Ingen venter på plass.</BodyShort>}
        {waiting.data && waiting.data.length > 0 && (
          <Table size="small" aria-label="Venteliste">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Pasient</Table.HeaderCell>
                <Table.HeaderCell scope="col">Fødselsnr.</Table.HeaderCell>
                <Table.HeaderCell scope="col">Venter siden</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="visually-hidden">Handling</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {waiting.data.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.HeaderCell scope="row">{listName(entry.patient)}</Table.HeaderCell>
                  <Table.DataCell>{formatIdentityNumber(entry.patient.identityNumber)}</Table.DataCell>
                  <Table.DataCell>{formatDate(entry.requestedOn)}</Table.DataCell>
                  <Table.DataCell>
                    <HStack gap="space-4">
                      <Button
                        size="xsmall"
                        variant="secondary"
                        onClick={() => closeWaiting.mutate({ entryId: entry.id, outcome: 'tildelt' })}
                      >
                        Har fått plass
                      </Button>
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        onClick={() => closeWaiting.mutate({ entryId: entry.id, outcome: 'trukket' })}
                      >
                        Trukket
                      </Button>
                    </HStack>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" variant="secondary" onClick={onClose}>
          Lukk
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
