import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS, type FakeUser } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const KARI = fixtureId(1);
const OLA = fixtureId(2);

async function openCard(who: FakeUser, patientId: string) {
  const fake = createFakeAllmenn({ loggedInAs: who });
  const view = renderApp(fake, `/pasienter/${patientId}`);
  await screen.findByTestId('patient-card');
  return { fake, bar: screen.getByTestId('patient-context'), ...view };
}

describe('CAVE banner', () => {
  it('shows a lege the entries in force, with severity, in the patient bar', async () => {
    const { bar } = await openCard(FIXTURE_USERS.lege, KARI);

    const banner = within(bar).getByRole('region', { name: 'CAVE' });
    expect(banner.textContent).toContain('Fenoksymetylpenicillin (J01CE02) – Livstruende, bekreftet: Anafylaksi');
    // Entries registered in error or no longer in force stay on the card, out of the banner.
    expect(banner.textContent).not.toContain('Peanøtter');
    expect(banner.textContent).not.toContain('Plaster');
    const section = screen.getByTestId('patient-cave');
    expect(within(section).getByRole('rowheader', { name: /Peanøtter/ })).toBeTruthy();
    expect(within(section).getByRole('rowheader', { name: /Plaster/ })).toBeTruthy();
  });

  it('says "Ingen kjente CAVE" to a lege when there is nothing', async () => {
    const { bar } = await openCard(FIXTURE_USERS.lege, OLA);

    expect(within(bar).getByRole('region', { name: 'CAVE' }).textContent).toBe('Ingen kjente CAVE');
  });

  it('is not there at all for a helsesekretær, who gets no clinical data from main', async () => {
    const { bar, fake } = await openCard(FIXTURE_USERS.sekretaer, KARI);

    expect(bar.textContent).toContain('Kari Nordmann');
    expect(within(bar).queryByRole('region', { name: 'CAVE' })).toBeNull();
    expect(screen.queryByTestId('cave-banner')).toBeNull();
    expect(screen.queryByTestId('patient-cave')).toBeNull();
    expect(screen.queryByText(/Fenoksymetylpenicillin/)).toBeNull();
    expect(fake.calls.some((c) => c.call === 'patients.open')).toBe(true);
  });

  it('stays with the patient in other rooms until the patient is closed with Esc', async () => {
    const { user, bar } = await openCard(FIXTURE_USERS.lege, KARI);

    await user.keyboard('{Alt>}2{/Alt}');
    await screen.findByRole('heading', { level: 1, name: 'Timebok' });
    expect(within(bar).getByRole('region', { name: 'CAVE' }).textContent).toContain('Fenoksymetylpenicillin');

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.getByTestId('patient-context').textContent).toContain('Ingen pasient valgt'));
    expect(screen.queryByTestId('cave-banner')).toBeNull();
  });

  it('shows a new entry as soon as a lege saves it, the allergen picked from ATC with the keyboard', async () => {
    const { user, bar, fake } = await openCard(FIXTURE_USERS.lege, OLA);

    await user.click(screen.getByRole('button', { name: 'Legg til CAVE' }));
    const dialog = await screen.findByRole('dialog', { name: 'Legg til CAVE' });
    const allergen = within(dialog).getByRole('combobox', { name: 'Allergen eller legemiddel' });
    await waitFor(() => expect(document.activeElement).toBe(allergen));
    await user.keyboard('ibuprof');
    const suggestions = await within(dialog).findByRole('listbox', { name: 'Forslag fra ATC-registeret' });
    const names = within(suggestions)
      .getAllByRole('option')
      .map((o) => o.textContent);
    const index = names.findIndex((n) => n?.startsWith('M01AE01'));
    expect(index).toBeGreaterThanOrEqual(0);
    await user.keyboard('{ArrowDown}'.repeat(index + 1));
    expect(within(suggestions).getByRole('option', { selected: true }).textContent).toBe('M01AE01Ibuprofen');
    await user.keyboard('{Enter}');
    expect(within(dialog).getByTestId('cave-allergen-kind').textContent).toBe('ATC M01AE01: ibuprofen');
    await user.type(within(dialog).getByLabelText('Reaksjon'), 'Urtikaria');
    await user.selectOptions(within(dialog).getByLabelText('Alvorlighetsgrad'), 'Moderat');
    await user.selectOptions(within(dialog).getByLabelText('Sikkerhet'), 'Sannsynlig');
    await user.selectOptions(within(dialog).getByLabelText('Kilde'), 'Pasienten');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre CAVE' }));

    await waitFor(() =>
      expect(within(bar).getByRole('region', { name: 'CAVE' }).textContent).toContain(
        'Ibuprofen (M01AE01) – Moderat, sannsynlig: Urtikaria',
      ),
    );
    expect(fake.calls.find((c) => c.call === 'cave.add')?.input).toMatchObject({
      patientId: OLA,
      allergenAtc: 'M01AE01',
      allergenText: 'Ibuprofen',
      severity: 'moderat',
    });
  });

  it('asks what is missing before saving, in Norwegian', async () => {
    const { user, fake } = await openCard(FIXTURE_USERS.lege, OLA);
    await user.click(screen.getByRole('button', { name: 'Legg til CAVE' }));
    const dialog = await screen.findByRole('dialog', { name: 'Legg til CAVE' });

    await user.click(within(dialog).getByRole('button', { name: 'Lagre CAVE' }));
    expect(await within(dialog).findByText('Velg alvorlighetsgrad')).toBeTruthy();
    expect(within(dialog).getByText('Velg sikkerhet')).toBeTruthy();
    expect(within(dialog).getByText('Velg kilde')).toBeTruthy();

    // The shared schema checks the allergen once the rest holds (a zod refinement on the whole entry).
    await user.selectOptions(within(dialog).getByLabelText('Alvorlighetsgrad'), 'Lett');
    await user.selectOptions(within(dialog).getByLabelText('Sikkerhet'), 'Mistenkt');
    await user.selectOptions(within(dialog).getByLabelText('Kilde'), 'Pårørende');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre CAVE' }));
    expect(
      await within(dialog).findByText('Velg et legemiddel (ATC) eller skriv hva pasienten ikke tåler'),
    ).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'cave.add')).toBe(false);
  });

  it('takes an entry out of the banner when it is marked feilregistrert, with a reason, as a new version', async () => {
    const { user, bar, fake } = await openCard(FIXTURE_USERS.lege, KARI);

    await user.click(screen.getByRole('button', { name: /Endre Fenoksymetylpenicillin/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Endre CAVE' });
    expect(within(dialog).getByTestId('cave-versions').textContent).toMatch(/^1 versjon\./);
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'Feilregistrert');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre ny versjon' }));
    expect(await within(dialog).findByText('Skriv hvorfor opplysningen endres')).toBeTruthy();

    await user.type(within(dialog).getByLabelText('Begrunnelse for endringen'), 'Forvekslet med annen pasient');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre ny versjon' }));

    await waitFor(() =>
      expect(within(bar).getByRole('region', { name: 'CAVE' }).textContent).toBe('Ingen kjente CAVE'),
    );
    expect(fake.calls.find((c) => c.call === 'cave.revise')?.input).toMatchObject({
      status: 'feilregistrert',
      reason: 'Forvekslet med annen pasient',
    });
    const row = within(screen.getByTestId('patient-cave')).getByRole('row', { name: /Fenoksymetylpenicillin/ });
    expect(row.textContent).toContain('Feilregistrert');
    expect(row.textContent).toContain('2');
  });
});
