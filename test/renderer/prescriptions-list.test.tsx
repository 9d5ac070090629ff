import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakePrescriptions } from './support/fake-prescriptions';
import { renderApp } from './support/render-app';

afterEach(cleanup);

/** The type-ahead's choices (the form's own selects have options too). */
async function findDrugOptions() {
  return within(await screen.findByRole('listbox', { name: 'Legemidler' })).findAllByRole('option');
}

const OLA = fixtureId(2);

async function prescribeAndOpenList() {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
  const store = addFakePrescriptions(fake);
  const view = renderApp(fake, `/pasienter/${OLA}/resept`);
  await screen.findByRole('heading', { level: 1, name: /^Ny resept – / });
  await view.user.keyboard('ator');
  await findDrugOptions();
  await view.user.keyboard('{Enter}');
  await view.user.click(await screen.findByRole('button', { name: '1 tablett daglig' }));
  await view.user.click(screen.getByRole('checkbox', { name: /Låst resept/ }));
  await view.user.keyboard('{Control>}{Enter}{/Control}');
  await screen.findByRole('heading', { level: 1, name: /^Legemidler – / });
  return { fake, store, ...view };
}

describe('legemiddelliste', () => {
  it('shows the referansenummer of a låst resept and picks up status changes from the delivery worker', async () => {
    const { store } = await prescribeAndOpenList();
    const row = await screen.findByTestId('prescription-row');
    expect(within(row).getByTestId('prescription-locked').textContent).toBe('Låst: ref.nr. RF00000001');
    expect(within(row).getByTestId('prescription-dispensed').textContent).toBe('Ikke utlevert');

    const id = store.prescriptions[0]?.id ?? '';
    act(() => store.setStatus(id, 'utlevert', { lastDispensedAt: '2026-03-02T09:15:00.000Z' }));

    // The list asks again by itself every 3 s while open.
    await waitFor(() => expect(within(row).getByTestId('prescription-status').textContent).toBe('Utlevert'), {
      timeout: 4500,
    });
    expect(within(row).getByTestId('prescription-dispensed').textContent).not.toBe('Ikke utlevert');
  });

  it('shows RF’s reason for an avvist resept', async () => {
    const { store } = await prescribeAndOpenList();
    const id = store.prescriptions[0]?.id ?? '';
    act(() =>
      store.setStatus(id, 'avvist', { rejectionReason: 'Forskriver mangler gyldig HPR-nummer.', current: false }),
    );
    const rejection = await screen.findByTestId('prescription-rejection', {}, { timeout: 4500 });
    expect(rejection.textContent).toBe('Reseptformidleren: Forskriver mangler gyldig HPR-nummer.');
    expect(within(screen.getByTestId('earlier-prescriptions')).getByTestId('prescription-status').textContent).toBe(
      'Avvist',
    );
  });

  it('revokes only with a reason', async () => {
    const { user, fake, store } = await prescribeAndOpenList();
    await user.click(await screen.findByRole('button', { name: 'Tilbakekall' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tilbakekall resept' });
    await user.click(within(dialog).getByRole('button', { name: 'Tilbakekall' }));
    expect(within(dialog).getByText('Skriv hvorfor resepten tilbakekalles')).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'prescriptions.revoke')).toBe(false);

    await user.type(within(dialog).getByRole('textbox', { name: /Begrunnelse/ }), 'Byttet til annet preparat');
    await user.click(within(dialog).getByRole('button', { name: 'Tilbakekall' }));

    await waitFor(() => expect(store.prescriptions[0]?.status).toBe('tilbakekalt'));
    expect(store.prescriptions[0]?.revokeReason).toBe('Byttet til annet preparat');
    await waitFor(() =>
      expect(within(screen.getByTestId('earlier-prescriptions')).getByTestId('prescription-status').textContent).toBe(
        'Tilbakekalt',
      ),
    );
  });

  it('renews a prescription as a new one, the old one kept', async () => {
    const { user, store } = await prescribeAndOpenList();
    await user.click(await screen.findByRole('button', { name: 'Forny' }));
    const dialog = await screen.findByRole('dialog', { name: 'Forny resept' });
    await user.click(within(dialog).getByRole('button', { name: 'Signer og send fornyelse' }));

    await waitFor(() => expect(store.prescriptions).toHaveLength(2));
    expect(store.prescriptions[0]?.renewedFromId).toBe(store.prescriptions[1]?.id);
    await waitFor(() =>
      expect(within(screen.getByTestId('current-prescriptions')).getAllByTestId('prescription-row')).toHaveLength(2),
    );
  });
});
