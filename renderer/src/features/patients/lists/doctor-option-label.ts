import type { DoctorListView } from '../../../../../shared/api/views';

/** How full a doctor's list is, in a few words: '12 ledige plasser', 'full, 3 på venteliste', 'uten listetak'. */
export function listRoomText(doctor: DoctorListView): string {
  if (doctor.freePlaces === null) return 'uten listetak';
  if (doctor.freePlaces === 0) return doctor.waiting > 0 ? `full, ${doctor.waiting} på venteliste` : 'full';
  return doctor.freePlaces === 1 ? '1 ledig plass' : `${doctor.freePlaces} ledige plasser`;
}
