import { Alert } from '@navikt/ds-react';
import { RoomPage } from '../../ui/room-page';

/** Reached only by typing an address: the menu does not offer rooms the role cannot use. */
export function NoAccess({ title }: { title: string }) {
  return (
    <RoomPage title={title}>
      <Alert variant="warning">Du har ikke tilgang til denne delen av Allmenn med rollen du er logget inn med.</Alert>
    </RoomPage>
  );
}
