import { expect, test } from './harness/fixtures';

test.describe('first start and login', () => {
  test('sets up the clinic, logs in as the administrator, sees the shell, and logs out', async ({ page, app }) => {
    await app.open();
    await expect(page.getByRole('heading', { name: 'Sett opp legekontoret' })).toBeVisible();
    await app.screenshot('01-setup');

    await page.getByLabel('Legekontorets navn').fill('Fjordbyen legesenter');
    await page.getByLabel('Organisasjonsnummer').fill('974760673');
    await page.getByLabel('HER-id').fill('81234');
    await page.getByLabel('Fullt navn').fill('Ada Administrator');
    await page.getByLabel('Brukernavn').fill('admin');
    await page.getByLabel('Passord', { exact: true }).fill('riktig-hest-batteri');
    await page.getByLabel('Gjenta passord').fill('riktig-hest-batteri');
    await page.getByRole('button', { name: 'Opprett legekontoret' }).click();

    await expect(page.getByTestId('clinic-name')).toHaveText('Fjordbyen legesenter');
    await expect(page.getByTestId('current-user')).toContainText('Ada Administrator');
    await expect(page.getByTestId('patient-context')).toContainText('Ingen pasient valgt');
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    for (const room of ['Pasienter', 'Timebok', 'Venterom', 'Administrasjon']) {
      await expect(nav.getByRole('link', { name: room })).toBeVisible();
    }
    // The clinical rooms are a doctor's.
    await expect(nav.getByRole('link', { name: 'Innboks' })).toHaveCount(0);
    await app.screenshot('02-shell');

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page.getByRole('heading', { name: 'Logg inn' })).toBeVisible();
    await page.getByLabel('Brukernavn').fill('admin');
    await page.getByLabel('Passord').fill('riktig-hest-batteri');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByTestId('current-user')).toContainText('Ada Administrator');
    await page.getByRole('link', { name: 'Administrasjon' }).click();
    await expect(page.getByTestId('audit-log')).toContainText('Innlogging');
    await app.screenshot('03-admin');
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page.getByRole('heading', { name: 'Logg inn' })).toBeVisible();

    const actions = app.backend.conn.sqlite
      .prepare('SELECT action, outcome FROM audit_events ORDER BY at, id')
      .all() as { action: string; outcome: string }[];
    expect(actions.map((a) => a.action)).toEqual([
      'clinic.setup',
      'user.create',
      'auth.logout',
      'auth.login',
      'auth.logout',
    ]);
  });

  test('a wrong password gives a Norwegian error and an audit row', async ({ page, app }) => {
    await app.backend.services.clinic.setup(
      { user: { id: null, name: 'test' }, role: 'system', workstation: 'e2e', now: new Date() },
      {
        clinic: { name: 'Fjordbyen legesenter', organisationNumber: '974760673', herId: '81234' },
        admin: { username: 'admin', displayName: 'Ada Administrator', password: 'riktig-hest-batteri' },
      },
    );
    await app.open();
    await expect(page.getByRole('heading', { name: 'Logg inn' })).toBeVisible();
    await expect(page.getByLabel('Brukernavn')).toBeFocused();
    await page.keyboard.type('admin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('feil-passord');
    await page.keyboard.press('Enter');

    await expect(page.getByTestId('login-error')).toHaveText(/Feil brukernavn eller passord\./);
    await expect(page.getByLabel('Passord')).toBeFocused();
    await app.screenshot('wrong-password');

    const rows = app.backend.conn.sqlite
      .prepare("SELECT actor_name, outcome, detail, workstation FROM audit_events WHERE action = 'auth.login'")
      .all();
    expect(rows).toEqual([
      {
        actor_name: 'Ada Administrator',
        outcome: 'failure',
        detail: '{"username":"admin","reason":"wrong_password"}',
        workstation: 'e2e-pc',
      },
    ]);
  });
});
