import { useNavigate } from 'react-router';
import { may, type Role } from '../../../../shared/schemas/roles';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { patientPaths } from '../patients/patient-paths';
import type { RoomDefinition } from './rooms';

function RoomShortcut({ room }: { room: RoomDefinition }) {
  const navigate = useNavigate();
  useShortcut({
    id: `room:${room.id}`,
    keys: [room.shortcut],
    description: `Gå til ${room.label}`,
    group: 'Navigasjon',
    run: () => void navigate(room.path),
  });
  return null;
}

/**
 * The frame's shortcuts: one per room the role has (so Alt+7 does nothing for a non-administrator), the patient
 * search and log out. Ctrl+Shift+L and Ctrl+K are free in Electron's default menu, and Chromium hands both to the
 * page; F2 is the one-key alternative.
 */
export function ShellShortcuts({
  rooms,
  role,
  onLogout,
}: {
  rooms: readonly RoomDefinition[];
  role: Role;
  onLogout: () => void;
}) {
  const navigate = useNavigate();
  useShortcut({ id: 'logout', keys: ['Ctrl+Shift+L'], description: 'Logg ut', group: 'Generelt', run: onLogout });
  useShortcut(
    {
      id: 'patient:search',
      keys: ['Ctrl+K', 'F2'],
      description: 'Søk etter pasient',
      group: 'Pasient',
      // A new navigation (new location key) even when the search is showing: the page then focuses its box.
      run: () => void navigate(patientPaths.search),
    },
    may(role, 'patientAdministrative'),
  );
  return rooms.map((room) => <RoomShortcut key={room.id} room={room} />);
}
