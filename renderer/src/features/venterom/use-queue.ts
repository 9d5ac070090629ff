/**
 * The venterom's queries and changes. Main pushes 'queue.changed' after every change from any window (or PC, later),
 * and every open venterom refetches: no one presses refresh, and nothing here polls.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type {
  AddDropInInput,
  ChangeTriageInput,
  MarkLeftInput,
  QueueEntryRef,
} from '../../../../shared/schemas/queue.schema';
import { unwrap } from '../../api/api-call-error';
import { useApi } from '../../api/api-context';
import { queryKeys } from '../../api/query-keys';
import { useApiEvent } from '../../api/use-api-event';

export const queueKeys = {
  all: ['queue'] as const,
  today: (mine: boolean) => ['queue', 'today', mine ? 'mine' : 'all'] as const,
  expected: (query: string) => ['queue', 'expected', query] as const,
};

/** Refetches every queue query when main says the queue changed. Mounted once by the venterom. */
export function useQueueLiveUpdates(): void {
  const queryClient = useQueryClient();
  useApiEvent('queue.changed', () => {
    void queryClient.invalidateQueries({ queryKey: queueKeys.all });
  });
}

/** Today's queue: everyone's, or (mine) the logged-in doctor's booked patients and the drop-ins for them. */
export function useQueueToday(mine: boolean, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queueKeys.today(mine),
    queryFn: () => unwrap(api.queue.today(mine ? { mine: true } : {})),
    enabled,
  });
}

export function useExpectedToday(query: string) {
  const api = useApi();
  return useQuery({
    queryKey: queueKeys.expected(query),
    queryFn: () => unwrap(api.queue.expected({ query })),
  });
}

function useQueueChange<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    // The event does this too; invalidating here makes the own window right even before it arrives.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queueKeys.all }),
  });
}

export function useRegisterArrival() {
  const api = useApi();
  return useQueueChange((appointmentId: string) => unwrap(api.queue.registerArrival({ appointmentId })));
}

export function useAddDropIn() {
  const api = useApi();
  return useQueueChange((input: AddDropInInput) => unwrap(api.queue.addDropIn(input)));
}

export function useChangeTriage() {
  const api = useApi();
  return useQueueChange((input: ChangeTriageInput) => unwrap(api.queue.changeTriage(input)));
}

/**
 * "Neste pasient". Main started a journal note for the patient: the journal's lists of this patient and of my drafts
 * are refetched before the caller navigates, so the note opens in the editor, not read-only.
 */
export function useCallNext() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.queue.callNext({})),
    onSuccess: async (called) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queueKeys.all }),
        ...(called
          ? [
              queryClient.invalidateQueries({ queryKey: queryKeys.journalOfPatient(called.patientId) }),
              queryClient.invalidateQueries({ queryKey: queryKeys.myDrafts }),
            ]
          : []),
      ]);
    },
  });
}

export function useMarkDone() {
  const api = useApi();
  return useQueueChange((input: QueueEntryRef) => unwrap(api.queue.markDone(input)));
}

export function useMarkLeft() {
  const api = useApi();
  return useQueueChange((input: MarkLeftInput) => unwrap(api.queue.markLeft(input)));
}

/** The current minute, so waiting times count up on screen without asking main. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
