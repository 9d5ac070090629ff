import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportReportView } from '../../renderer/src/features/admin/import-report.view';
import { bytesToBase64 } from '../../renderer/src/ui/files/read-file-base64';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { FIXTURE_IMPORT_REPORT } from './support/fake-patient-fixtures';
import { renderApp } from './support/render-app';

afterEach(cleanup);

/** A Windows-1252 file: 'Ødegård' as single bytes (0xD8, 0xE5), which are not valid UTF-8. */
const WINDOWS_1252 = Uint8Array.from([
  ...Buffer.from('FODSELSNUMMER;Etternavn;fornavn\r\n30917500351;', 'latin1'),
  0xd8,
  ...Buffer.from('deg', 'latin1'),
  0xe5,
  ...Buffer.from('rd;Ola\r\n', 'latin1'),
]);

async function openAdmin() {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin });
  const view = renderApp(fake, '/administrasjon');
  const input = await screen.findByLabelText<HTMLInputElement>('Listefil');
  return { fake, input, ...view };
}

describe('list-file import', () => {
  it('sends the file as untouched bytes, shows progress from main, then the counts and every rejected line', async () => {
    const { user, input, fake } = await openAdmin();
    expect(screen.getByRole('button', { name: 'Importer' }).hasAttribute('disabled')).toBe(true);

    await user.upload(input, new File([WINDOWS_1252], 'fastlegeliste.csv', { type: 'text/csv' }));
    const release = fake.hold('patients.import');
    await user.click(screen.getByRole('button', { name: 'Importer' }));

    const progress = await screen.findByTestId('import-progress');
    expect(progress.textContent).toContain('Leser filen');
    act(() => {
      fake.emit('progress', { task: 'journal.export', done: 1, total: 2 });
      fake.emit('progress', { task: 'patients.import', done: 500, total: 1000 });
    });
    expect(progress.textContent).toContain('Behandlet 500 av 1000 linjer');
    const bar = within(progress).getByRole('progressbar', { name: 'Importerer listefilen' });
    expect(bar.getAttribute('aria-valuenow')).toBe('500');
    expect(bar.getAttribute('aria-valuemax')).toBe('1000');

    release();
    const report = await screen.findByTestId('import-report');
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(fake.calls.find((c) => c.call === 'patients.import')?.input).toEqual({
      fileName: 'fastlegeliste.csv',
      contentBase64: Buffer.from(WINDOWS_1252).toString('base64'),
    });

    expect(within(report).getByTestId('import-count-imported').textContent).toBe('Importert6');
    expect(within(report).getByTestId('import-count-updated').textContent).toBe('Oppdatert0');
    expect(within(report).getByTestId('import-count-unchanged').textContent).toBe('Uendret0');
    expect(within(report).getByTestId('import-count-rejected').textContent).toBe('Avvist4');
    const rejected = within(report).getByRole('table', { name: 'Avviste linjer (4)' });
    const rows = within(rejected).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['6', '9', '10', '12']);
    expect(rows[0]?.textContent).toContain('IDENTITY_INVALID');
    expect(rows[0]?.textContent).toContain('Ugyldig fødselsnummer: kontrollsifrene stemmer ikke.');
    expect(rows[2]?.textContent).toContain('Fødselsnummeret står allerede på linje 2 i filen.');
    const warnings = within(report).getByRole('table', { name: 'Advarsler (2)' });
    expect(warnings.textContent).toContain('UNKNOWN_COLUMN');
    expect(warnings.textContent).toContain('Ukjent kolonne «merknad» er hoppet over.');
  });

  it("shows main's refusal when the file cannot be imported at all", async () => {
    const { user, input, fake } = await openAdmin();
    fake.failNext('patients.import', {
      code: 'IMPORT_MISSING_COLUMN',
      message: 'Filen mangler kolonnen fodselsnummer i overskriften. Ingenting er importert.',
    });

    await user.upload(input, new File(['Navn;Adresse\r\n'], 'feil.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Importer' }));

    await waitFor(() =>
      expect(screen.getByTestId('import-error').textContent).toContain(
        'Filen mangler kolonnen fodselsnummer i overskriften. Ingenting er importert.',
      ),
    );
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('says plainly when every line was read', () => {
    render(
      <ImportReportView
        fileName="liste.csv"
        report={{ ...FIXTURE_IMPORT_REPORT, imported: 2, updated: 3, unchanged: 4, rejected: [], warnings: [] }}
      />,
    );

    expect(screen.getByText(/Importen av liste.csv er ferdig. Alle linjene ble lest./)).toBeTruthy();
    expect(screen.getByTestId('import-count-unchanged').textContent).toBe('Uendret4');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('encodes any bytes as base64 without decoding them as text', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const big = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'));
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
