import { Alert, BodyShort, Heading, HStack, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef } from 'react';
import type { NoteDetail } from '../../../../../shared/api/views';
import { contactTypeLabel, formatNoteTime } from '../journal-format';
import { NoteStatusTag } from '../note-status';
import { NoteActions } from './note-actions';
import { NoteHistory } from './note-history';
import { NoteVersionBody } from './note-version-body';

/** What the reader must know before the text: entered in error, corrected, unsigned or discarded. */
function StatusNotice({ note }: { note: NoteDetail }) {
  const current = note.current;
  if (note.status === 'feilregistrert') {
    return (
      <Alert variant="error" data-testid="entered-in-error">
        <strong>Feilregistrert.</strong> Merket {formatNoteTime(current.createdAt)} av {current.authorName}.
        Begrunnelse: «{current.changeReason}». Teksten står under for sporbarhet og gjelder ikke som journalopplysning.
      </Alert>
    );
  }
  if (note.status === 'rettet') {
    return (
      <Alert variant="info" size="small">
        Rettet {formatNoteTime(current.signedAt ?? current.createdAt)} av {current.authorName}. Begrunnelse: «
        {current.changeReason}». Den tidligere teksten står i versjonshistorikken nedenfor.
      </Alert>
    );
  }
  if (note.status === 'forkastet') {
    return (
      <Alert variant="warning" size="small">
        Utkastet ble forkastet og er aldri signert.
      </Alert>
    );
  }
  if (note.draft) {
    return (
      <Alert variant="info" size="small">
        {note.draft.kind === 'retting' ? 'En retting' : 'Et utkast'} skrives av {note.draft.authorName}, sist lagret{' '}
        {formatNoteTime(note.draft.savedAt)}. {note.status === 'utkast' ? 'Notatet er ikke signert.' : ''}
      </Alert>
    );
  }
  return null;
}

/** A note read-only: the version in force, its signature, what can be done with it, and every earlier version. */
export function NoteView({ note }: { note: NoteDetail }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a note (or signing it) puts focus on its heading, so reading and Tab start here.
  useEffect(() => heading.current?.focus(), [note.id]);
  const current = note.current;
  const enteredInError = note.status === 'feilregistrert';
  return (
    <VStack
      as="article"
      gap="space-16"
      aria-labelledby={headingId}
      className={enteredInError ? 'note-view note-view--entered-in-error' : 'note-view'}
      data-testid="note-view"
    >
      <HStack justify="space-between" align="start" gap="space-8">
        <VStack gap="space-4">
          <HStack gap="space-8" align="center">
            <Heading level="2" size="small" id={headingId} ref={heading} tabIndex={-1} className="note-view__heading">
              {contactTypeLabel(note.contactType)} {formatNoteTime(note.occurredAt)}
            </Heading>
            <NoteStatusTag status={note.status} />
          </HStack>
          <BodyShort size="small" textColor="subtle">
            Ansvarlig: {note.authorName}
          </BodyShort>
        </VStack>
        <NoteActions note={note} />
      </HStack>
      <StatusNotice note={note} />
      <div className="note-view__body">
        <NoteVersionBody version={current} />
      </div>
      <BodyShort size="small" textColor="subtle" data-testid="note-signature">
        {current.signedAt
          ? `Signert ${formatNoteTime(current.signedAt)} av ${current.signedByName ?? 'ukjent'}.`
          : `Ikke signert. Sist lagret ${formatNoteTime(current.savedAt)}.`}
      </BodyShort>
      <NoteHistory note={note} />
    </VStack>
  );
}
