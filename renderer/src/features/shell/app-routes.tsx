import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { Role } from '../../../../shared/schemas/roles';
import { AdminRoom } from '../admin/admin.room';
import { InboxRoom } from '../inbox/inbox.room';
import { PatientsRoom } from '../patients/patients.room';
import { ReferralsRoom } from '../referrals/referrals.room';
import { RequestsPage } from '../requests/requests.page';
import { AppointmentsRoom } from '../reception/appointments.room';
import { WaitingRoomRoom } from '../reception/waiting-room.room';
import { NoAccess } from './no-access';
import { ROOMS, canEnter, type RoomDefinition } from './rooms';

const ROOM_ELEMENTS: Record<RoomDefinition['id'], ReactNode> = {
  patients: <PatientsRoom />,
  appointments: <AppointmentsRoom />,
  'waiting-room': <WaitingRoomRoom />,
  inbox: <InboxRoom />,
  referrals: <ReferralsRoom />,
  requests: <RequestsPage />,
  admin: <AdminRoom />,
};

export function AppRoutes({ role }: { role: Role }) {
  return (
    <Routes>
      {ROOMS.map((room) => (
        <Route
          key={room.id}
          // Rooms have their own pages below them (a patient's card under /pasienter).
          path={`${room.path}/*`}
          element={canEnter(room, role) ? ROOM_ELEMENTS[room.id] : <NoAccess title={room.label} />}
        />
      ))}
      <Route path="*" element={<Navigate to="/pasienter" replace />} />
    </Routes>
  );
}
