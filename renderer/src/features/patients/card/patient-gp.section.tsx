import { PersonPlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, HStack, Table, Tag } from '@navikt/ds-react';
import { useState } from 'react';
import type { PatientCard } from '../../../../../shared/api/views';
import { formatDate } from '../../../ui/format-date';
import { GpAssignModal } from '../lists/gp-assign.modal';
import { CardSection } from './card-section';

/** Fastlege now and before; the way onto a list or its venteliste. */
export function PatientGpSection({ patient }: { patient: PatientCard }) {
  const [assigning, setAssigning] = useState(false);
  const history = [...patient.listHistory].sort((a, b) => b.fromDate.localeCompare(a.fromDate));
  return (
    <CardSection
      title="Fastlege"
      testId="patient-gp"
      actions={
        <Button
          size="small"
          variant="secondary"
          icon={<PersonPlusIcon aria-hidden />}
          onClick={() => setAssigning(true)}
        >
          Liste og venteliste
        </Button>
      }
    >
      <HStack gap="space-8" align="center">
        <BodyShort weight="semibold" data-testid="patient-fastlege">
          {patient.fastlege ? patient.fastlege.doctorName : 'Ingen fastlege ved legekontoret'}
        </BodyShort>
        {patient.onMyList && (
          <Tag size="small" variant="moderate" data-color="accent">
            Min liste
          </Tag>
        )}
      </HStack>
      {history.length > 0 && (
        <Table size="small" aria-label="Listehistorikk">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Lege</Table.HeaderCell>
              <Table.HeaderCell scope="col">Fra</Table.HeaderCell>
              <Table.HeaderCell scope="col">Til</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {history.map((m) => (
              <Table.Row key={`${m.doctorId}-${m.fromDate}`}>
                <Table.DataCell>{m.doctorName}</Table.DataCell>
                <Table.DataCell>{formatDate(m.fromDate)}</Table.DataCell>
                <Table.DataCell>{m.toDate ? formatDate(m.toDate) : 'nå'}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <GpAssignModal patient={patient} open={assigning} onClose={() => setAssigning(false)} />
    </CardSection>
  );
}
