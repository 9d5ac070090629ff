import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PatientCard } from '../../../shared/api/views';
import type { PatientInput } from '../../../shared/schemas/patient.schema';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

/** The most a search asks for: enough to scroll, small enough that a vague query stays fast. */
export const SEARCH_LIMIT = 200;

/**
 * Search as you type. The previous answer stays on screen while the next is on its way (keepPreviousData), so
 * the list never blanks between keystrokes.
 */
export function usePatientSearch(query: string) {
  const api = useApi();
  const trimmed = query.trim();
  return useQuery({
    queryKey: queryKeys.patientSearch(trimmed),
    queryFn: () => unwrap(api.patients.search({ query: trimmed, limit: SEARCH_LIMIT })),
    enabled: trimmed !== '',
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

/** The patients this user opened last, newest first. */
export function useRecentPatients(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.patientsRecent,
    queryFn: () => unwrap(api.patients.recent({})),
    enabled,
  });
}

/**
 * The patient card. Opening it is an audited read in main, so every time a card is shown anew it is asked for
 * anew (never stale-cached: the audit log must see each opening); the patient bar shares the same cache entry.
 */
export function usePatientCard(patientId: string | null) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.patientCard(patientId ?? ''),
    queryFn: async () => {
      const card = await unwrap(api.patients.open({ patientId: patientId ?? '' }));
      // Opening is what puts the patient first among the recent ones.
      void queryClient.invalidateQueries({ queryKey: queryKeys.patientsRecent });
      return card;
    },
    enabled: patientId !== null,
    staleTime: 0,
  });
}

/** After a change main answers with the new card: show it at once, and let searches ask again. */
function useStoreCard() {
  const queryClient = useQueryClient();
  return (card: PatientCard) => {
    queryClient.setQueryData(queryKeys.patientCard(card.id), card);
    return queryClient.invalidateQueries({ queryKey: [...queryKeys.patients, 'search'] });
  };
}

export function useRegisterPatient() {
  const api = useApi();
  const store = useStoreCard();
  return useMutation({
    mutationFn: (patient: PatientInput) => unwrap(api.patients.register(patient)),
    onSuccess: store,
  });
}

export function useUpdatePatient() {
  const api = useApi();
  const store = useStoreCard();
  return useMutation({
    mutationFn: (input: { patientId: string; patient: PatientInput }) => unwrap(api.patients.update(input)),
    onSuccess: store,
  });
}

/** Merges a record under the clinic's own H-nummer into the real one; the answer is the real record's card. */
export function useMergePatient() {
  const api = useApi();
  const queryClient = useQueryClient();
  const store = useStoreCard();
  return useMutation({
    mutationFn: (input: { sourceId: string; targetId: string }) => unwrap(api.patients.merge(input)),
    onSuccess: (card, input) => {
      queryClient.removeQueries({ queryKey: queryKeys.patientCard(input.sourceId) });
      return store(card);
    },
  });
}
