import { RoomPage } from '../../ui/room-page';
import { AuditLogSection } from './audit-log.section';
import { FestImportSection } from './fest-import.section';
import { PatientImportSection } from './patient-import.section';
import { UsersSection } from './users.section';

/**
 * Administrasjon: users, the list-file import and the audit log. Shown to administrators; the service checks the
 * role on every call.
 */
export function AdminRoom() {
  return (
    <RoomPage title="Administrasjon">
      <UsersSection />
      <PatientImportSection />
      <FestImportSection />
      <AuditLogSection />
    </RoomPage>
  );
}
