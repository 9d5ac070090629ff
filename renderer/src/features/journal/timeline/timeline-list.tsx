import type { TimelineEntry } from '../../../../../shared/api/views';
import { VirtualList } from '../../../ui/virtual-list/virtual-list';
import { TIMELINE_ROW_HEIGHT, TimelineRow } from './timeline-row';

/** How close to the end of what is loaded the next page is asked for. */
const PREFETCH_ROWS = 8;

/** The timeline as a windowed listbox; asks for the next page as its end comes into view. */
export function TimelineList({
  id,
  entries,
  activeId,
  openId,
  onOpen,
  onNearEnd,
}: {
  id: string;
  entries: readonly TimelineEntry[];
  activeId: string | null;
  openId: string | null;
  onOpen: (noteId: string) => void;
  onNearEnd: () => void;
}) {
  const activeIndex = activeId === null ? -1 : entries.findIndex((e) => e.noteId === activeId);
  return (
    <VirtualList
      id={id}
      role="listbox"
      // Focus stays in the search box above (aria-activedescendant), as in the patient search.
      tabIndex={-1}
      aria-label="Journalnotater, nyeste først"
      className="timeline-list"
      items={entries}
      rowHeight={TIMELINE_ROW_HEIGHT}
      activeIndex={activeIndex}
      getKey={(e) => e.noteId}
      onRangeChange={({ end, count }) => {
        if (count > 0 && end >= count - PREFETCH_ROWS) onNearEnd();
      }}
      renderRow={(entry, index) => (
        <TimelineRow
          listId={id}
          entry={entry}
          index={index}
          count={entries.length}
          active={index === activeIndex}
          open={entry.noteId === openId}
          onOpen={onOpen}
        />
      )}
    />
  );
}
