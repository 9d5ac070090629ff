import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SnippetView } from '../../../shared/api/views';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

/** The logged-in doctor's fraser (text snippets). Not clinical data; they change rarely. */
export function useSnippets(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.snippets,
    queryFn: () => unwrap(api.snippets.list({})),
    enabled,
    staleTime: Infinity,
  });
}

/** Main answers a change with the whole new list. */
function useStoreSnippets() {
  const queryClient = useQueryClient();
  return (snippets: SnippetView[]) => queryClient.setQueryData(queryKeys.snippets, snippets);
}

export function useSaveSnippet() {
  const api = useApi();
  const store = useStoreSnippets();
  return useMutation({
    mutationFn: (input: { keyword: string; body: string }) => unwrap(api.snippets.save(input)),
    onSuccess: store,
  });
}

export function useRemoveSnippet() {
  const api = useApi();
  const store = useStoreSnippets();
  return useMutation({ mutationFn: (id: string) => unwrap(api.snippets.remove({ id })), onSuccess: store });
}
