import { useEffect, useState } from 'react';
import { ErrorCode } from '../../../../../shared/api/error-codes';
import { errorMessage, isApiCallError } from '../../../api/api-call-error';
import { AutosaveScheduler, type AutosaveStatus } from './autosave-scheduler';

/** Refusals a retry cannot mend; a lost connection to main (INTERNAL_ERROR) is retried. */
const PERMANENT = new Set<string>([
  ErrorCode.invalidInput,
  ErrorCode.forbidden,
  ErrorCode.notFound,
  ErrorCode.notLoggedIn,
  'DRAFT_CLOSED',
  'NOTE_SIGNED',
]);

/**
 * Autosave for one draft: call `touch()` on every change; the latest `save` is used when a save is due. Saves once
 * more when the editor goes away.
 */
export function useAutosave(save: () => Promise<string>, savedAt: string | null) {
  const [status, setStatus] = useState<AutosaveStatus>({
    savedAt,
    dirty: false,
    saving: false,
    error: null,
    willRetry: false,
  });
  const [scheduler] = useState(
    () =>
      new AutosaveScheduler({
        onStatus: setStatus,
        describeError: errorMessage,
        isPermanent: (error) => isApiCallError(error) && PERMANENT.has(error.code),
        savedAt,
      }),
  );
  useEffect(() => {
    scheduler.setSave(save);
  }, [scheduler, save]);
  useEffect(() => {
    scheduler.start();
    return () => scheduler.stop();
  }, [scheduler]);
  return { scheduler, status };
}
