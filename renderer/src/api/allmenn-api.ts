import type { AllmennApi } from '../../../shared/api/client';

export const API_UNAVAILABLE_MESSAGE =
  'Allmenn-grensesnittet mangler. Programmet må startes fra Allmenn, ikke åpnes i en vanlig nettleser.';

/**
 * The typed `window.allmenn`, built by the preload (or the end-to-end harness) from the shared contract; null
 * when the page runs without it. The only place the renderer reaches for the global: the rest gets the API
 * from <ApiProvider>, which is what lets component tests pass a fake.
 */
export function readAllmennApi(): AllmennApi | null {
  return window.allmenn ?? null;
}
