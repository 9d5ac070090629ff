import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

/** Per doctor: listetak, listelengde, ledige plasser and how many wait. */
export function useListOverview(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.listsOverview, queryFn: () => unwrap(api.lists.overview({})), enabled });
}

export function useListChanges(since: string | null, doctorId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.listChanges(since ?? '', doctorId),
    queryFn: () => unwrap(api.lists.changes({ since: since ?? '', ...(doctorId ? { doctorId } : {}) })),
    enabled: since !== null,
  });
}

export function useWaitingList(doctorId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.waitingList(doctorId ?? ''),
    queryFn: () => unwrap(api.lists.waitingList({ doctorId: doctorId ?? '' })),
    enabled: doctorId !== null,
  });
}

export function useSetCeiling() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { doctorId: string; listCeiling: number }) => unwrap(api.lists.setCeiling(input)),
    onSuccess: (overview) => queryClient.setQueryData(queryKeys.listsOverview, overview),
  });
}

/** A list change touches the figures, the changes, the patient's card and what searches show as fastlege. */
function useInvalidateAfterListChange() {
  const queryClient = useQueryClient();
  return (patientId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.lists }),
      queryClient.invalidateQueries({ queryKey: queryKeys.patientCard(patientId) }),
      queryClient.invalidateQueries({ queryKey: [...queryKeys.patients, 'search'] }),
    ]);
}

export function useAssignToList() {
  const api = useApi();
  const invalidate = useInvalidateAfterListChange();
  return useMutation({
    mutationFn: (input: { patientId: string; doctorId: string; fromDate: string }) => unwrap(api.lists.assign(input)),
    onSuccess: (_result, input) => invalidate(input.patientId),
  });
}

export function useRemoveFromList() {
  const api = useApi();
  const invalidate = useInvalidateAfterListChange();
  return useMutation({
    mutationFn: (input: { patientId: string; toDate: string }) => unwrap(api.lists.remove(input)),
    onSuccess: (_result, input) => invalidate(input.patientId),
  });
}

export function useAddToWaitingList() {
  const api = useApi();
  const invalidate = useInvalidateAfterListChange();
  return useMutation({
    mutationFn: (input: { patientId: string; doctorId: string }) => unwrap(api.lists.addToWaitingList(input)),
    onSuccess: (_result, input) => invalidate(input.patientId),
  });
}

export function useCloseWaiting() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { entryId: string; outcome: 'tildelt' | 'trukket' }) => unwrap(api.lists.closeWaiting(input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.lists }),
  });
}
