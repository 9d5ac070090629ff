/**
 * The order of the venterom, and which waiting patients a doctor's "Neste pasient" may take. "Gi mest til dem som
 * har størst behov": urgency first, then the appointments patients were given, then waiting time.
 *
 *   1. akutt (drop-in, or a booked patient the reception re-triaged), longest waiting first;
 *   2. haster, longest waiting first;
 *   3. booked patients whose time has come (appointment start <= now), in appointment order;
 *   4. vanlig drop-ins ("sjansetime"), longest waiting first;
 *   5. booked patients who arrived early, in appointment order: a doctor with a gap takes them rather than idle.
 *
 * Who: a booked patient belongs to the appointment's doctor; a drop-in who asked for a doctor waits for that
 * doctor, otherwise for anyone; akutt goes to the first doctor free whatever the preference.
 */
import type { QueueSource, QueueTriage } from '../../../db/schema-queue';

export interface Orderable {
  id: string;
  source: QueueSource;
  triage: QueueTriage | null;
  scheduled_at: string | null;
  arrived_at: string;
  doctor_id: string | null;
}

export function queueRank(e: Orderable, nowIso: string): number {
  if (e.triage === 'akutt') return 1;
  if (e.triage === 'haster') return 2;
  if (e.source === 'timebestilt') return e.scheduled_at !== null && e.scheduled_at <= nowIso ? 3 : 5;
  return 4;
}

/** The key within a rank: appointment time for booked patients, arrival for everyone else. */
function sortKey(e: Orderable, rank: number): string {
  return (rank === 3 || rank === 5) && e.scheduled_at ? e.scheduled_at : e.arrived_at;
}

export function orderQueue<T extends Orderable>(entries: readonly T[], nowIso: string): T[] {
  return entries
    .map((e) => {
      const rank = queueRank(e, nowIso);
      return { e, rank, key: sortKey(e, rank) };
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.key.localeCompare(b.key) ||
        a.e.arrived_at.localeCompare(b.e.arrived_at) ||
        a.e.id.localeCompare(b.e.id),
    )
    .map((x) => x.e);
}

/** Whether this doctor's "Neste pasient" may take the entry (and whether it shows in their own queue). */
export function isForDoctor(e: Orderable, doctorId: string): boolean {
  if (e.source === 'timebestilt') return e.doctor_id === doctorId;
  if (e.triage === 'akutt') return true;
  return e.doctor_id === null || e.doctor_id === doctorId;
}
