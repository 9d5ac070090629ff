/** What the queue.* calls return to the renderer: administrative data only, so reception may see all of it. */
import type { TriageLevel } from '../schemas/queue.schema';

export type QueueStatusView = 'venter' | 'inne' | 'ferdig' | 'gatt';

export const QUEUE_STATUS_LABELS: Record<QueueStatusView, string> = {
  venter: 'Venter',
  inne: 'Inne',
  ferdig: 'Ferdig',
  gatt: 'Gått',
};

export const TRIAGE_LABELS: Record<TriageLevel, string> = {
  akutt: 'Akutt',
  haster: 'Haster',
  vanlig: 'Vanlig',
};

export interface QueueEntryView {
  id: string;
  patientId: string;
  patientName: string;
  birthDate: string;
  source: 'timebestilt' | 'drop_in';
  appointmentId: string | null;
  /** The booked time (ISO instant), for a booked patient. */
  scheduledAt: string | null;
  triage: TriageLevel | null;
  reason: string | null;
  doctorId: string | null;
  doctorName: string | null;
  status: QueueStatusView;
  statusAt: string;
  arrivedAt: string;
  calledByName: string | null;
  /** 1 for the patient "Neste pasient" takes next (in the order of the list asked for); null unless venter. */
  position: number | null;
}

export interface QueueDayView {
  day: string;
  /** Main's clock when the list was made, so waiting times agree across windows. */
  at: string;
  /** Venter in calling order, then inne, then ferdig and gått (latest first). */
  entries: QueueEntryView[];
}

/** A booked appointment today that has not arrived yet: the reception's list for ankomst. */
export interface ExpectedAppointmentView {
  appointmentId: string;
  patientId: string;
  patientName: string;
  birthDate: string;
  startsAt: string;
  appointmentType: string;
  doctorId: string | null;
  resourceName: string;
}

/** What "Neste pasient" gives the doctor: where to go, and the kontakt started for the visit. */
export interface CalledPatientView {
  entryId: string;
  patientId: string;
  noteId: string;
  appointmentId: string | null;
}
