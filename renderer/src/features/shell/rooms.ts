import {
  CalendarIcon,
  ChatIcon,
  CogIcon,
  HourglassIcon,
  InboxIcon,
  PaperplaneIcon,
  PersonGroupIcon,
} from '@navikt/aksel-icons';
import type { ComponentType, SVGProps } from 'react';
import type { Role } from '../../../../shared/schemas/roles';

export interface RoomDefinition {
  id: 'patients' | 'appointments' | 'waiting-room' | 'inbox' | 'referrals' | 'requests' | 'admin';
  path: string;
  label: string;
  /** Alt+digit: Chromium and Electron reserve Ctrl+digit (tabs) and Alt+letter (menu mnemonics), not these. */
  shortcut: string;
  icon: ComponentType<SVGProps<SVGSVGElement> & { title?: string }>;
  /** Courtesy only: the service refuses the calls anyway. */
  roles?: readonly Role[];
}

/** The rooms of the app, in the order of the menu and of their Alt+digit shortcuts. */
export const ROOMS: readonly RoomDefinition[] = [
  { id: 'patients', path: '/pasienter', label: 'Pasienter', shortcut: 'Alt+1', icon: PersonGroupIcon },
  { id: 'appointments', path: '/timebok', label: 'Timebok', shortcut: 'Alt+2', icon: CalendarIcon },
  { id: 'waiting-room', path: '/venterom', label: 'Venterom', shortcut: 'Alt+3', icon: HourglassIcon },
  // Incoming epikriser and answers are clinical: PERMISSIONS.clinicalInbox.
  { id: 'inbox', path: '/innboks', label: 'Innboks', shortcut: 'Alt+4', icon: InboxIcon, roles: ['lege'] },
  {
    id: 'referrals',
    path: '/henvisninger',
    label: 'Henvisninger',
    shortcut: 'Alt+5',
    icon: PaperplaneIcon,
    roles: ['lege'],
  },
  {
    // What patients send (Helsenorge-like requests, booking SMS): PERMISSIONS.patientRequests.
    id: 'requests',
    path: '/henvendelser',
    label: 'Henvendelser',
    shortcut: 'Alt+6',
    icon: ChatIcon,
    roles: ['lege', 'helsesekretaer'],
  },
  {
    id: 'admin',
    path: '/administrasjon',
    label: 'Administrasjon',
    shortcut: 'Alt+7',
    icon: CogIcon,
    roles: ['administrator'],
  },
];

export function roomsFor(role: Role): RoomDefinition[] {
  return ROOMS.filter((room) => !room.roles || room.roles.includes(role));
}

export function canEnter(room: RoomDefinition, role: Role): boolean {
  return !room.roles || room.roles.includes(role);
}
