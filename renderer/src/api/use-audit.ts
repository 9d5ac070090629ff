import { useQuery } from '@tanstack/react-query';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useRecentAudit(limit = 100) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.auditRecent(limit), queryFn: () => unwrap(api.audit.recent({ limit })) });
}
