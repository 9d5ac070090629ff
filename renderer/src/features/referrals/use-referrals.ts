import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  RecipientSearch,
  ReferralCancel,
  ReferralChange,
  ReferralListQuery,
  ReferralSave,
} from '../../../../shared/schemas/referral.schema';
import { unwrap } from '../../api/api-call-error';
import { useApi } from '../../api/api-context';
import { useApiEvent } from '../../api/use-api-event';

/** Query keys of referrals; kept here, beside the only hooks that use them. */
export const referralKeys = {
  all: ['referrals'] as const,
  list: (q: Partial<ReferralListQuery>) => ['referrals', 'list', q] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  compose: (patientId: string) => ['referrals', 'compose', patientId] as const,
  recipients: (q: Partial<RecipientSearch>) => ['referrals', 'recipients', q] as const,
};

/** The delivery worker and Innboks move a referral's status in the background: lists ask again while open. */
export const REFERRAL_LIST_REFRESH_MS = 5000;

export function useReferralList(q: Partial<ReferralListQuery>) {
  const api = useApi();
  const queryClient = useQueryClient();
  useApiEvent('referrals.changed', () => void queryClient.invalidateQueries({ queryKey: referralKeys.all }));
  // An assessment or epikrise arriving moves a referral on (vurdert, epikrise mottatt).
  useApiEvent('inbox.changed', () => void queryClient.invalidateQueries({ queryKey: referralKeys.all }));
  return useQuery({
    queryKey: referralKeys.list(q),
    queryFn: () => unwrap(api.referrals.list(q)),
    refetchInterval: REFERRAL_LIST_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

export function useReferral(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: referralKeys.one(id ?? 'none'),
    queryFn: () => unwrap(api.referrals.get({ referralId: id ?? '' })),
    enabled: id !== null,
    refetchInterval: REFERRAL_LIST_REFRESH_MS,
  });
}

export function useReferralCompose(patientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: referralKeys.compose(patientId),
    queryFn: () => unwrap(api.referrals.compose({ patientId })),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function useRecipientSearch(q: Partial<RecipientSearch>) {
  const api = useApi();
  return useQuery({
    queryKey: referralKeys.recipients(q),
    queryFn: () => unwrap(api.referrals.recipients(q)),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: referralKeys.all });
}

export function useSaveReferralDraft() {
  const api = useApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ReferralSave) => unwrap(api.referrals.saveDraft(input)),
    onSuccess: invalidate,
  });
}

export function useSendReferral() {
  const api = useApi();
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: ReferralSave) => unwrap(api.referrals.send(input)), onSuccess: invalidate });
}

export function useChangeReferral() {
  const api = useApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ReferralChange) => unwrap(api.referrals.change(input)),
    onSuccess: invalidate,
  });
}

export function useCancelReferral() {
  const api = useApi();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ReferralCancel) => unwrap(api.referrals.cancel(input)),
    onSuccess: invalidate,
  });
}

export function useReferralLetter() {
  const api = useApi();
  return useMutation({ mutationFn: (referralId: string) => unwrap(api.referrals.letter({ referralId })) });
}

export function useImportRegister() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fileName: string; contentBase64: string }) => unwrap(api.referrals.importRegister(input)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['referrals', 'recipients'] }),
  });
}
