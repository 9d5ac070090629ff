import { DocPencilIcon, FilePdfIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Heading, HStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { usePatientCard } from '../../api/use-patients';
import { usePatientContext } from '../patients/patient-context';
import { fullName } from '../patients/patient-names';
import { JournalExtractModal } from './extract/journal-extract.modal';
import { JOURNAL_SEARCH_ID } from './journal-paths';
import { useNewNote } from './new-note/new-note-context';
import { NotePane } from './note/note-pane';
import { JournalCaveSection } from './side/journal-cave.section';
import { ProblemListSection } from './side/problem-list.section';
import { SnippetsModal } from './snippets/snippets.modal';
import { JournalBrowser } from './timeline/journal-browser';

function NoNoteOpen() {
  return (
    <div className="journal-empty" data-testid="no-note-open">
      <BodyShort textColor="subtle">
        Velg et notat i tidslinjen (↓ og Enter i søkefeltet), eller trykk <kbd>Alt</kbd>+<kbd>N</kbd> for et nytt notat.
      </BodyShort>
    </div>
  );
}

/**
 * A patient's journal: the timeline with search and filters, the open note (read or being written), and beside
 * them the problem list and CAVE, always in view.
 */
function JournalContent({ patientId, noteId }: { patientId: string; noteId: string | null }) {
  const { setPatient } = usePatientContext();
  const card = usePatientCard(patientId);
  const newNote = useNewNote();
  const [modal, setModal] = useState<'extract' | 'snippets' | null>(null);
  const arrivedWithNote = useRef(noteId !== null);
  useEffect(() => setPatient(patientId), [patientId, setPatient]);
  // Arriving at the journal itself (Alt+J) puts the cursor in its search box; a note opened directly takes focus itself.
  useEffect(() => {
    if (!arrivedWithNote.current) document.getElementById(JOURNAL_SEARCH_ID)?.focus();
  }, []);

  return (
    <div className="journal-page" data-testid="journal">
      <HStack justify="space-between" align="center" gap="space-8" className="journal-page__header">
        <Heading level="1" size="medium">
          Journal{card.data ? ` – ${fullName(card.data)}` : ''}
        </Heading>
        <HStack gap="space-8">
          <Button
            type="button"
            size="small"
            icon={<PlusIcon aria-hidden />}
            onClick={() => newNote.open(patientId)}
            aria-keyshortcuts="Alt+N"
          >
            Nytt notat (Alt+N)
          </Button>
          <Button
            type="button"
            size="small"
            variant="secondary"
            icon={<FilePdfIcon aria-hidden />}
            onClick={() => setModal('extract')}
          >
            Journalutskrift (PDF)
          </Button>
          <Button
            type="button"
            size="small"
            variant="tertiary"
            icon={<DocPencilIcon aria-hidden />}
            onClick={() => setModal('snippets')}
          >
            Fraser
          </Button>
        </HStack>
      </HStack>
      <div className="journal-layout">
        <div className="journal-layout__timeline">
          <JournalBrowser patientId={patientId} openNoteId={noteId} />
        </div>
        <div className="journal-layout__note">
          {noteId ? <NotePane key={noteId} patientId={patientId} noteId={noteId} /> : <NoNoteOpen />}
        </div>
        <aside className="journal-layout__side" aria-label="Kjente problemstillinger og CAVE">
          <ProblemListSection patientId={patientId} />
          <JournalCaveSection cave={card.data ? card.data.cave : undefined} />
        </aside>
      </div>
      {modal === 'extract' && <JournalExtractModal patientId={patientId} onClose={() => setModal(null)} />}
      {modal === 'snippets' && <SnippetsModal onClose={() => setModal(null)} />}
    </div>
  );
}

export function JournalPage() {
  const { patientId = '', '*': rest = '' } = useParams();
  const noteId = rest.split('/')[0] || null;
  // Another patient is a new page; another note keeps the timeline where it is.
  return <JournalContent key={patientId} patientId={patientId} noteId={noteId} />;
}
