import { FunnelIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, Loader, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../api/api-call-error';
import { useCurrentUser } from '../../../api/use-auth';
import { useJournalSearch, useTimeline, type TimelineFilters } from '../../../api/use-journal';
import { useShortcut, useShortcutHelp } from '../../../ui/shortcuts/use-shortcut';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { moveSelection, SELECTION_STEPS } from '../../patients/search/search-selection';
import { JOURNAL_SEARCH_ID, journalPaths } from '../journal-paths';
import { SearchHits } from '../search/search-hits';
import { activeFilterCount, TimelineFiltersPanel } from './timeline-filters';
import { TimelineList } from './timeline-list';
import { timelineOptionId } from './timeline-row';

const SEARCH_DEBOUNCE_MS = 200;

/**
 * The left column of the journal: one box that searches the patient's journal as you type, over the timeline
 * (newest first, paged and windowed) or the search hits. ↓/↑ walk the list while focus stays in the box; Enter
 * opens the note; Esc empties the box.
 */
export function JournalBrowser({ patientId, openNoteId }: { patientId: string; openNoteId: string | null }) {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<TimelineFilters>({});
  const [filtersOpen, setFiltersOpen] = useState(false);
  // The keyboard's mark follows the open note when that changes from elsewhere (a draft taken up, a link).
  const [selection, setSelection] = useState({ openNoteId, activeId: openNoteId });
  const activeId = selection.openNoteId === openNoteId ? selection.activeId : openNoteId;
  const setActiveId = (id: string | null) => setSelection({ openNoteId, activeId: id });
  const debounced = useDebouncedValue(query, SEARCH_DEBOUNCE_MS);
  const searching = query.trim() !== '';
  const timeline = useTimeline(patientId, filters);
  const search = useJournalSearch(patientId, searching ? debounced : '');

  const entries = timeline.data?.pages.flatMap((p) => p.entries) ?? [];
  const hits = search.data ?? [];
  const ids = searching ? hits.map((h) => h.noteId) : entries.map((e) => e.noteId);
  const active = activeId !== null && ids.includes(activeId) ? activeId : null;

  useShortcut({
    id: 'journal:search',
    keys: ['Ctrl+F'],
    description: 'Søk i journalen',
    group: 'Journal',
    run: () => document.getElementById(JOURNAL_SEARCH_ID)?.focus(),
  });
  useShortcutHelp({
    id: 'journal:walk',
    keys: ['↓', '↑'],
    description: 'I søkefeltet: gå i tidslinjen eller treffene (Enter åpner notatet)',
    group: 'Journal',
  });

  const open = (noteId: string) => {
    setActiveId(noteId);
    void navigate(journalPaths.note(patientId, noteId));
  };
  const loadMore = () => {
    if (!searching && timeline.hasNextPage && !timeline.isFetchingNextPage) void timeline.fetchNextPage();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = SELECTION_STEPS[event.key];
    if (step !== undefined) {
      event.preventDefault();
      setActiveId(moveSelection(ids, active, step));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = active ?? (ids.length === 1 ? ids[0] : undefined);
      if (target) open(target);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    }
  };

  const filterCount = activeFilterCount(filters);
  const status = searching
    ? search.isPending || debounced.trim() !== query.trim()
      ? 'Søker …'
      : hits.length === 0
        ? `Ingen treff på «${query.trim()}».`
        : `${hits.length} ${hits.length === 1 ? 'notat' : 'notater'} med treff`
    : timeline.isPending
      ? 'Henter journalen …'
      : entries.length === 0
        ? filterCount > 0
          ? 'Ingen notater passer filteret.'
          : 'Ingen notater i journalen ennå.'
        : `${entries.length}${timeline.hasNextPage ? '+' : ''} ${entries.length === 1 && !timeline.hasNextPage ? 'notat' : 'notater'}${timeline.isFetchingNextPage ? ', henter flere …' : ''}`;

  return (
    <VStack as="section" gap="space-8" aria-label="Tidslinje og søk" className="journal-browser">
      <HStack gap="space-8" align="end" wrap={false}>
        <TextField
          id={JOURNAL_SEARCH_ID}
          className="journal-browser__search"
          label="Søk i journalen"
          size="small"
          autoComplete="off"
          spellCheck={false}
          role="combobox"
          aria-expanded={ids.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? timelineOptionId(listId, active) : undefined}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button
          type="button"
          size="small"
          variant={filterCount > 0 ? 'primary' : 'secondary'}
          icon={<FunnelIcon aria-hidden />}
          aria-expanded={filtersOpen}
          onClick={() => setFiltersOpen((o) => !o)}
        >
          Filter{filterCount > 0 ? ` (${filterCount})` : ''}
        </Button>
      </HStack>
      {filtersOpen && user && <TimelineFiltersPanel filters={filters} myUserId={user.id} onChange={setFilters} />}
      <HStack gap="space-8" align="center" className="journal-browser__status">
        {(timeline.isFetching || search.isFetching) && <Loader size="xsmall" title="Henter …" />}
        <BodyShort size="small" textColor="subtle" aria-live="polite" data-testid="journal-list-status">
          {status}
        </BodyShort>
      </HStack>
      {(searching ? search.isError : timeline.isError) && (
        <Alert variant="error" size="small">
          {errorMessage(searching ? search.error : timeline.error)}
        </Alert>
      )}
      {searching ? (
        <SearchHits id={listId} hits={hits} activeId={active} openId={openNoteId} onOpen={open} />
      ) : (
        <TimelineList
          id={listId}
          entries={entries}
          activeId={active}
          openId={openNoteId}
          onOpen={open}
          onNearEnd={loadMore}
        />
      )}
    </VStack>
  );
}
