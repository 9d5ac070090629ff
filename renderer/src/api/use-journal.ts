import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { NoteDetail, TimelineEntry, TimelinePage } from '../../../shared/api/views';
import type { ContactType } from '../../../shared/schemas/journal.schema';
import { unwrap } from './api-call-error';
import { useApi } from './api-context';
import { queryKeys } from './query-keys';

/** The timeline's filters, as the contract's journal.timeline takes them. */
export interface TimelineFilters {
  contactType?: ContactType;
  /** A code, e.g. 'R74'. */
  diagnosis?: string;
  authorId?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

/** One page of the timeline: enough to fill a tall screen twice, small enough to come back at once. */
export const TIMELINE_PAGE_SIZE = 50;

/**
 * The patient's timeline, newest first, a page at a time (keyset cursor from main). Every read is audited in main,
 * so the pages are fetched only as the list is scrolled towards its end.
 */
export function useTimeline(patientId: string, filters: TimelineFilters, limit = TIMELINE_PAGE_SIZE) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: queryKeys.journalTimeline(patientId, filters, limit),
    queryFn: ({ pageParam }) =>
      unwrap(api.journal.timeline({ patientId, ...filters, limit, ...(pageParam !== null && { cursor: pageParam }) })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // A new filter keeps the old list on screen until its answer comes, so the column never blanks.
    placeholderData: keepPreviousData,
  });
}

/**
 * Shows an autosaved draft's new text in the timelines already loaded, without asking main again: a timeline read is
 * an audited read, and autosave runs every second or so.
 */
export function usePatchTimelineEntry() {
  const queryClient = useQueryClient();
  return useCallback(
    (patientId: string, noteId: string, patch: Partial<TimelineEntry>) =>
      queryClient.setQueriesData<InfiniteData<TimelinePage>>(
        { queryKey: [...queryKeys.journalOfPatient(patientId), 'timeline'] },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              entries: page.entries.map((e) => (e.noteId === noteId ? { ...e, ...patch } : e)),
            })),
          },
      ),
    [queryClient],
  );
}

export function useJournalSearch(patientId: string, query: string) {
  const api = useApi();
  const trimmed = query.trim();
  return useQuery({
    queryKey: queryKeys.journalSearch(patientId, trimmed),
    queryFn: () => unwrap(api.journal.search({ patientId, query: trimmed })),
    enabled: trimmed !== '',
    placeholderData: keepPreviousData,
  });
}

export function useProblemList(patientId: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.problemList(patientId),
    queryFn: () => unwrap(api.journal.problemList({ patientId })),
  });
}

/**
 * One note with its whole history. Each opening is an audited read in main (the innsynslogg), so an opening is
 * asked for anew; the few seconds of staleTime only spare the duplicate read when a note just written is shown.
 */
export function useNote(noteId: string) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.journalNote(noteId),
    queryFn: () => unwrap(api.journal.note({ noteId })),
    staleTime: 5_000,
  });
}

/** The logged-in doctor's unsigned drafts, offered back after a restart or a crash. */
export function useMyDrafts(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.myDrafts, queryFn: () => unwrap(api.journal.myDrafts({})), enabled });
}

/** After any change to a note: show main's answer at once; the lists around it ask again. */
function useStoreNote() {
  const queryClient = useQueryClient();
  return async (note: NoteDetail) => {
    queryClient.setQueryData(queryKeys.journalNote(note.id), note);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.journalOfPatient(note.patientId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.myDrafts }),
    ]);
  };
}

export function useStartNote() {
  const api = useApi();
  const store = useStoreNote();
  return useMutation({
    mutationFn: (input: { patientId: string; contactType: ContactType; occurredAt?: string }) =>
      unwrap(api.journal.start(input)),
    onSuccess: store,
  });
}

export function useSignNote() {
  const api = useApi();
  const store = useStoreNote();
  return useMutation({
    mutationFn: (input: { noteId: string; versionId: string }) => unwrap(api.journal.sign(input)),
    onSuccess: store,
  });
}

export function useStartCorrection() {
  const api = useApi();
  const store = useStoreNote();
  return useMutation({
    mutationFn: (input: { noteId: string; reason: string }) => unwrap(api.journal.startCorrection(input)),
    onSuccess: store,
  });
}

export function useMarkEnteredInError() {
  const api = useApi();
  const store = useStoreNote();
  return useMutation({
    mutationFn: (input: { noteId: string; reason: string }) => unwrap(api.journal.markEnteredInError(input)),
    onSuccess: store,
  });
}

export function useDiscardDraft() {
  const api = useApi();
  const store = useStoreNote();
  return useMutation({
    mutationFn: (input: { noteId: string }) => unwrap(api.journal.discardDraft(input)),
    onSuccess: store,
  });
}

export function useJournalExtract() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: { patientId: string; from?: string; to?: string }) => unwrap(api.journal.extract(input)),
  });
}
