import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

/** Imports a list file; main reports progress with `progress` events ({ task: 'patients.import' }). */
export function useImportPatients() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fileName: string; contentBase64: string }) => unwrap(api.patients.import(input)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.patients }),
        queryClient.invalidateQueries({ queryKey: queryKeys.lists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit }),
      ]),
  });
}
