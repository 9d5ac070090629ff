import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('Administrasjon', () => {
  it('is not offered to a lege: no menu item, Alt+7 does nothing, and the address says no access', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const { user } = renderApp(fake);
    const nav = await screen.findByRole('navigation', { name: 'Hovedmeny' });

    expect(within(nav).getByRole('link', { name: /Pasienter/ })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: /Administrasjon/ })).toBeNull();

    await user.keyboard('{Alt>}7{/Alt}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pasienter' })).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'users.list')).toBe(false);
  });

  it('shows no access, and asks main for nothing, when a helsesekretær reaches its address', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    renderApp(fake, '/administrasjon');

    expect(await screen.findByText(/Du har ikke tilgang/)).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'users.list' || c.call === 'audit.recent')).toBe(false);
  });

  it('lists the users and the audit log for an administrator', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin });
    const { user } = renderApp(fake);
    await screen.findByRole('banner');

    await user.click(screen.getByRole('link', { name: /Administrasjon/ }));

    const users = await screen.findByRole('table', { name: 'Brukere' });
    const lege = within(users).getByRole('row', { name: /Ola Lege/ });
    expect(lege.textContent).toContain('ola.lege');
    expect(lege.textContent).toContain('9144889');
    const audit = await screen.findByRole('table', { name: 'Revisjonslogg' });
    for (const column of ['Tid', 'Hvem', 'Rolle', 'Arbeidsstasjon', 'Hendelse', 'Utfall']) {
      expect(within(audit).getByRole('columnheader', { name: column })).toBeTruthy();
    }
  });

  it('creates a user: HPR-nummer is required for a lege, then the user is listed and a toast confirms it', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin });
    const { user } = renderApp(fake, '/administrasjon');
    await screen.findByRole('table', { name: 'Brukere' });

    await user.click(screen.getByRole('button', { name: 'Ny bruker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny bruker' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Fullt navn')));
    await user.type(within(dialog).getByLabelText('Fullt navn'), 'Nora Nylege');
    await user.type(within(dialog).getByLabelText('Brukernavn'), 'nora.nylege');
    await user.selectOptions(within(dialog).getByLabelText('Rolle'), 'Lege');
    await user.type(within(dialog).getByLabelText('Passord'), 'nytt-passord-1');
    await user.click(within(dialog).getByRole('button', { name: 'Opprett bruker' }));

    expect(await within(dialog).findByText('Leger må ha HPR-nummer')).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'users.create')).toBe(false);

    await user.type(within(dialog).getByLabelText('HPR-nummer'), '1234567');
    await user.click(within(dialog).getByRole('button', { name: 'Opprett bruker' }));

    await waitFor(() =>
      expect(screen.getByTestId('toasts').textContent).toContain('Bruker opprettet: Nora Nylege (nora.nylege)'),
    );
    const users = screen.getByRole('table', { name: 'Brukere' });
    expect(await within(users).findByRole('row', { name: /Nora Nylege/ })).toBeTruthy();
    expect(fake.users.find((u) => u.summary.username === 'nora.nylege')?.summary).toMatchObject({
      role: 'lege',
      hprNumber: '1234567',
    });
  });

  it("shows main's answer on the field when the username is taken", async () => {
    const { user } = renderApp(createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin }), '/administrasjon');
    await screen.findByRole('table', { name: 'Brukere' });

    await user.click(screen.getByRole('button', { name: 'Ny bruker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ny bruker' });
    await user.type(within(dialog).getByLabelText('Fullt navn'), 'Ola Igjen');
    await user.type(within(dialog).getByLabelText('Brukernavn'), 'ola.lege');
    await user.type(within(dialog).getByLabelText('Passord'), 'nytt-passord-1');
    await user.click(within(dialog).getByRole('button', { name: 'Opprett bruker' }));

    expect(await within(dialog).findByText('Brukernavnet er allerede i bruk')).toBeTruthy();
    expect(within(dialog).getByLabelText('Brukernavn').getAttribute('aria-invalid')).toBe('true');
  });
});
