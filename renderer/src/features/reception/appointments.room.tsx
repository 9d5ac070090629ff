import { TimebokRoom } from '../timebok/timebok.room';

/** The Timebok room (/timebok): the day and week views and the schedules live in features/timebok. */
export function AppointmentsRoom() {
  return <TimebokRoom />;
}
