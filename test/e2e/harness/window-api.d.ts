import type { AllmennApi } from '../../../shared/api/client';

declare global {
  interface Window {
    /** Built by the init script from the contract, as the preload does in Electron. */
    allmenn?: AllmennApi;
  }
}
