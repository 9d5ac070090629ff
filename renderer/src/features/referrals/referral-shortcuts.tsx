import { useNavigate } from 'react-router';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { usePatientContext } from '../patients/patient-context';
import { referralPaths } from './referral-paths';

/**
 * Alt+I (ny henvisning) for the patient in context, from the journal or the card. Alt+H is Electron's Help menu
 * and Alt+J, K, L, M, N, R are taken; I as in "henvIsning".
 */
export function ReferralShortcuts({ enabled }: { enabled: boolean }) {
  const { patientId } = usePatientContext();
  const navigate = useNavigate();
  useShortcut(
    {
      id: 'referrals:new',
      keys: ['Alt+I'],
      description: 'Ny henvisning for pasienten',
      group: 'Henvisning',
      run: () => {
        if (patientId) void navigate(referralPaths.compose(patientId));
      },
    },
    enabled && patientId !== null,
  );
  return null;
}
