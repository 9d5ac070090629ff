import { PersonIcon } from '@navikt/aksel-icons';
import { BodyShort, HStack } from '@navikt/ds-react';

/**
 * Which patient the screen is about. Always visible, so nobody writes in the wrong journal; empty until the
 * patient feature arrives.
 */
export function PatientContextBar() {
  return (
    <section className="patient-context-bar" aria-label="Valgt pasient" data-testid="patient-context">
      <HStack gap="space-8" align="center">
        <PersonIcon aria-hidden fontSize="1.25rem" />
        <BodyShort size="small" textColor="subtle">
          Ingen pasient valgt
        </BodyShort>
      </HStack>
    </section>
  );
}
