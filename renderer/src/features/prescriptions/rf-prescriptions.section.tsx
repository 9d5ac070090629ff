import { Alert, BodyShort, Button, HStack, Heading, Table, Tag, VStack } from '@navikt/ds-react';
import type { RfPrescriptionView } from '../../../../shared/api/prescription-views';
import { errorMessage } from '../../api/api-call-error';
import { formatDate } from '../../ui/format-date';
import { formatDateTime } from '../../ui/format-date-time';
import { useRequestRfList, useRfList } from './use-rf-list';

/** 7408 codes a person should notice: E can be dispensed, U is at a pharmacy now. */
function statusVariant(code: string): 'success' | 'info' | 'warning' | 'neutral' {
  if (code === 'E') return 'success';
  if (code === 'U') return 'info';
  if (code === 'T') return 'warning';
  return 'neutral';
}

function RfRow({ item }: { item: RfPrescriptionView }) {
  return (
    <Table.Row data-testid="rf-prescription-row" data-resept-id={item.reseptId}>
      <Table.DataCell>
        <VStack gap="space-4">
          <HStack gap="space-4" align="center">
            <BodyShort size="small" weight="semibold">
              {item.drug.nameFormStrength}
            </BodyShort>
            <Tag size="xsmall" variant="alt3">
              Fra RF
            </Tag>
          </HStack>
          <BodyShort size="small" textColor="subtle">
            {[
              item.kind === 'bla' ? 'Blå' : item.kind === 'hvit' ? 'Hvit' : null,
              item.reit ? `reit ${item.reit}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </BodyShort>
        </VStack>
      </Table.DataCell>
      <Table.DataCell>
        <BodyShort size="small">{item.dssn ?? '–'}</BodyShort>
      </Table.DataCell>
      <Table.DataCell>
        <BodyShort size="small">{item.prescriber.name}</BodyShort>
        <BodyShort size="small" textColor="subtle">
          {[item.prescriber.organisation, item.prescriber.hprNumber ? `HPR ${item.prescriber.hprNumber}` : null]
            .filter(Boolean)
            .join(' · ')}
        </BodyShort>
      </Table.DataCell>
      <Table.DataCell>
        <Tag size="small" variant={statusVariant(item.statusCode)} data-testid="rf-status">
          {item.statusLabel}
        </Tag>
      </Table.DataCell>
      <Table.DataCell>
        <BodyShort size="small">
          {item.lastDispensedAt ? formatDateTime(item.lastDispensedAt) : 'Ikke utlevert'}
        </BodyShort>
        {item.pharmacyName && (
          <BodyShort size="small" textColor="subtle">
            {item.pharmacyName}
          </BodyShort>
        )}
      </Table.DataCell>
      <Table.DataCell>
        <BodyShort size="small">{item.expiresOn ? formatDate(item.expiresOn) : '–'}</BodyShort>
      </Table.DataCell>
    </Table.Row>
  );
}

/**
 * Reseptlisten fra reseptformidleren (M9.6): other prescribers' prescriptions for the patient, with RF's status and
 * last dispensing. Ours are already in the tables above, so only how many RF also holds is said here.
 */
export function RfPrescriptionsSection({ patientId }: { patientId: string }) {
  const list = useRfList(patientId);
  const request = useRequestRfList();
  const data = list.data;
  const others = data?.items.filter((i) => i.prescriptionId === null) ?? [];
  const ours = (data?.items.length ?? 0) - others.length;
  return (
    <VStack gap="space-8" data-testid="rf-prescriptions">
      <HStack gap="space-8" align="center" justify="space-between">
        <Heading level="2" size="small">
          Fra reseptformidleren (andre forskrivere)
        </Heading>
        <Button
          type="button"
          size="small"
          variant="secondary"
          loading={request.isPending || data?.state === 'pending'}
          onClick={() => request.mutate(patientId)}
        >
          Hent reseptliste fra RF
        </Button>
      </HStack>
      {request.isError && <Alert variant="error">{errorMessage(request.error)}</Alert>}
      {list.isError && <Alert variant="error">{errorMessage(list.error)}</Alert>}
      {data?.state === 'none' && (
        <BodyShort size="small" textColor="subtle">
          Ikke hentet. Reseptlisten viser alle pasientens resepter i reseptformidleren, også fra andre leger.
        </BodyShort>
      )}
      {data?.state === 'pending' && (
        <BodyShort size="small" textColor="subtle">
          Forespørselen er sendt {data.requestedAt ? formatDateTime(data.requestedAt) : ''}; venter på svar …
        </BodyShort>
      )}
      {data?.state === 'failed' && <Alert variant="warning">{data.error}</Alert>}
      {data?.state === 'received' && (
        <>
          <BodyShort size="small" textColor="subtle" data-testid="rf-received">
            Hentet {data.receivedAt ? formatDateTime(data.receivedAt) : ''}.{' '}
            {ours > 0 && `${ours} av reseptene er våre og står i listene over. `}
            {data.searchStatus && `Reseptformidleren: ${data.searchStatus}.`}
          </BodyShort>
          {data.patientReservation && (
            <Alert variant="info" size="small">
              Pasienten har reservert seg mot at du ser andres resepter. Bare dine egne vises.
            </Alert>
          )}
          {data.lockedPrescriptionsExist && (
            <Alert variant="info" size="small">
              Pasienten har låste resepter som ikke vises uten referansenummer.
            </Alert>
          )}
          {others.length === 0 ? (
            <BodyShort size="small" textColor="subtle">
              Ingen resepter fra andre forskrivere.
            </BodyShort>
          ) : (
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Legemiddel</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Dosering</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Forskriver</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Status i RF</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Sist utlevert</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Gyldig til</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {others.map((item) => (
                  <RfRow key={item.reseptId} item={item} />
                ))}
              </Table.Body>
            </Table>
          )}
        </>
      )}
    </VStack>
  );
}
