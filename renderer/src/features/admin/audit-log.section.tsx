import { ArrowCirclepathIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, Heading, Loader, Table, Tag, VStack } from '@navikt/ds-react';
import { errorMessage } from '../../api/api-call-error';
import { useRecentAudit } from '../../api/use-audit';
import { formatDateTime } from '../../ui/format-date-time';
import { auditActionLabel, auditRoleLabel } from './audit-labels';

const AUDIT_LIMIT = 100;

/** The newest audit events: who did what, where, and whether it was allowed. */
export function AuditLogSection() {
  const audit = useRecentAudit(AUDIT_LIMIT);
  return (
    <section aria-labelledby="audit-heading">
      <VStack gap="space-12">
        <HStack justify="space-between" align="center">
          <Heading level="2" size="medium" id="audit-heading">
            Revisjonslogg
          </Heading>
          <Button
            size="small"
            variant="tertiary"
            icon={<ArrowCirclepathIcon aria-hidden />}
            loading={audit.isFetching}
            onClick={() => void audit.refetch()}
          >
            Oppdater
          </Button>
        </HStack>
        <BodyShort size="small" textColor="subtle">
          De siste {AUDIT_LIMIT} hendelsene, nyeste først.
        </BodyShort>
        {audit.isPending && <Loader size="medium" title="Henter revisjonsloggen …" />}
        {audit.isError && (
          <Alert variant="error" size="small">
            {errorMessage(audit.error)}
          </Alert>
        )}
        {audit.data && (
          <Table size="small" zebraStripes aria-labelledby="audit-heading" data-testid="audit-log">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Tid</Table.HeaderCell>
                <Table.HeaderCell scope="col">Hvem</Table.HeaderCell>
                <Table.HeaderCell scope="col">Rolle</Table.HeaderCell>
                <Table.HeaderCell scope="col">Arbeidsstasjon</Table.HeaderCell>
                <Table.HeaderCell scope="col">Hendelse</Table.HeaderCell>
                <Table.HeaderCell scope="col">Utfall</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {audit.data.length === 0 && (
                <Table.Row>
                  <Table.DataCell colSpan={6}>Ingen hendelser ennå.</Table.DataCell>
                </Table.Row>
              )}
              {audit.data.map((event) => (
                <Table.Row key={event.id}>
                  <Table.DataCell className="nowrap">
                    <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                  </Table.DataCell>
                  <Table.DataCell>{event.actorName}</Table.DataCell>
                  <Table.DataCell>{auditRoleLabel(event.role)}</Table.DataCell>
                  <Table.DataCell>{event.workstation}</Table.DataCell>
                  <Table.DataCell>{auditActionLabel(event.action)}</Table.DataCell>
                  <Table.DataCell>
                    {event.outcome === 'success' ? (
                      <Tag variant="success" size="small">
                        Utført
                      </Tag>
                    ) : (
                      <Tag variant="error" size="small">
                        Avvist
                      </Tag>
                    )}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </VStack>
    </section>
  );
}
