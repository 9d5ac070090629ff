import { useLocation, useNavigate } from 'react-router';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { usePatientContext } from '../patients/patient-context';
import { JOURNAL_SEARCH_ID, journalPaths } from './journal-paths';
import { useNewNote } from './new-note/new-note-context';

/**
 * The journal's frame-wide keys, for doctors with a patient in context. Alt+letter: Electron's default menu takes
 * only Alt+F/E/V/W/H (its mnemonics), and Chromium leaves Alt+J/N to the page.
 */
export function JournalShortcuts({ enabled }: { enabled: boolean }) {
  const { patientId } = usePatientContext();
  const navigate = useNavigate();
  const location = useLocation();
  const newNote = useNewNote();
  const active = enabled && patientId !== null;

  useShortcut(
    {
      id: 'journal:open',
      keys: ['Alt+J'],
      description: 'Åpne pasientens journal (i journalen: til søk og tidslinje)',
      group: 'Journal',
      run: () => {
        if (!patientId) return;
        const journal = journalPaths.journal(patientId);
        if (location.pathname.startsWith(journal)) document.getElementById(JOURNAL_SEARCH_ID)?.focus();
        else void navigate(journal);
      },
    },
    active,
  );
  useShortcut(
    {
      id: 'journal:new',
      keys: ['Alt+N'],
      description: 'Nytt notat for pasienten',
      group: 'Journal',
      run: () => {
        if (patientId) newNote.open(patientId);
      },
    },
    active,
  );
  return null;
}
