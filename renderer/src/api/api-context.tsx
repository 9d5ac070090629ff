import { createContext, useContext, type ReactNode } from 'react';
import type { AllmennApi } from '../../../shared/api/client';

const ApiContext = createContext<AllmennApi | null>(null);

/** Hands the API to the tree, so components and tests never touch `window` directly. */
export function ApiProvider({ api, children }: { api: AllmennApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): AllmennApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}
