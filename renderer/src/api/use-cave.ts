import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PatientCard } from '../../../shared/api/views';
import type { CaveAddInput, CaveReviseInput } from '../../../shared/schemas/cave.schema';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

/** Main answers a CAVE change with the new card; the banner must show it at once. */
function useStoreCard() {
  const queryClient = useQueryClient();
  return (card: PatientCard) => queryClient.setQueryData(queryKeys.patientCard(card.id), card);
}

export function useAddCave() {
  const api = useApi();
  const store = useStoreCard();
  return useMutation({ mutationFn: (input: CaveAddInput) => unwrap(api.cave.add(input)), onSuccess: store });
}

export function useReviseCave() {
  const api = useApi();
  const store = useStoreCard();
  return useMutation({ mutationFn: (input: CaveReviseInput) => unwrap(api.cave.revise(input)), onSuccess: store });
}
