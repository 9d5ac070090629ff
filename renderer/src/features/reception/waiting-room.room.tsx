import { VenteromPage } from '../venterom/venterom.page';

/** The Venterom room (Alt+3): the day's queue, see features/venterom. */
export function WaitingRoomRoom() {
  return <VenteromPage />;
}
