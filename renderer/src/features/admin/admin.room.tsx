import { RoomPage } from '../../ui/room-page';
import { AuditLogSection } from './audit-log.section';
import { UsersSection } from './users.section';

/** Administrasjon: users and the audit log. Shown to administrators; the service checks the role on every call. */
export function AdminRoom() {
  return (
    <RoomPage title="Administrasjon">
      <UsersSection />
      <AuditLogSection />
    </RoomPage>
  );
}
