import { useNavigate } from 'react-router';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
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
 * The frame's shortcuts: one per room the role has (so Alt+5 does nothing for a non-administrator) and log out.
 * Ctrl+Shift+L is free in Electron's default menu and in Chromium.
 */
export function ShellShortcuts({ rooms, onLogout }: { rooms: readonly RoomDefinition[]; onLogout: () => void }) {
  useShortcut({ id: 'logout', keys: ['Ctrl+Shift+L'], description: 'Logg ut', group: 'Generelt', run: onLogout });
  return rooms.map((room) => <RoomShortcut key={room.id} room={room} />);
}
