import { Alert, BodyShort, HStack, Heading, Link, Loader, Select, Table, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { osloDate } from '../../../../../shared/rules/dates';
import { errorMessage } from '../../../api/api-call-error';
import { useListChanges, useListOverview } from '../../../api/use-lists';
import { DateField } from '../../../ui/forms/date-field';
import { formatDate } from '../../../ui/format-date';
import { formatIdentityNumber } from '../../../ui/format-identity-number';
import { listName } from '../patient-names';
import { patientPaths } from '../patient-paths';

/** The first day of this month: list changes take effect on the 1st (DOMAIN.md, the patient list). */
function firstOfThisMonth(): string {
  return `${osloDate(new Date()).slice(0, 8)}01`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Endringer siden <dato>: who came onto and who left each list, for the reception's follow-up. */
export function GpChangesSection({ canOpenPatients }: { canOpenPatients: boolean }) {
  const [typed, setTyped] = useState(firstOfThisMonth);
  const [doctorId, setDoctorId] = useState('');
  const since = ISO_DATE.test(typed) ? typed : null;
  const changes = useListChanges(since, doctorId || null);
  const overview = useListOverview();
  return (
    <section aria-labelledby="gp-changes-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="gp-changes-heading">
          Endringer siden {since ? formatDate(since) : '…'}
        </Heading>
        <HStack gap="space-16" align="start">
          <DateField
            id="gp-changes-since"
            label="Endringer siden"
            value={typed}
            onChange={setTyped}
            error={since === null && typed !== '' ? 'Skriv datoen som dd.mm.åååå' : undefined}
          />
          <Select id="gp-changes-doctor" label="Lege" value={doctorId} onChange={(e) => setDoctorId(e.target.value)}>
            <option value="">Alle leger</option>
            {overview.data?.map((d) => (
              <option key={d.doctorId} value={d.doctorId}>
                {d.doctorName}
              </option>
            ))}
          </Select>
        </HStack>
        {changes.isFetching && <Loader size="small" title="Henter endringer …" />}
        {changes.isError && (
          <Alert variant="error" size="small">
            {errorMessage(changes.error)}
          </Alert>
        )}
        {changes.data?.length === 0 && <BodyShort>Ingen endringer i perioden.</BodyShort>}
        {changes.data && changes.data.length > 0 && (
          <Table size="small" aria-labelledby="gp-changes-heading" data-testid="gp-changes">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Dato</Table.HeaderCell>
                <Table.HeaderCell scope="col">Endring</Table.HeaderCell>
                <Table.HeaderCell scope="col">Pasient</Table.HeaderCell>
                <Table.HeaderCell scope="col">Fødselsnr.</Table.HeaderCell>
                <Table.HeaderCell scope="col">Lege</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {changes.data.map((c) => (
                <Table.Row key={`${c.patient.id}-${c.doctorId}-${c.kind}-${c.date}`}>
                  <Table.DataCell className="nowrap">{formatDate(c.date)}</Table.DataCell>
                  <Table.DataCell>
                    <Tag size="xsmall" variant="moderate" data-color={c.kind === 'ny' ? 'success' : 'warning'}>
                      {c.kind === 'ny' ? 'Ny' : 'Sluttet'}
                    </Tag>
                  </Table.DataCell>
                  <Table.DataCell>
                    {canOpenPatients ? (
                      <Link as={RouterLink} to={patientPaths.card(c.patient.id)}>
                        {listName(c.patient)}
                      </Link>
                    ) : (
                      listName(c.patient)
                    )}
                  </Table.DataCell>
                  <Table.DataCell>{formatIdentityNumber(c.patient.identityNumber)}</Table.DataCell>
                  <Table.DataCell>{c.doctorName}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </VStack>
    </section>
  );
}
