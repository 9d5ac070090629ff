import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

interface PatientContextValue {
  /** The patient the screen is about, or null. */
  patientId: string | null;
  setPatient: (patientId: string) => void;
  clearPatient: () => void;
}

const PatientContext = createContext<PatientContextValue | null>(null);

/**
 * Which patient is in context for the whole frame: set by opening a card, shown in the patient bar in every room
 * (so nobody writes in the wrong journal), cleared by closing it. Lives as long as the logged-in frame.
 */
export function PatientContextProvider({ children }: { children: ReactNode }) {
  const [patientId, setPatientId] = useState<string | null>(null);
  const setPatient = useCallback((id: string) => setPatientId(id), []);
  const clearPatient = useCallback(() => setPatientId(null), []);
  const value = useMemo(() => ({ patientId, setPatient, clearPatient }), [patientId, setPatient, clearPatient]);
  return <PatientContext value={value}>{children}</PatientContext>;
}

export function usePatientContext(): PatientContextValue {
  const context = useContext(PatientContext);
  if (!context) throw new Error('usePatientContext must be used inside <PatientContextProvider>');
  return context;
}

/** Closes the patient; when the screen is that patient's card (or its edit form), goes back to the search. */
export function useClosePatient(): () => void {
  const { patientId, clearPatient } = usePatientContext();
  const location = useLocation();
  const navigate = useNavigate();
  return useCallback(() => {
    if (patientId && location.pathname.startsWith(`/pasienter/${patientId}`)) void navigate('/pasienter');
    clearPatient();
  }, [patientId, location.pathname, navigate, clearPatient]);
}
