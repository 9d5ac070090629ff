import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/backend';
import { expect, test } from './harness/fixtures';
import { logIn, patientCount, seedClinic, seedPatient, testNorgeNumber, withWrongCheckDigit } from './support/clinic';

const KARI = { birthDate: '1962-05-03', number: testNorgeNumber('1962-05-03', 'female') };

/** Others around Kari: one shares her family name, one her birth date, so the keyboard has to choose. */
async function seedNeighbours(backend: Backend) {
  await seedPatient(backend, {
    identityNumber: testNorgeNumber('1958-11-20', 'male'),
    givenName: 'Ola',
    familyName: 'Nordmann',
  });
  await seedPatient(backend, {
    identityNumber: testNorgeNumber('1962-05-03', 'male'),
    givenName: 'Kristian',
    familyName: 'Berg',
  });
  await seedPatient(backend, {
    identityNumber: testNorgeNumber('1990-02-14', 'female'),
    givenName: 'Nora',
    familyName: 'Nordby',
  });
}

/** Moves the selection down to the option that holds `name` with ↓ only, then checks it is the selected one. */
async function arrowTo(page: Page, name: string) {
  const options = page.getByRole('option');
  await expect(options.filter({ hasText: name })).toHaveCount(1);
  const texts = await options.allTextContents();
  const index = texts.findIndex((t) => t.includes(name));
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { selected: true })).toContainText(name);
}

