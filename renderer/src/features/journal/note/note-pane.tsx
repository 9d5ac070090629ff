import { Alert, Loader } from '@navikt/ds-react';
import { errorMessage } from '../../../api/api-call-error';
import { useMyDrafts, useNote } from '../../../api/use-journal';
import { NoteEditor } from '../editor/note-editor';
import { NoteView } from './note-view';

/**
 * One note: the editor when it has an open draft of the logged-in doctor's (main's list of my drafts says so, not a
 * name comparison), else read-only.
 */
export function NotePane({ patientId, noteId }: { patientId: string; noteId: string }) {
  const note = useNote(noteId);
  const drafts = useMyDrafts();
  if (note.isPending) return <Loader size="large" title="Henter notatet …" />;
  if (note.isError) {
    return (
      <Alert variant="error" data-testid="note-error">
        {errorMessage(note.error)}
      </Alert>
    );
  }
  // Never show a note under another patient's name, whatever the address says.
  if (note.data.patientId !== patientId) {
    return <Alert variant="error">Notatet hører til en annen pasient.</Alert>;
  }
  const draft = note.data.draft;
  if (draft && drafts.isPending) return <Loader size="large" title="Henter utkastet …" />;
  const mine = draft !== null && (drafts.data ?? []).some((d) => d.versionId === draft.id);
  return mine ? <NoteEditor key={draft.id} note={note.data} draft={draft} /> : <NoteView note={note.data} />;
}
