/**
 * Innboks' queries and changes. Main pushes 'inbox.changed' after a match or filing from any window; documents that
 * arrive through the delivery worker have no event yet, so the list also asks again every few seconds while open.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InboxDocumentView } from '../../../../shared/api/inbox-views';
import type { InboxFilter, InboxFile, InboxMatch } from '../../../../shared/schemas/inbox.schema';
import { unwrap } from '../../api/api-call-error';
import { useApi } from '../../api/api-context';
import { queryKeys } from '../../api/query-keys';
import { useApiEvent } from '../../api/use-api-event';

export const inboxKeys = {
  all: ['inbox'] as const,
  list: (filter: InboxFilter) => ['inbox', 'list', filter] as const,
  document: (id: string) => ['inbox', 'document', id] as const,
};

export const INBOX_REFRESH_MS = 5000;

/** Refetches every inbox query when main says Innboks changed. Mounted once by the room. */
export function useInboxLiveUpdates(): void {
  const queryClient = useQueryClient();
  useApiEvent('inbox.changed', () => {
    void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
  });
}

export function useInboxList(filter: InboxFilter, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: inboxKeys.list(filter),
    queryFn: () => unwrap(api.inbox.list({ filter })),
    enabled,
    refetchInterval: INBOX_REFRESH_MS,
  });
}

/** One document, readable. Opening it is audited in main (who read what, about whom). */
export function useInboxDocument(documentId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: documentId ? inboxKeys.document(documentId) : ['inbox', 'document', 'none'],
    queryFn: () =>
      documentId ? unwrap(api.inbox.open({ documentId })) : Promise.reject(new Error('Ingen dokument valgt.')),
    enabled: documentId !== null,
    staleTime: 60_000,
  });
}

function useInboxChange<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
      // A filed document is a new signed note in the patient's journal.
      void queryClient.invalidateQueries({ queryKey: queryKeys.journal });
    },
  });
}

export function useMatchDocument() {
  const api = useApi();
  return useInboxChange<InboxMatch, InboxDocumentView>((input) => unwrap(api.inbox.match(input)));
}

export function useFileDocument() {
  const api = useApi();
  return useInboxChange<InboxFile, InboxDocumentView>((input) => unwrap(api.inbox.file(input)));
}
