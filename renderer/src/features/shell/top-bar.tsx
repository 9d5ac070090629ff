import { LeaveIcon } from '@navikt/aksel-icons';
import { BodyShort, InternalHeader, Spacer } from '@navikt/ds-react';
import type { SessionInfo } from '../../../../shared/api/views';
import { ROLE_LABELS } from '../../../../shared/schemas/roles';

/** Clinic, who is logged in and in what role, and the way out. */
export function TopBar({
  session,
  onLogout,
  loggingOut,
}: {
  session: SessionInfo;
  onLogout: () => void;
  loggingOut: boolean;
}) {
  return (
    <InternalHeader className="top-bar">
      <InternalHeader.Title as="span">Allmenn</InternalHeader.Title>
      <BodyShort as="span" className="top-bar__clinic" data-testid="clinic-name">
        {session.clinic.name}
      </BodyShort>
      <Spacer />
      <InternalHeader.User
        name={session.user.displayName}
        description={ROLE_LABELS[session.user.role]}
        data-testid="current-user"
      />
      <InternalHeader.Button
        onClick={onLogout}
        disabled={loggingOut}
        aria-keyshortcuts="Control+Shift+L"
        title="Logg ut (Ctrl+Shift+L)"
      >
        <LeaveIcon aria-hidden fontSize="1.5rem" />
        Logg ut
      </InternalHeader.Button>
    </InternalHeader>
  );
}
