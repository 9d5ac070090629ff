import { BodyShort, Detail, HStack } from '@navikt/ds-react';
import type { TimelineEntry } from '../../../../../shared/api/views';
import { contactTypeLabel, formatNoteTime } from '../journal-format';
import { NoteStatusTag } from '../note-status';

/** Must match .timeline-entry's height in journal.css (the list is windowed on a fixed row height). */
export const TIMELINE_ROW_HEIGHT = 84;

export function timelineOptionId(listId: string, noteId: string): string {
  return `${listId}-note-${noteId}`;
}

/** One note in the timeline: when, what kind, who, its status, main diagnosis, kontaktårsak and a summary. */
export function TimelineRow({
  listId,
  entry,
  index,
  count,
  active,
  open,
  onOpen,
}: {
  listId: string;
  entry: TimelineEntry;
  index: number;
  count: number;
  /** The keyboard's position in the list. */
  active: boolean;
  /** The note shown beside the list. */
  open: boolean;
  onOpen: (noteId: string) => void;
}) {
  const className = [
    'timeline-entry',
    active && 'timeline-entry--active',
    open && 'timeline-entry--open',
    entry.status === 'feilregistrert' && 'timeline-entry--entered-in-error',
  ]
    .filter(Boolean)
    .join(' ');
  const text = [entry.reasonForContact, entry.summary].filter((t) => t.trim() !== '').join(' – ');
  return (
    <div
      id={timelineOptionId(listId, entry.noteId)}
      role="option"
      aria-selected={active}
      aria-current={open ? 'true' : undefined}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={className}
      data-testid="timeline-entry"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(entry.noteId)}
    >
      <HStack justify="space-between" align="center" gap="space-8" wrap={false}>
        <Detail as="span" truncate>
          <strong>{formatNoteTime(entry.occurredAt)}</strong> · {contactTypeLabel(entry.contactType)} ·{' '}
          {entry.authorName}
        </Detail>
        <NoteStatusTag status={entry.status} size="xsmall" />
      </HStack>
      <BodyShort as="span" size="small" truncate className="timeline-entry__diagnosis">
        {entry.mainDiagnosis ? (
          <>
            <strong>{entry.mainDiagnosis.code}</strong> {entry.mainDiagnosis.title}
          </>
        ) : (
          <span className="timeline-entry__muted">Uten diagnose</span>
        )}
      </BodyShort>
      <Detail as="span" truncate textColor="subtle">
        {text || 'Ingen tekst ennå'}
      </Detail>
    </div>
  );
}
