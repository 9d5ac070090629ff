import { Detail, HStack } from '@navikt/ds-react';
import type { JournalSearchHit } from '../../../../../shared/api/views';
import { formatNoteTime } from '../journal-format';
import { NoteStatusTag } from '../note-status';
import { timelineOptionId } from '../timeline/timeline-row';
import { HighlightedExcerpt } from './highlighted-excerpt';

/** Search hits in the patient's journal, each with its excerpt and the hits marked. */
export function SearchHits({
  id,
  hits,
  activeId,
  openId,
  onOpen,
}: {
  id: string;
  hits: readonly JournalSearchHit[];
  activeId: string | null;
  openId: string | null;
  onOpen: (noteId: string) => void;
}) {
  return (
    <ul id={id} role="listbox" tabIndex={-1} aria-label="Treff i journalen" className="search-hits">
      {hits.map((hit, index) => {
        const active = hit.noteId === activeId;
        const className = ['journal-hit', active && 'journal-hit--active', hit.noteId === openId && 'journal-hit--open']
          .filter(Boolean)
          .join(' ');
        return (
          <li
            key={hit.noteId}
            id={timelineOptionId(id, hit.noteId)}
            role="option"
            aria-selected={active}
            aria-setsize={hits.length}
            aria-posinset={index + 1}
            className={className}
            data-testid="search-hit"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onOpen(hit.noteId)}
          >
            <HStack justify="space-between" align="center" gap="space-8" wrap={false}>
              <Detail as="span" weight="semibold">
                {formatNoteTime(hit.occurredAt)}
              </Detail>
              <NoteStatusTag status={hit.status} size="xsmall" />
            </HStack>
            <HighlightedExcerpt text={hit.excerpt} highlights={hit.highlights} />
          </li>
        );
      })}
    </ul>
  );
}
