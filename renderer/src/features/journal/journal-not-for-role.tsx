import { Alert } from '@navikt/ds-react';
import { RoomPage } from '../../ui/room-page';

/**
 * Reception reaches a journal address only by typing it. The service refuses every journal call for the role
 * anyway (tjenstlig behov, hpl § 21a); this says so instead of showing an empty journal.
 */
export function JournalNotForRole() {
  return (
    <RoomPage title="Journal">
      <Alert variant="info" data-testid="journal-not-for-role">
        Journalnotater er bare tilgjengelige for leger. Med din rolle ser du pasientens administrative opplysninger.
      </Alert>
    </RoomPage>
  );
}
