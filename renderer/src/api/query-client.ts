import { QueryClient } from '@tanstack/react-query';

/**
 * Calls go to our own main process, not over a network: a failure is an answer (a Result), not a flaky
 * connection, so nothing is retried and nothing refetches just because the window got focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
