import { expect, test } from './harness/fixtures';
import { logIn, seedClinic, seedPatient, testNorgeNumber } from './support/clinic';

test.describe('fastlegelister and merging records', () => {
  test('an H-nummer record is merged into the real one, which is put on a list and shows in the changes', async ({
    page,
    app,
  }) => {
    await seedClinic(app.backend);
    await seedPatient(app.backend, {
      identityNumber: testNorgeNumber('1962-05-03', 'female'),
      givenName: 'Kari',
      familyName: 'Nordmann',
    });
    await seedPatient(app.backend, {
      givenName: 'Kari',
      familyName: 'Nordmann',
      birthDate: '1962-05-03',
      sex: 'female',
      mobilePhone: '912 34 567',
    });
    await logIn(page, app, 'sekretaer');

    // The record under the clinic's own H-nummer (month + 40: 0345...).
    await expect(page.locator('#patient-search')).toBeFocused();
    await page.keyboard.type('kari nordmann');
    await expect(page.getByRole('option')).toHaveCount(2);
    await page.getByRole('option', { name: /034562/ }).click();
    await expect(page.getByTestId('patient-identity')).toContainText('034562');
    await page.getByRole('button', { name: 'Slå sammen' }).click();

    const dialog = page.getByRole('dialog', { name: 'Slå sammen journaler' });
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await page.keyboard.type('03.05.1962');
    await expect(dialog.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('merge-confirm')).toContainText('038562 00034');
    await app.screenshot('01-merge-confirm');
    await dialog.getByRole('button', { name: 'Slå sammen' }).click();

    await expect(page.getByTestId('patient-identity')).toHaveText('038562 00034');
    await expect(page.getByTestId('patient-contact')).toContainText('912 34 567');

    // Onto Lise Lege's list from today.
    await page.getByRole('button', { name: 'Liste og venteliste' }).click();
    const assign = page.getByRole('dialog', { name: 'Fastlegeliste' });
    await expect(assign.getByLabel('Lege')).toBeFocused();
    await assign.getByLabel('Lege').selectOption({ label: 'Lise Lege (uten listetak)' });
    await app.screenshot('02-assign');
    await assign.getByRole('button', { name: 'Sett på listen' }).click();
    await expect(page.getByTestId('patient-fastlege')).toHaveText('Lise Lege');
    await app.screenshot('03-card-with-fastlege');

    await page.keyboard.press('Alt+1');
    await page.getByRole('button', { name: 'Fastlegelister' }).click();
    const overview = page.getByTestId('gp-overview');
    await expect(overview.getByRole('row', { name: /Lise Lege/ })).toContainText('1');
    await expect(page.getByTestId('gp-changes')).toContainText('Nordmann, Kari');
    await expect(page.getByTestId('gp-changes')).toContainText('Ny');
    await app.screenshot('04-lists');
  });

  test('the administrator sets a listetak and sees ledige plasser', async ({ page, app }) => {
    await seedClinic(app.backend);
    await logIn(page, app, 'admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Pasienter' })).toBeVisible();

    await page.getByRole('button', { name: 'Endre listetak for Lise Lege' }).click();
    const dialog = page.getByRole('dialog', { name: 'Listetak for Lise Lege' });
    await expect(dialog.getByLabel('Listetak')).toBeFocused();
    await page.keyboard.type('1200');
    await page.keyboard.press('Enter');

    const row = page.getByTestId('gp-overview').getByRole('row', { name: /Lise Lege/ });
    await expect(row).toContainText('1200');
    await expect(row.getByRole('cell').nth(3)).toHaveText('1200');
    await app.screenshot('01-ceiling');
  });
});
