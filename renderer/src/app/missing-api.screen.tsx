import { Alert } from '@navikt/ds-react';
import { API_UNAVAILABLE_MESSAGE } from '../api/allmenn-api';

/** The page was opened without the preload (e.g. in a plain browser): say so instead of showing a blank page. */
export function MissingApiScreen() {
  return (
    <main className="centered-page">
      <Alert variant="error" role="alert">
        {API_UNAVAILABLE_MESSAGE}
      </Alert>
    </main>
  );
}
