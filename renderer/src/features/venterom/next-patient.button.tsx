import { Alert, BodyShort, Button, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-call-error';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { journalPaths } from '../journal/journal-paths';
import { useCallNext } from './use-queue';

export const NEXT_PATIENT_ID = 'venterom-next-patient';

/**
 * "Neste pasient" (Alt+P): main picks the next patient by the queue's rule, marks them inne and starts a kontakt;
 * the doctor lands in that patient's journal with the new note open.
 */
export function NextPatientButton() {
  const callNext = useCallNext();
  const navigate = useNavigate();
  const [empty, setEmpty] = useState(false);
  const run = () => {
    if (callNext.isPending) return;
    setEmpty(false);
    callNext.mutate(undefined, {
      onSuccess: (called) => {
        if (!called) setEmpty(true);
        else void navigate(journalPaths.note(called.patientId, called.noteId));
      },
    });
  };
  useShortcut({ id: 'venterom:next', keys: ['Alt+P'], description: 'Neste pasient', group: 'Venterom', run });
  return (
    <VStack gap="space-8">
      <Button id={NEXT_PATIENT_ID} onClick={run} loading={callNext.isPending} aria-keyshortcuts="Alt+P">
        Neste pasient (Alt+P)
      </Button>
      {empty && (
        <BodyShort size="small" role="status">
          Ingen pasienter venter på deg nå.
        </BodyShort>
      )}
      {callNext.isError && (
        <Alert variant="error" size="small" role="alert">
          {errorMessage(callNext.error)}
        </Alert>
      )}
    </VStack>
  );
}
