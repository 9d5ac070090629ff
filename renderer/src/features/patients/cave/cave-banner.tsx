import { Alert, BodyShort, HStack } from '@navikt/ds-react';
import type { CaveEntryView } from '../../../../../shared/api/views';
import { activeCave, bySeverity, caveLabel } from './cave-labels';

/**
 * Kritisk informasjon, shown wherever the patient is in context. Red while there is anything in force; an
 * explicit "Ingen kjente CAVE" otherwise, because no banner must never be mistaken for no allergies. Roles that
 * may not see clinical data get `cave: null` from main, and then nothing is drawn at all.
 */
export function CaveBanner({ cave }: { cave: readonly CaveEntryView[] | null }) {
  if (cave === null) return null;
  const active = activeCave(cave).sort(bySeverity);
  if (active.length === 0) {
    return (
      <section aria-label="CAVE" className="cave-banner cave-banner--none" data-testid="cave-banner">
        <BodyShort size="small">Ingen kjente CAVE</BodyShort>
      </section>
    );
  }
  return (
    <section aria-label="CAVE" className="cave-banner cave-banner--active" data-testid="cave-banner">
      <Alert variant="error" size="small" fullWidth contentMaxWidth={false}>
        <HStack gap="space-8" align="baseline" wrap={false}>
          <BodyShort size="small" weight="semibold" className="cave-banner__title">
            CAVE
          </BodyShort>
          <ul className="cave-banner__list">
            {active.map((entry) => (
              <li key={entry.entryId} className="cave-banner__entry">
                <strong>{entry.allergenText}</strong>
                {entry.allergenAtc && <span className="cave-banner__code"> ({entry.allergenAtc})</span>}
                {' – '}
                {caveLabel('severity', entry.severity)}, {caveLabel('certainty', entry.certainty).toLowerCase()}
                {entry.reaction && <>: {entry.reaction}</>}
              </li>
            ))}
          </ul>
        </HStack>
      </Alert>
    </section>
  );
}
