import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RfPrescriptionListView } from '../../../../shared/api/prescription-views';
import { unwrap } from '../../api/api-call-error';
import { useApi } from '../../api/api-context';
import { prescriptionKeys, PRESCRIPTION_LIST_REFRESH_MS } from '../../api/use-prescriptions';

export const rfListKey = (patientId: string) => [...prescriptionKeys.ofPatient(patientId), 'rf'] as const;

/** RF's reseptliste as last received; asked again every few seconds while an answer is on its way. */
export function useRfList(patientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: rfListKey(patientId),
    queryFn: () => unwrap(api.prescriptions.rfList({ patientId })),
    refetchInterval: (query) => (query.state.data?.state === 'pending' ? PRESCRIPTION_LIST_REFRESH_MS : false),
  });
}

/** "Hent reseptliste fra RF": an M9.5 in the outbox; the answer shows when the worker brings it. */
export function useRequestRfList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patientId: string) => unwrap(api.prescriptions.requestRfList({ patientId })),
    onSuccess: (view: RfPrescriptionListView, patientId) => queryClient.setQueryData(rfListKey(patientId), view),
  });
}

/** The patient's print of current prescriptions (PDF, base64). */
export function usePrintPrescriptions() {
  const api = useApi();
  return useMutation({
    mutationFn: (patientId: string) => unwrap(api.prescriptions.print({ patientId })),
  });
}
