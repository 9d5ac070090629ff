import { PaperplaneIcon } from '@navikt/aksel-icons';
import { Button } from '@navikt/ds-react';
import { useNavigate } from 'react-router';
import { referralPaths } from './referral-paths';

/** "Henvis" for the patient's card or journal: opens the compose page (also Alt+I, ReferralShortcuts). */
export function NewReferralButton({ patientId }: { patientId: string }) {
  const navigate = useNavigate();
  return (
    <Button
      size="small"
      variant="secondary"
      icon={<PaperplaneIcon aria-hidden />}
      onClick={() => void navigate(referralPaths.compose(patientId))}
    >
      Henvis (Alt+I)
    </Button>
  );
}
