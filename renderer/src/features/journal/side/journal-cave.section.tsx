import { BodyShort, Detail, Heading, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import type { CaveEntryView } from '../../../../../shared/api/views';
import { activeCave, bySeverity, caveLabel } from '../../patients/cave/cave-labels';

/** CAVE beside the journal: what is in force, most severe first, and an explicit "none" (never a blank). */
export function JournalCaveSection({ cave }: { cave: readonly CaveEntryView[] | null | undefined }) {
  const headingId = useId();
  const active = cave ? activeCave(cave).sort(bySeverity) : [];
  return (
    <VStack
      as="section"
      gap="space-8"
      aria-labelledby={headingId}
      className={active.length > 0 ? 'journal-side__box journal-side__box--cave' : 'journal-side__box'}
      data-testid="journal-cave"
    >
      <Heading level="2" size="xsmall" id={headingId}>
        CAVE
      </Heading>
      {cave === undefined ? (
        <BodyShort size="small" textColor="subtle">
          Henter …
        </BodyShort>
      ) : active.length === 0 ? (
        <BodyShort size="small">Ingen kjente CAVE</BodyShort>
      ) : (
        <ul className="journal-side__list">
          {active.map((entry) => (
            <li key={entry.entryId}>
              <BodyShort size="small" weight="semibold">
                {entry.allergenText}
                {entry.allergenAtc && ` (${entry.allergenAtc})`}
              </BodyShort>
              <Detail>
                {caveLabel('severity', entry.severity)}, {caveLabel('certainty', entry.certainty).toLowerCase()}
                {entry.reaction && `: ${entry.reaction}`}
              </Detail>
            </li>
          ))}
        </ul>
      )}
    </VStack>
  );
}
