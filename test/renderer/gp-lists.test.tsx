import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('fastlegelister', () => {
  it('shows listetak, listelengde, ledige plasser and venteliste per doctor, and the changes since a date', async () => {
    const { user } = renderApp(createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer }), '/pasienter/fastlegelister');

    const overview = await screen.findByTestId('gp-overview');
    const per = within(overview).getByRole('row', { name: /Per Lege/ });
    expect(
      within(per)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1000002', '900', '900', '0', '3', 'Venteliste']);
    expect(within(overview).queryByRole('button', { name: /Endre listetak/ })).toBeNull();

    const since = screen.getByLabelText('Endringer siden');
    await user.clear(since);
    await user.type(since, '01.10.2025');
    const changes = await screen.findByTestId('gp-changes');
    expect(within(changes).getByRole('row', { name: /Nordmann, Kari/ }).textContent).toContain('Ny');
    expect(within(changes).getByRole('row', { name: /Nordmann, Ola/ }).textContent).toContain('Sluttet');
    expect(screen.getByRole('heading', { name: 'Endringer siden 01.10.2025' })).toBeTruthy();
  });

  it('lets the administrator set a listetak, which updates ledige plasser', async () => {
    const { user } = renderApp(createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin }), '/pasienter');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pasienter' })).toBeTruthy();

    await user.click(await screen.findByRole('button', { name: 'Endre listetak for Ola Lege' }));
    const dialog = await screen.findByRole('dialog', { name: 'Listetak for Ola Lege' });
    const field = within(dialog).getByLabelText('Listetak');
    await user.clear(field);
    await user.type(field, 'mange');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre listetak' }));
    expect(await within(dialog).findByText('Skriv listetaket som et helt tall')).toBeTruthy();
    await user.clear(field);
    await user.type(field, '1250');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre listetak' }));

    const row = await waitFor(() => {
      const r = within(screen.getByTestId('gp-overview')).getByRole('row', { name: /Ola Lege/ });
      expect(r.textContent).toContain('1250');
      return r;
    });
    expect(within(row).getAllByRole('cell')[3]?.textContent).toBe('63');
  });

  it('puts a patient on a full list’s venteliste from the card when main says the list is full', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    const { user } = renderApp(fake, `/pasienter/${fixtureId(3)}`);
    await user.click(await screen.findByRole('button', { name: 'Liste og venteliste' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fastlegeliste' });

    await user.click(within(dialog).getByRole('button', { name: 'Sett på listen' }));
    const doctor = within(dialog).getByLabelText('Lege');
    await waitFor(() => expect(doctor.getAttribute('aria-invalid')).toBe('true'));
    expect(fake.calls.some((c) => c.call === 'lists.assign')).toBe(false);

    await user.selectOptions(within(dialog).getByLabelText('Lege'), 'Per Lege (full, 3 på venteliste)');
    await user.click(within(dialog).getByRole('button', { name: 'Sett på listen' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Listen er full. Sett pasienten på venteliste.',
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Sett på venteliste' })),
    );

    await user.keyboard('{Enter}');

    // The toast region is always mounted; wait for the toast itself, not the region.
    await waitFor(() => expect(screen.getByTestId('toasts').textContent).toContain('står på ventelisten til Per Lege'));
    expect(fake.calls.find((c) => c.call === 'lists.addToWaitingList')?.input).toEqual({
      patientId: fixtureId(3),
      doctorId: fake.register.doctors[1]?.doctorId,
    });
  });

  it('puts a patient on a list with free places and shows the new fastlege on the card', async () => {
    const { user } = renderApp(createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege }), `/pasienter/${fixtureId(3)}`);
    expect((await screen.findByTestId('patient-fastlege')).textContent).toBe('Ingen fastlege ved legekontoret');
    await user.click(screen.getByRole('button', { name: 'Liste og venteliste' }));
    const dialog = await screen.findByRole('dialog', { name: 'Fastlegeliste' });

    await user.selectOptions(within(dialog).getByLabelText('Lege'), 'Ola Lege (13 ledige plasser)');
    await user.click(within(dialog).getByRole('button', { name: 'Sett på listen' }));

    await waitFor(() => expect(screen.getByTestId('patient-fastlege').textContent).toBe('Ola Lege'));
    expect(within(screen.getByTestId('patient-gp')).getByText('Min liste')).toBeTruthy();
  });
});
