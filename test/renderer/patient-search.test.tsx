import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { renderApp } from './support/render-app';

afterEach(cleanup);

async function openSearch(options: Parameters<typeof createFakeAllmenn>[0] = {}) {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege, ...options });
  const view = renderApp(fake, '/pasienter');
  const box = await screen.findByRole('combobox', { name: 'Søk etter pasient' });
  await waitFor(() => expect(document.activeElement).toBe(box));
  return { fake, box, ...view };
}

function selectedOption(): HTMLElement | null {
  return screen.queryAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true') ?? null;
}

describe('patient search', () => {
  it('starts with the cursor in the search box and shows each hit with birth date, number, fastlege and Min liste', async () => {
    const { user, fake } = await openSearch();

    await user.keyboard('nordm');

    const list = await screen.findByRole('listbox', { name: 'Treff' });
    const kari = await within(list).findByRole('option', { name: /Nordmann, Kari/ });
    const kariNumber = fake.register.patients[0]!.identityNumber;
    expect(kari.textContent).toContain('03.05.1962');
    expect(kari.textContent).toContain(`${kariNumber.slice(0, 6)} ${kariNumber.slice(6)}`);
    expect(kari.textContent).toContain('Ola Lege');
    expect(within(kari).getByText('Min liste')).toBeTruthy();
    const ola = within(list).getByRole('option', { name: /Nordmann, Ola/ });
    expect(within(ola).queryByText('Min liste')).toBeNull();
    expect(screen.getByTestId('search-status').textContent).toBe('2 treff.');
  });

  it('waits for a pause in the typing instead of asking on every keystroke', async () => {
    const { user, fake } = await openSearch();

    await user.keyboard('nordmann');
    await screen.findByRole('option', { name: /Nordmann, Kari/ });

    const queries = fake.calls.filter((c) => c.call === 'patients.search').map((c) => c.input);
    expect(queries.length).toBeLessThan('nordmann'.length);
    expect(queries.at(-1)).toEqual({ query: 'nordmann', limit: 200 });
  });

  it('moves the selection with ↓ and ↑ while focus stays in the box, and Enter opens the selected patient', async () => {
    const { user, box } = await openSearch();
    await user.keyboard('nordm');
    await screen.findByRole('option', { name: /Nordmann, Ola/ });
    expect(selectedOption()).toBeNull();

    await user.keyboard('{ArrowDown}');
    expect(selectedOption()?.textContent).toContain('Nordmann, Kari');
    expect(box.getAttribute('aria-activedescendant')).toBe(selectedOption()?.id);
    await user.keyboard('{ArrowDown}');
    expect(selectedOption()?.textContent).toContain('Nordmann, Ola');
    await user.keyboard('{ArrowDown}');
    expect(selectedOption()?.textContent).toContain('Nordmann, Ola');
    await user.keyboard('{ArrowUp}');
    expect(selectedOption()?.textContent).toContain('Nordmann, Kari');
    expect(document.activeElement).toBe(box);

    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeTruthy();
    expect(screen.getByTestId('patient-context').textContent).toContain('Kari Nordmann');
  });

  it('finds by birth date typed as dd.mm.åååå', async () => {
    const { user } = await openSearch();

    await user.keyboard('03.05.1962');

    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
        expect.stringContaining('Berg, Kristian'),
        expect.stringContaining('Nordmann, Kari'),
      ]),
    );
  });

  it('Esc empties the box and the selection', async () => {
    const { user, box } = await openSearch();
    await user.keyboard('nordm');
    await screen.findByRole('option', { name: /Nordmann, Kari/ });
    await user.keyboard('{ArrowDown}');

    await user.keyboard('{Escape}');

    expect((box as HTMLInputElement).value).toBe('');
    expect(selectedOption()).toBeNull();
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
  });

  it('keeps the previous hits on screen while the next answer is on its way', async () => {
    const { user, fake } = await openSearch();
    await user.keyboard('nord');
    await screen.findByRole('option', { name: /Nordby, Nora/ });

    const release = fake.hold('patients.search');
    await user.keyboard('m');
    await waitFor(() => expect(screen.getByTestId('search-status').textContent).toBe('Søker …'));
    expect(screen.getByRole('option', { name: /Nordby, Nora/ })).toBeTruthy();

    release();
    await waitFor(() => expect(screen.queryByRole('option', { name: /Nordby, Nora/ })).toBeNull());
    expect(screen.getAllByRole('option')).toHaveLength(2);
  });

  it('shows the recently opened patients in an empty box, one ↓ away', async () => {
    const { user, box } = await openSearch();
    await user.keyboard('nordm');
    await screen.findByRole('option', { name: /Nordmann, Ola/ });
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await screen.findByRole('heading', { level: 1, name: 'Ola Nordmann' });

    await user.keyboard('{Control>}k{/Control}');
    const again = await screen.findByRole('combobox', { name: 'Søk etter pasient' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(again).not.toBe(box);
    expect(await screen.findByRole('listbox', { name: 'Sist åpnede pasienter' })).toBeTruthy();

    await user.keyboard('{ArrowDown}');
    expect(selectedOption()?.textContent).toContain('Nordmann, Ola');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ola Nordmann' })).toBeTruthy();
  });

  it('F2 reaches the search box from another room', async () => {
    const { user } = await openSearch();
    await user.keyboard('{Alt>}2{/Alt}');
    await screen.findByRole('heading', { level: 1, name: 'Timebok' });

    await user.keyboard('{F2}');

    const box = await screen.findByRole('combobox', { name: 'Søk etter pasient' });
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('draws only a window of a long result list, and keeps the selection in view', async () => {
    const { user } = await openSearch({ extraPatients: 150 });

    await user.keyboard('testesen');

    await waitFor(() => expect(screen.getByTestId('search-status').textContent).toBe('150 treff.'));
    const drawn = screen.getAllByRole('option');
    expect(drawn.length).toBeLessThan(40);
    expect(drawn[0]?.getAttribute('aria-setsize')).toBe('150');

    await user.keyboard('{PageDown}{PageDown}{PageDown}');
    const selected = selectedOption();
    expect(selected?.textContent).toContain('Person0029');
    expect(selected?.getAttribute('aria-posinset')).toBe('30');
  });

  it('lists its keys in the shortcut help', async () => {
    const { user } = await openSearch();
    await user.click(screen.getByRole('heading', { level: 1, name: 'Pasienter' }));

    await user.keyboard('{F1}');

    const help = await screen.findByRole('dialog', { name: 'Hurtigtaster' });
    expect(within(help).getByText('Søk etter pasient').closest('tr')?.textContent).toMatch(/Ctrl\+K.*eller.*F2/);
    expect(within(help).getByText(/sist åpnede pasienter/)).toBeTruthy();
    expect(within(help).getByText('Åpne markert pasient')).toBeTruthy();
  });
});
