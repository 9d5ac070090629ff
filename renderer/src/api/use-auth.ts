import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginInput } from '../../../shared/schemas/clinic.schema';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

/** The logged-in user and clinic, or null. The session itself lives in main; this is only what we may show. */
export function useSession(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: () => unwrap(api.auth.session({})),
    enabled,
    staleTime: Infinity,
  });
}

export function useLogin() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => unwrap(api.auth.login(input)),
    onSuccess: (session) => queryClient.setQueryData(queryKeys.session, session),
  });
}

export function useLogout() {
  const api = useApi();
  return useMutation({ mutationFn: () => unwrap(api.auth.logout({})) });
}

/** The logged-in user, from the session already fetched by the app gate; null outside a session. */
export function useCurrentUser() {
  return useSession().data?.user ?? null;
}
