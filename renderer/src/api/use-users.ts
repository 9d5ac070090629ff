import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewUserInput } from '../../../shared/schemas/clinic.schema';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useUsers() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.users, queryFn: () => unwrap(api.users.list({})) });
}

export function useCreateUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUserInput) => unwrap(api.users.create(input)),
    // The new user shows in the list and its creation in the audit log.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.users }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit }),
      ]),
  });
}

/** The clinic's doctors (names only), for every logged-in role: author filters and fastlege choices. */
export function useClinicians() {
  const api = useApi();
  return useQuery({ queryKey: [...queryKeys.users, 'clinicians'], queryFn: () => unwrap(api.users.clinicians({})) });
}
