import { CheckmarkCircleIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, HStack } from '@navikt/ds-react';
import { formatClock } from '../journal-format';
import type { AutosaveStatus } from './autosave-scheduler';

/** For tests and styling: whether everything typed is with main. */
function stateOf(status: AutosaveStatus): 'error' | 'saving' | 'dirty' | 'saved' {
  if (status.error) return 'error';
  if (status.saving) return 'saving';
  return status.dirty ? 'dirty' : 'saved';
}

/**
 * "Lagret 10:15:02": when main last committed the draft. Not a live region while all is well (a save every second
 * would talk over the doctor's screen reader); a failure is an alert.
 */
export function AutosaveStatusLine({ status }: { status: AutosaveStatus }) {
  return (
    <div className="autosave-status" data-testid="autosave-status" data-state={stateOf(status)}>
      {status.error ? (
        <Alert variant="error" size="small" role="alert">
          Utkastet er ikke lagret: {status.error}{' '}
          {status.willRetry ? 'Prøver igjen automatisk.' : 'Prøver igjen ved neste endring.'}
          {status.savedAt && ` Sist lagret ${formatClock(status.savedAt)}.`}
        </Alert>
      ) : (
        <HStack gap="space-4" align="center">
          {status.savedAt && !status.dirty && <CheckmarkCircleIcon aria-hidden className="autosave-status__icon" />}
          <BodyShort size="small" textColor="subtle">
            {status.savedAt ? `Lagret ${formatClock(status.savedAt)}` : 'Ikke lagret ennå'}
          </BodyShort>
        </HStack>
      )}
    </div>
  );
}
