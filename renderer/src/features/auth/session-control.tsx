import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { ErrorCode } from '../../../../shared/api/error-codes';
import { isApiCallError } from '../../api/api-call-error';
import { queryKeys } from '../../api/query-keys';
import { useApiEvent } from '../../api/use-api-event';
import { useToast } from '../../ui/toasts/toast-context';
import { EXPIRED_NOTICE, type SessionNotice } from './session-notice';

export type SessionEndReason = 'logout' | 'expired';

interface SessionControl {
  /** Why the login screen is showing, if there is something to say. */
  notice: SessionNotice | null;
  /** Forget the session and everything fetched under it; the gate then shows the login screen. */
  end: (reason: SessionEndReason) => void;
}

const SessionControlContext = createContext<SessionControl | null>(null);

/** Keeps only what is not a person's data: whether the clinic is set up. */
function forgetSessionData(queryClient: QueryClient): void {
  queryClient.setQueryData(queryKeys.session, null);
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== queryKeys.setupStatus[0] && query.queryKey[0] !== queryKeys.session[0],
  });
}

function isNotLoggedIn(error: unknown): boolean {
  return isApiCallError(error) && error.code === ErrorCode.notLoggedIn;
}

/**
 * Ends the renderer's view of a session on any of three signals: our own logout, main's `session.ended` event
 * (logout elsewhere, or idle expiry), and any call refused with NOT_LOGGED_IN (e.g. main restarted).
 */
export function SessionControlProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { clear: clearToasts } = useToast();
  const [notice, setNotice] = useState<SessionNotice | null>(null);

  const end = useCallback(
    (reason: SessionEndReason) => {
      forgetSessionData(queryClient);
      // A toast may name a patient ("CAVE registrert: ..."): it leaves with the session.
      clearToasts();
      setNotice(reason === 'expired' ? EXPIRED_NOTICE : null);
      // The next person starts in the first room, not in whatever the last one had open.
      void navigate('/', { replace: true });
    },
    [queryClient, navigate, clearToasts],
  );

  useApiEvent('session.ended', ({ reason }) => end(reason));

  useEffect(() => {
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isNotLoggedIn(event.action.error)) {
        end('expired');
      }
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isNotLoggedIn(event.action.error)) {
        end('expired');
      }
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, end]);

  const value = useMemo(() => ({ notice, end }), [notice, end]);
  return <SessionControlContext value={value}>{children}</SessionControlContext>;
}

export function useSessionControl(): SessionControl {
  const control = useContext(SessionControlContext);
  if (!control) throw new Error('useSessionControl must be used inside <SessionControlProvider>');
  return control;
}
