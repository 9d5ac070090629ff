import { Alert, BodyShort, Detail, Heading, Loader, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import { errorMessage } from '../../../api/api-call-error';
import { useProblemList } from '../../../api/use-journal';
import { formatDate } from '../../../ui/format-date';

/** Kjente problemstillinger: the diagnoses marked as lasting in signed notes, with when they were first and last noted. */
export function ProblemListSection({ patientId }: { patientId: string }) {
  const headingId = useId();
  const problems = useProblemList(patientId);
  return (
    <VStack
      as="section"
      gap="space-8"
      aria-labelledby={headingId}
      className="journal-side__box"
      data-testid="problem-list"
    >
      <Heading level="2" size="xsmall" id={headingId}>
        Kjente problemstillinger
      </Heading>
      {problems.isPending && <Loader size="small" title="Henter problemlisten …" />}
      {problems.isError && (
        <Alert variant="error" size="small">
          {errorMessage(problems.error)}
        </Alert>
      )}
      {problems.data?.length === 0 && (
        <BodyShort size="small" textColor="subtle">
          Ingen varige diagnoser registrert.
        </BodyShort>
      )}
      {problems.data && problems.data.length > 0 && (
        <ul className="journal-side__list">
          {problems.data.map((p) => (
            <li key={`${p.system}-${p.code}`}>
              <BodyShort size="small">
                <strong>{p.code}</strong> {p.title}
              </BodyShort>
              <Detail textColor="subtle">
                {p.system}, siden {formatDate(p.firstNoted)}
                {p.lastNoted !== p.firstNoted && `, sist ${formatDate(p.lastNoted)}`}
              </Detail>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}
