import { Tag } from '@navikt/ds-react';
import type { NoteDetail } from '../../../../shared/api/views';
import { NOTE_STATUS_LABELS } from '../../../../shared/schemas/journal.schema';

type NoteStatus = NoteDetail['status'];

/** Colour by what the reader must notice: an unsigned draft and a note entered in error stand out. */
const STATUS_COLOR: Record<NoteStatus, 'warning' | 'success' | 'info' | 'danger' | 'neutral'> = {
  utkast: 'warning',
  signert: 'success',
  rettet: 'info',
  feilregistrert: 'danger',
  forkastet: 'neutral',
};

/** The note's status (Utkast, Signert, Rettet, Feilregistrert, Forkastet utkast) as a tag. */
export function NoteStatusTag({ status, size = 'small' }: { status: NoteStatus; size?: 'small' | 'xsmall' }) {
  return (
    <Tag
      size={size}
      variant={status === 'feilregistrert' ? 'strong' : 'moderate'}
      data-color={STATUS_COLOR[status]}
      data-testid="note-status"
    >
      {NOTE_STATUS_LABELS[status]}
    </Tag>
  );
}
