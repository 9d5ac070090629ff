import { Provider } from '@navikt/ds-react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { AllmennApi } from '../../../shared/api/client';
import { ApiProvider } from '../api/api-context';
import { createQueryClient } from '../api/query-client';
import { SessionControlProvider } from '../features/auth/session-control';
import { ShortcutHelpModal } from '../ui/shortcuts/shortcut-help.modal';
import { ShortcutsProvider } from '../ui/shortcuts/shortcuts-context';
import { ToastProvider } from '../ui/toasts/toast-context';
import { AppGate } from './app-gate';
import { ToastEvents } from './toast-events';

/**
 * The whole renderer given an API. The router is left to the caller: a HashRouter in the app (served from
 * app://), a MemoryRouter in component tests.
 */
export function App({ api }: { api: AllmennApi }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <Provider>
      <ApiProvider api={api}>
        <QueryClientProvider client={queryClient}>
          <ToastProvider>
            <ShortcutsProvider>
              <SessionControlProvider>
                <ToastEvents />
                <AppGate />
                <ShortcutHelpModal />
              </SessionControlProvider>
            </ShortcutsProvider>
          </ToastProvider>
        </QueryClientProvider>
      </ApiProvider>
    </Provider>
  );
}
