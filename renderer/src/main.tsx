/*
 * Aksel's CSS without its fonts.css, which loads Source Sans from cdn.nav.no: the app must work offline and the
 * CSP allows no remote fonts. Aksel's own fallback (Arial) stands in until the font is bundled locally.
 */
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@navikt/ds-css/dist/components.css';
import './styles/app.css';
import './styles/patients.css';
import './styles/journal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { readAllmennApi } from './api/allmenn-api';
import { App } from './app/app';
import { MissingApiScreen } from './app/missing-api.screen';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const api = readAllmennApi();

createRoot(container).render(
  <StrictMode>
    {api ? (
      // A hash router: under the custom app:// scheme only index.html exists, so the path must stay in the hash.
      <HashRouter>
        <App api={api} />
      </HashRouter>
    ) : (
      <MissingApiScreen />
    )}
  </StrictMode>,
);
