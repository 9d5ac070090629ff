import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { NewNoteModal } from './new-note.modal';

interface NewNoteApi {
  /** Asks for the contact type, then opens the new note in the patient's journal. */
  open: (patientId: string) => void;
}

const NewNoteContext = createContext<NewNoteApi | null>(null);

/** One "Nytt notat" dialog for the frame: Alt+N, the card and the journal all open the same one. */
export function NewNoteProvider({ children }: { children: ReactNode }) {
  const [patientId, setPatientId] = useState<string | null>(null);
  const api = useMemo(() => ({ open: setPatientId }), []);
  return (
    <NewNoteContext value={api}>
      {children}
      {patientId && <NewNoteModal key={patientId} patientId={patientId} onClose={() => setPatientId(null)} />}
    </NewNoteContext>
  );
}

export function useNewNote(): NewNoteApi {
  const api = useContext(NewNoteContext);
  if (!api) throw new Error('useNewNote must be used inside <NewNoteProvider>');
  return api;
}
