/** TanStack Query hooks for the Henvendelser page; query keys kept here beside the only hooks that use them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestDetail } from '../../../../shared/api/requests-views';
import type { RequestList, SmsConsentInput, SmsSettingsInput } from '../../../../shared/schemas/requests.schema';
import { unwrap } from '../../api/api-call-error';
import { useApi } from '../../api/api-context';
import { useApiEvent } from '../../api/use-api-event';

export const requestKeys = {
  all: ['requests'] as const,
  list: (filter: RequestList) => ['requests', 'list', filter] as const,
  one: (requestId: string) => ['requests', 'one', requestId] as const,
};

export function useRequestList(filter: RequestList) {
  const api = useApi();
  return useQuery({
    queryKey: requestKeys.list(filter),
    queryFn: () => unwrap(api.requests.list(filter)),
    placeholderData: keepPreviousData,
  });
}

export function useRequest(requestId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: requestKeys.one(requestId ?? 'none'),
    queryFn: () =>
      requestId ? unwrap(api.requests.get({ requestId })) : Promise.reject(new Error('Ingen henvendelse valgt.')),
    enabled: requestId !== null,
  });
}

/** Another window (or the SMS worker) changed a request: lists and the open request ask again. */
export function useRequestsLive(): void {
  const queryClient = useQueryClient();
  useApiEvent('requests.changed', () => void queryClient.invalidateQueries({ queryKey: requestKeys.all }));
}

function useRequestMutation<I>(run: (input: I) => Promise<RequestDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (detail) => {
      queryClient.setQueryData(requestKeys.one(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: ['requests', 'list'] });
    },
  });
}

export function useAnswerRequest() {
  const api = useApi();
  return useRequestMutation((input: { requestId: string; answer: string; appointmentId?: string }) =>
    unwrap(api.requests.answer(input)),
  );
}

/** The patient's booked appointments ahead, to confirm one in the answer to an SMS. */
export function useUpcomingAppointments(patientId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['requests', 'upcoming', patientId ?? 'none'] as const,
    queryFn: () =>
      patientId
        ? unwrap(api.requests.upcomingAppointments({ patientId }))
        : Promise.reject(new Error('Ingen pasient.')),
    enabled: patientId !== null,
  });
}

export function useMatchRequest() {
  const api = useApi();
  return useRequestMutation((input: { requestId: string; patientId: string }) => unwrap(api.requests.match(input)));
}

export function useSmsSettings() {
  const api = useApi();
  return useQuery({
    queryKey: ['requests', 'sms-settings'] as const,
    queryFn: () => unwrap(api.requests.smsSettings({})),
  });
}

export function useSaveSmsSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SmsSettingsInput) => unwrap(api.requests.setSmsSettings(input)),
    onSuccess: (saved) => queryClient.setQueryData(['requests', 'sms-settings'], saved),
  });
}

export function useSmsConsent(patientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['requests', 'consent', patientId] as const,
    queryFn: () => unwrap(api.requests.consent({ patientId })),
  });
}

export function useSaveSmsConsent() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SmsConsentInput) => unwrap(api.requests.setConsent(input)),
    onSuccess: (saved) => queryClient.setQueryData(['requests', 'consent', saved.patientId], saved),
  });
}
