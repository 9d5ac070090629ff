import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PrescriptionCheckView, PrescriptionView } from '../../../shared/api/prescription-views';
import type {
  PrescriptionDraft,
  PrescriptionIssue,
  PrescriptionRenew,
  PrescriptionRevoke,
} from '../../../shared/schemas/prescription.schema';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';

/** Query keys of prescriptions; kept here, beside the only hooks that use them. */
export const prescriptionKeys = {
  all: ['prescriptions'] as const,
  ofPatient: (patientId: string) => ['prescriptions', 'patient', patientId] as const,
  check: (draft: PrescriptionDraft) => ['prescriptions', 'check', draft] as const,
};

/**
 * How often the list asks again while it is open: the delivery worker moves a prescription from klar to sendt,
 * registrert and utlevert in the background, and main has no event for that yet.
 */
export const PRESCRIPTION_LIST_REFRESH_MS = 3000;

/** The patient's prescriptions with their status, newest first, refreshed while the list is on screen. */
export function usePrescriptionList(patientId: string, options: { refresh?: boolean } = {}) {
  const api = useApi();
  return useQuery({
    queryKey: prescriptionKeys.ofPatient(patientId),
    queryFn: () => unwrap(api.prescriptions.list({ patientId })),
    refetchInterval: options.refresh === false ? false : PRESCRIPTION_LIST_REFRESH_MS,
  });
}

/**
 * prescriptions.check for a complete draft: expiry, refund rules and the safety findings. Nothing is stored, so
 * it runs again whenever the draft changes; null draft = not complete yet.
 */
export function usePrescriptionCheck(draft: PrescriptionDraft | null) {
  const api = useApi();
  return useQuery({
    queryKey: draft ? prescriptionKeys.check(draft) : ['prescriptions', 'check', 'none'],
    queryFn: () =>
      draft ? unwrap(api.prescriptions.check(draft)) : Promise.reject(new Error('Resepten er ikke utfylt.')),
    enabled: draft !== null,
    placeholderData: keepPreviousData,
    staleTime: 2000,
    gcTime: 30_000,
  });
}

/** The check for exactly this draft, now (from the cache when just asked): "Kontroller" and signing wait for it. */
export function useFetchPrescriptionCheck(): (draft: PrescriptionDraft) => Promise<PrescriptionCheckView> {
  const api = useApi();
  const queryClient = useQueryClient();
  return (draft) =>
    queryClient.fetchQuery({
      queryKey: prescriptionKeys.check(draft),
      queryFn: () => unwrap(api.prescriptions.check(draft)),
      staleTime: 2000,
    });
}

function useStorePrescription() {
  const queryClient = useQueryClient();
  return (prescription: PrescriptionView) => {
    queryClient.setQueryData<PrescriptionView[]>(prescriptionKeys.ofPatient(prescription.patientId), (list) =>
      list ? [prescription, ...list.filter((p) => p.id !== prescription.id)] : [prescription],
    );
    void queryClient.invalidateQueries({ queryKey: prescriptionKeys.ofPatient(prescription.patientId) });
  };
}

export function useIssuePrescription() {
  const api = useApi();
  const store = useStorePrescription();
  return useMutation({
    mutationFn: (input: PrescriptionIssue) => unwrap(api.prescriptions.issue(input)),
    onSuccess: (issued) => store(issued.prescription),
  });
}

export function useRenewPrescription() {
  const api = useApi();
  const store = useStorePrescription();
  return useMutation({
    mutationFn: (input: PrescriptionRenew) => unwrap(api.prescriptions.renew(input)),
    onSuccess: (issued) => store(issued.prescription),
  });
}

export function useRevokePrescription() {
  const api = useApi();
  const store = useStorePrescription();
  return useMutation({
    mutationFn: (input: PrescriptionRevoke) => unwrap(api.prescriptions.revoke(input)),
    onSuccess: store,
  });
}