test.describe('patient register', () => {
  test('a wrong check digit is refused in Norwegian at the field, and nothing is stored', async ({ page, app }) => {
    await seedClinic(app.backend);
    await logIn(page, app, 'sekretaer');
    await expect(page.locator('#patient-search')).toBeFocused();

    await page.getByRole('button', { name: 'Ny pasient' }).click();
    const identity = page.getByLabel('Fødselsnummer eller D-nummer');
    await expect(identity).toBeFocused();
    await page.keyboard.type(withWrongCheckDigit(KARI.number));

    const field = page.locator('.navds-form-field, .aksel-form-field').filter({ has: identity });
    await expect(field).toContainText('Kontrollsifrene stemmer ikke');
    await expect(identity).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('identity-derived')).toHaveCount(0);

    await page.getByLabel('Fornavn').fill('Kari');
    await page.getByLabel('Etternavn').fill('Nordmann');
    await page.getByRole('button', { name: 'Registrer pasient' }).click();
    await expect(page.getByText('Du må rette dette før du kan gå videre:')).toBeVisible();
    await app.screenshot('01-wrong-check-digit');

    expect(patientCount(app.backend)).toBe(0);
    await page.keyboard.press('F2');
    await expect(page.locator('#patient-search')).toBeFocused();
    await page.keyboard.type('Nordmann');
    await expect(page.getByTestId('search-status')).toHaveText('Ingen treff på «Nordmann».');
  });

  test('a registered patient is found by name prefix and by birth date with the keyboard alone', async ({
    page,
    app,
  }) => {
    await seedClinic(app.backend);
    await seedNeighbours(app.backend);
    await logIn(page, app, 'sekretaer');

    // The search's keys are in the shortcut help (F1 works from inside the search box).
    await expect(page.locator('#patient-search')).toBeFocused();
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Hurtigtaster' });
    await expect(help.getByRole('row', { name: /Søk etter pasient/ })).toContainText('Ctrl+K eller F2');
    await expect(help).toContainText('↓ i tomt søkefelt viser sist åpnede pasienter');
    await app.screenshot('01-shortcut-help');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.getByRole('button', { name: 'Ny pasient' }).click();
    await expect(page.getByLabel('Fødselsnummer eller D-nummer')).toBeFocused();
    await page.keyboard.type(KARI.number);
    await expect(page.getByTestId('identity-derived')).toHaveText('Testnummer (Test Norge), født 03.05.1962, kvinne');
    await expect(page.getByLabel('Fødselsdato')).toHaveValue('03.05.1962');
    await expect(page.getByLabel('Fødselsdato')).toHaveAttribute('readonly', '');
    await expect(page.getByLabel('Kjønn')).toHaveValue('female');
    await page.getByLabel('Fornavn').fill('Kari');
    await page.getByLabel('Etternavn').fill('Nordmann');
    await page.getByLabel('Gateadresse').fill('Storgata 1');
    await page.getByLabel('Postnummer').fill('5501');
    await expect(page.getByTestId('poststed')).toHaveText('HAUGESUND (Haugesund kommune)');
    await page.getByLabel('Mobil').fill('912 34 567');
    await app.screenshot('02-register-form');
    await page.getByRole('button', { name: 'Registrer pasient' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeFocused();
    await expect(page.getByTestId('patient-context')).toContainText('038562 00034');
    await expect(page.getByTestId('patient-contact')).toContainText('5501 HAUGESUND');
    await app.screenshot('03-card-after-register');
    expect(patientCount(app.backend)).toBe(4);

    // Esc on the card closes the patient and goes back to the search, cursor in the box.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('patient-context')).toContainText('Ingen pasient valgt');
    await expect(page.locator('#patient-search')).toBeFocused();

    // By name prefix: two Nordmann, the arrows pick Kari.
    await page.keyboard.type('nordm');
    await expect(page.getByRole('option')).toHaveCount(2);
    await arrowTo(page, 'Nordmann, Kari');
    await app.screenshot('04-search-by-name');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();

    // By birth date, from the card: F2, the date, the arrows, Enter.
    await page.keyboard.press('F2');
    await expect(page.locator('#patient-search')).toBeFocused();
    await page.keyboard.type('03.05.1962');
    await expect(page.getByRole('option')).toHaveCount(2);
    await arrowTo(page, 'Nordmann, Kari');
    await app.screenshot('05-search-by-birth-date');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();

    // The recent patients are one ↓ away from an empty box.
    await page.keyboard.press('Control+K');
    await expect(page.locator('#patient-search')).toBeFocused();
    await expect(page.getByRole('option').first()).toContainText('Nordmann, Kari');
    await page.keyboard.press('ArrowDown');
    await app.screenshot('06-recent');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();
  });

  test('the CAVE banner shows an allergy a lege adds, in every room, and not for reception', async ({ page, app }) => {
    await seedClinic(app.backend);
    await seedPatient(app.backend, { identityNumber: KARI.number, givenName: 'Kari', familyName: 'Nordmann' });
    await logIn(page, app, 'lege');

    await expect(page.locator('#patient-search')).toBeFocused();
    await page.keyboard.type('kari nordm');
    await arrowTo(page, 'Nordmann, Kari');
    await page.keyboard.press('Enter');
    const banner = page.getByTestId('patient-context').getByTestId('cave-banner');
    await expect(banner).toHaveText('Ingen kjente CAVE');

    await page.getByRole('button', { name: 'Legg til CAVE' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legg til CAVE' });
    await expect(dialog.getByLabel('Allergen eller legemiddel')).toBeFocused();
    await page.keyboard.type('fenoksymetyl');
    const suggestions = dialog.getByRole('listbox', { name: 'Forslag fra ATC-registeret' });
    await expect(suggestions.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('cave-allergen-kind')).toHaveText('ATC J01CE02: fenoksymetylpenicillin');
    await dialog.getByLabel('Reaksjon').fill('Anafylaksi');
    await dialog.getByLabel('Alvorlighetsgrad').selectOption({ label: 'Livstruende' });
    await dialog.getByLabel('Sikkerhet').selectOption({ label: 'Bekreftet' });
    await dialog.getByLabel('Kilde').selectOption({ label: 'Pasienten' });
    await app.screenshot('07-cave-form');
    await dialog.getByRole('button', { name: 'Lagre CAVE' }).click();
    await expect(dialog).toBeHidden();

    await expect(banner).toContainText('CAVE');
    await expect(banner).toContainText('Fenoksymetylpenicillin (J01CE02) – Livstruende, bekreftet: Anafylaksi');
    await expect(page.getByTestId('patient-cave')).toContainText('Fenoksymetylpenicillin');
    await app.screenshot('08-cave-banner');

    // The patient stays in context, CAVE with it, in another room.
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { level: 1, name: 'Timebok' })).toBeVisible();
    await expect(banner).toContainText('Fenoksymetylpenicillin');
    await app.screenshot('09-cave-banner-in-timebok');

    const stored = app.backend.conn.sqlite
      .prepare('SELECT allergen_code, severity, status, version FROM cave_versions')
      .all();
    expect(stored).toEqual([{ allergen_code: 'J01CE02', severity: 'livstruende', status: 'aktiv', version: 1 }]);

    // Reception gets no clinical data from main, and so no banner at all.
    await page.keyboard.press('Control+Shift+L');
    await expect(page.getByRole('heading', { name: 'Logg inn' })).toBeVisible();
    await page.getByLabel('Brukernavn').fill('siri.sekretaer');
    await page.getByLabel('Passord').fill('riktig-hest-batteri');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.locator('#patient-search')).toBeFocused();
    await page.keyboard.type('kari nordm');
    await arrowTo(page, 'Nordmann, Kari');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();
    await expect(page.getByTestId('cave-banner')).toHaveCount(0);
    await expect(page.getByTestId('patient-cave')).toHaveCount(0);
    await app.screenshot('10-reception-no-cave');
  });
});
