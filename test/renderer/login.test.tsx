import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('login screen', () => {
  it('starts with the cursor in Brukernavn', async () => {
    renderApp(createFakeAllmenn());
    const username = await screen.findByLabelText('Brukernavn');
    await waitFor(() => expect(document.activeElement).toBe(username));
  });

  it('logs in and shows the clinic, the user and the role in the top bar', async () => {
    const fake = createFakeAllmenn();
    const { user } = renderApp(fake);

    await user.type(await screen.findByLabelText('Brukernavn'), 'Ola.Lege');
    await user.type(screen.getByLabelText('Passord'), FIXTURE_USERS.lege.password);
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));

    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Fjordbyen legesenter')).toBeTruthy();
    expect(within(banner).getByText('Ola Lege')).toBeTruthy();
    expect(within(banner).getByText('Lege')).toBeTruthy();
    expect(screen.getByText('Ingen pasient valgt')).toBeTruthy();
    // The username went through the shared schema: trimmed and lower-cased before it reached main.
    expect(fake.calls.find((c) => c.call === 'auth.login')?.input).toEqual({
      username: 'ola.lege',
      password: FIXTURE_USERS.lege.password,
    });
  });

  it("shows the service's message for a wrong password and puts the cursor back in an emptied Passord", async () => {
    const { user } = renderApp(createFakeAllmenn());

    await user.type(await screen.findByLabelText('Brukernavn'), 'ola.lege');
    await user.type(screen.getByLabelText('Passord'), 'feil-passord');
    // Clicking moves focus to the button; it must come back to the password.
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Feil brukernavn eller passord.');
    const password = screen.getByLabelText<HTMLInputElement>('Passord');
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect(password.value).toBe('');
    expect(screen.queryByRole('banner')).toBeNull();
  });

  it('says what is missing, in Norwegian, without asking main', async () => {
    const fake = createFakeAllmenn();
    const { user } = renderApp(fake);

    await user.click(await screen.findByRole('button', { name: 'Logg inn' }));

    expect(await screen.findByText('Skriv brukernavn')).toBeTruthy();
    expect(screen.getByText('Skriv passord')).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'auth.login')).toBe(false);
  });

  it('goes straight to the app when main already has a session', async () => {
    renderApp(createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer }));
    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Siri Sekretær')).toBeTruthy();
    expect(within(banner).getByText('Helsesekretær')).toBeTruthy();
  });
});

describe('leaving a session', () => {
  it('Logg ut calls main and returns to the login screen; the next person starts in Pasienter', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin });
    const { user } = renderApp(fake, '/administrasjon');

    await user.click(await screen.findByRole('button', { name: /Logg ut/ }));

    expect(await screen.findByRole('heading', { name: 'Logg inn' })).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'auth.logout')).toBe(true);
    expect(fake.session).toBeNull();

    await user.type(screen.getByLabelText('Brukernavn'), 'ola.lege');
    await user.type(screen.getByLabelText('Passord'), `${FIXTURE_USERS.lege.password}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pasienter' })).toBeTruthy();
  });

  it('Ctrl+Shift+L logs out from anywhere, even from a text field', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const { user } = renderApp(fake);
    await screen.findByRole('banner');

    await user.keyboard('{Control>}{Shift>}L{/Shift}{/Control}');

    expect(await screen.findByRole('heading', { name: 'Logg inn' })).toBeTruthy();
    expect(fake.session).toBeNull();
  });

  it('returns to login with an explanation when main says the session expired', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    renderApp(fake);
    await screen.findByRole('banner');

    fake.session = null;
    act(() => fake.emit('session.ended', { reason: 'expired' }));

    expect(await screen.findByRole('heading', { name: 'Logg inn' })).toBeTruthy();
    expect(screen.getByText(/Du ble logget ut etter en periode uten aktivitet/)).toBeTruthy();
    expect(screen.queryByText('Ola Lege')).toBeNull();
  });

  it('returns to login when a call is refused for want of a session', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin });
    const { user } = renderApp(fake, '/pasienter');
    await screen.findByRole('banner');

    // Main forgot the session (restart, expiry) without telling this window.
    fake.session = null;
    await user.click(screen.getByRole('link', { name: /Administrasjon/ }));

    expect(await screen.findByRole('heading', { name: 'Logg inn' })).toBeTruthy();
    expect(screen.getByText(/Du ble logget ut etter en periode uten aktivitet/)).toBeTruthy();
  });
});
