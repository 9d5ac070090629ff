import type { AllmennApi } from '../../../shared/api/client';

declare global {
  interface Window {
    /** Built by the preload (Electron) or by the end-to-end harness from the shared contract. */
    allmenn?: AllmennApi;
  }
}
