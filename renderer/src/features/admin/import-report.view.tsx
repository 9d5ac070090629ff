import { Alert, BodyShort, HGrid, Box, Heading, Table, VStack } from '@navikt/ds-react';
import type { ImportIssue, ImportReport } from '../../../../shared/api/views';

/** Enough to see the pattern of what went wrong; a file with more problems needs fixing at its source. */
const MAX_ROWS = 500;

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Box background="sunken" padding="space-12" borderRadius="8" data-testid={testId}>
      <BodyShort size="small" textColor="subtle">
        {label}
      </BodyShort>
      <BodyShort size="large" weight="semibold" className="import-count__value">
        {value}
      </BodyShort>
    </Box>
  );
}

function IssueTable({ title, issues, testId }: { title: string; issues: readonly ImportIssue[]; testId: string }) {
  const headingId = `${testId}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <VStack gap="space-8">
        <Heading level="3" size="small" id={headingId}>
          {title} ({issues.length})
        </Heading>
        {issues.length > MAX_ROWS && (
          <BodyShort size="small" textColor="subtle">
            Viser de første {MAX_ROWS}.
          </BodyShort>
        )}
        <Table size="small" aria-labelledby={headingId} data-testid={testId}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Linje</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kode</Table.HeaderCell>
              <Table.HeaderCell scope="col">Melding</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {issues.slice(0, MAX_ROWS).map((issue, index) => (
              <Table.Row key={`${issue.line}-${issue.code}-${index}`}>
                <Table.DataCell className="import-issue__line">{issue.line}</Table.DataCell>
                <Table.DataCell>
                  <code className="import-issue__code">{issue.code}</code>
                </Table.DataCell>
                <Table.DataCell>{issue.message}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </VStack>
    </section>
  );
}

/** What an import did: the counts, then each rejected row and warning with its line in the file. */
export function ImportReportView({ fileName, report }: { fileName: string; report: ImportReport }) {
  const rejected = report.rejected.length;
  return (
    <VStack gap="space-16" data-testid="import-report">
      <Alert variant={rejected > 0 ? 'warning' : 'success'} size="small">
        Importen av {fileName} er ferdig.{' '}
        {rejected === 0
          ? 'Alle linjene ble lest.'
          : `${rejected === 1 ? 'Én linje' : `${rejected} linjer`} ble avvist og må rettes i filen; resten er lagret.`}
      </Alert>
      <HGrid gap="space-12" columns={{ xs: 2, md: 5 }}>
        <Count label="Importert" value={report.imported} testId="import-count-imported" />
        <Count label="Oppdatert" value={report.updated} testId="import-count-updated" />
        <Count label="Uendret" value={report.unchanged} testId="import-count-unchanged" />
        <Count label="Avvist" value={rejected} testId="import-count-rejected" />
        <Count label="Advarsler" value={report.warnings.length} testId="import-count-warnings" />
      </HGrid>
      {rejected > 0 && <IssueTable title="Avviste linjer" issues={report.rejected} testId="import-rejected" />}
      {report.warnings.length > 0 && <IssueTable title="Advarsler" issues={report.warnings} testId="import-warnings" />}
    </VStack>
  );
}
