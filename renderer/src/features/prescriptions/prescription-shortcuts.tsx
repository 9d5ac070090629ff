import { useLocation, useNavigate } from 'react-router';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { usePatientContext } from '../patients/patient-context';
import { DRUG_SEARCH_ID, prescriptionPaths } from './prescription-paths';

/**
 * Alt+M (ny resept) and Alt+L (legemiddelliste) for the patient in context. Alt+R was taken (the journal's "rett
 * notat"); Electron's default menu keeps only Alt+F/E/V/W/H, so M and L reach the page.
 */
export function PrescriptionShortcuts({ enabled }: { enabled: boolean }) {
  const { patientId } = usePatientContext();
  const navigate = useNavigate();
  const location = useLocation();
  const active = enabled && patientId !== null;
  useShortcut(
    {
      id: 'prescriptions:new',
      keys: ['Alt+M'],
      description: 'Ny resept for pasienten (i reseptskjermen: til legemiddelsøket)',
      group: 'Resept',
      run: () => {
        if (!patientId) return;
        const path = prescriptionPaths.prescribe(patientId);
        if (location.pathname === path) document.getElementById(DRUG_SEARCH_ID)?.focus();
        else void navigate(path);
      },
    },
    active,
  );
  useShortcut(
    {
      id: 'prescriptions:list',
      keys: ['Alt+L'],
      description: 'Pasientens legemiddelliste',
      group: 'Resept',
      run: () => {
        if (patientId) void navigate(prescriptionPaths.medicines(patientId));
      },
    },
    active,
  );
  return null;
}
