import path from 'node:path';
import { expect, test } from './harness/fixtures';
import { logIn, patientCount, seedClinic } from './support/clinic';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/fastlegeliste-blandet.csv');

test.describe('list-file import in Administrasjon', () => {
  test('imports the mixed file and shows the counts and the rejected lines', async ({ page, app }) => {
    await seedClinic(app.backend);
    await logIn(page, app, 'admin');
    await page.keyboard.press('Alt+7');
    await expect(page.getByRole('heading', { level: 1, name: 'Administrasjon' })).toBeVisible();

    await page.getByLabel('Listefil').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();

    const report = page.getByTestId('import-report');
    await expect(report).toBeVisible();
    await expect(page.getByTestId('import-count-imported')).toContainText('6');
    await expect(page.getByTestId('import-count-updated')).toContainText('0');
    await expect(page.getByTestId('import-count-unchanged')).toContainText('0');
    await expect(page.getByTestId('import-count-rejected')).toContainText('4');

    const rejected = page.getByTestId('import-rejected');
    const lines = await rejected.locator('tbody tr td:first-child').allTextContents();
    expect(lines).toEqual(['6', '9', '10', '12']);
    await expect(rejected).toContainText('IDENTITY_INVALID');
    await expect(rejected).toContainText('Ugyldig fødselsnummer: kontrollsifrene stemmer ikke.');
    await expect(rejected).toContainText('Fødselsnummeret står allerede på linje 2 i filen.');
    const warnings = page.getByTestId('import-warnings');
    await expect(warnings).toContainText('Ukjent kolonne «merknad» er hoppet over.');
    await expect(warnings).toContainText('9999999');
    await report.scrollIntoViewIfNeeded();
    await app.screenshot('01-import-report');

    expect(patientCount(app.backend)).toBe(6);
  });
});
