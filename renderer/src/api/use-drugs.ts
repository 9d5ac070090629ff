import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';

/** Query keys of the drug catalogue; kept here, beside the only hooks that use them. */
export const drugKeys = {
  all: ['drugs'] as const,
  search: (query: string) => ['drugs', 'search', query] as const,
  catalogue: ['drugs', 'catalogue'] as const,
};

/** Type-ahead over the catalogue (name, substance, ATC or varenummer); nothing is asked for an empty query. */
export function useDrugSearch(query: string) {
  const api = useApi();
  const trimmed = query.trim();
  return useQuery({
    queryKey: drugKeys.search(trimmed),
    queryFn: () => unwrap(api.drugs.search({ query: trimmed, limit: 20 })),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Which catalogue is in use: a demo catalogue must be shown as one. */
export function useDrugCatalogue() {
  const api = useApi();
  return useQuery({
    queryKey: drugKeys.catalogue,
    queryFn: () => unwrap(api.drugs.catalogue({})),
    staleTime: 5 * 60_000,
  });
}
