import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SetupClinicInput } from '../../../shared/schemas/clinic.schema';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useSetupStatus() {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.setupStatus,
    queryFn: () => unwrap(api.setup.status({})),
    staleTime: Infinity,
  });
}

/** First start: creates the clinic and its administrator, who is then logged in. */
export function useCreateClinic() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupClinicInput) => unwrap(api.setup.createClinic(input)),
    onSuccess: (session) => {
      queryClient.setQueryData(queryKeys.setupStatus, { configured: true });
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}
