import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakeReferrals, fakeReferralView } from './support/fake-referrals';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const KARI = fixtureId(2);

describe('ny henvisning', () => {
  it('opens pre-filled with focus in the recipient search, and refuses to send with the missing fields named', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    addFakeReferrals(fake);
    const view = renderApp(fake, `/pasienter/${KARI}/henvisning`);
    await screen.findByRole('heading', { level: 1, name: /^Ny henvisning – Kari Nordmann/ });
    expect(document.activeElement?.id).toBe('referral-recipient-search');
    expect(screen.getByRole('checkbox', { name: /ICPC-2 L96 Akutt meniskskade/ })).toHaveProperty('checked', true);
    expect(screen.getByText('Paracet tab 500 mg: 1 ved behov')).toBeTruthy();
    await view.user.keyboard('{Control>}{Enter}{/Control}');
    const summary = await screen.findByText('Henvisningen kan ikke sendes ennå');
    const box = summary.closest('section') ?? summary.parentElement ?? document.body;
    expect(within(box).getByText('Velg mottaker')).toBeTruthy();
    expect(within(box).getByText('Velg hastegrad')).toBeTruthy();
    expect(within(box).getByText('Skriv problemstillingen')).toBeTruthy();
  });

  it('says where to import the register when the search finds no receiver', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    addFakeReferrals(fake);
    const view = renderApp(fake, `/pasienter/${KARI}/henvisning`);
    await screen.findByRole('heading', { level: 1, name: /^Ny henvisning/ });
    await view.user.keyboard('finnesikke');
    expect(await screen.findByText(/Ingen treff i adresseregisteret/)).toBeTruthy();
  });

  it('is composed from the keyboard and sent, then shown in Henvisninger', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const store = addFakeReferrals(fake);
    const view = renderApp(fake, `/pasienter/${KARI}/henvisning`);
    await screen.findByRole('heading', { level: 1, name: /^Ny henvisning/ });
    await view.user.keyboard('ortoped');
    await screen.findByRole('option', { name: /Ortopedisk poliklinikk/ });
    await view.user.keyboard('{Enter}');
    await screen.findByTestId('chosen-recipient');
    await view.user.click(screen.getByRole('radio', { name: 'Ordinær' }));
    await view.user.click(screen.getByRole('radio', { name: 'Utredning' }));
    await view.user.click(screen.getByRole('textbox', { name: 'Problemstilling' }));
    await view.user.keyboard('Kneskade i tre måneder');
    await view.user.click(screen.getByRole('textbox', { name: /Hva ønskes/ }));
    await view.user.keyboard('Vurdering av artroskopi');
    await view.user.click(screen.getByRole('button', { name: /Vondt i kneet/ }));
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Funn' }).value).toMatch(/Positiv McMurray/);
    await view.user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Henvisninger' });
    expect(store.sent[0]?.content).toMatchObject({ recipientHerId: '999900103', hastegrad: 'N', purpose: 'utredning' });
    const list = await screen.findByTestId('referral-list');
    expect(within(list).getByText('Ortopedisk poliklinikk, Haugesund sjukehus')).toBeTruthy();
    const detail = await screen.findByTestId('referral-detail');
    expect(within(detail).getByTestId('referral-events').textContent).toMatch(/Sendt/);
  });

  it('Enter typed before the hits arrive picks the first hit of what was typed, not of an earlier search', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    addFakeReferrals(fake);
    const view = renderApp(fake, `/pasienter/${KARI}/henvisning`);
    await screen.findByRole('heading', { level: 1, name: /^Ny henvisning/ });
    await view.user.keyboard('haugesund');
    await screen.findAllByRole('option');
    await view.user.keyboard(' øye{Enter}');
    expect((await screen.findByTestId('chosen-recipient')).textContent).toMatch(/Smedasundet øyelegepraksis/);
  });

  it('continues a saved draft with its recipient and text', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const store = addFakeReferrals(fake);
    store.sent.push(
      fakeReferralView({
        id: '0190a5e0-0000-7000-8000-000000000901',
        status: 'utkast',
        statusLabel: 'Utkast',
        content: { ...fakeReferralView().content, problemstilling: 'Halvferdig problemstilling' },
      }),
    );
    renderApp(fake, `/pasienter/${KARI}/henvisning?utkast=0190a5e0-0000-7000-8000-000000000901`);
    expect((await screen.findByTestId('chosen-recipient')).textContent).toMatch(/Ortopedisk poliklinikk/);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Problemstilling' }).value).toBe(
      'Halvferdig problemstilling',
    );
  });

  it('changes a sent referral: same recipient, a reason required, the change sent', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const store = addFakeReferrals(fake);
    store.sent.push(fakeReferralView({ id: '0190a5e0-0000-7000-8000-000000000902' }));
    const view = renderApp(fake, `/pasienter/${KARI}/henvisning?endre=0190a5e0-0000-7000-8000-000000000902`);
    await screen.findByRole('heading', { level: 1, name: /^Endre henvisning – Kari Nordmann/ });
    expect(screen.getByTestId('chosen-recipient').textContent).toMatch(/samme mottaker/);
    expect(screen.queryByRole('button', { name: /Lagre utkast/ })).toBeNull();
    await view.user.click(screen.getByRole('radio', { name: 'Haster' }));
    await view.user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findAllByText('Skriv hva som er endret')).toHaveLength(2);
    await view.user.click(screen.getByRole('textbox', { name: /Hva er endret/ }));
    await view.user.keyboard('Forverring siste uke');
    await view.user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Henvisninger' });
    expect(store.sent[0]?.content.hastegrad).toBe('3');
    expect(fake.calls.find((c) => c.call === 'referrals.change')?.input).toMatchObject({
      reason: 'Forverring siste uke',
    });
  });
});
