import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { addFakeReferrals, fakeReferralView } from './support/fake-referrals';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('Henvisninger', () => {
  it('lists the referrals with status, overdue flags and the reason for a rejection', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const store = addFakeReferrals(fake);
    store.sent.push(
      fakeReferralView({
        id: '0190a5e0-0000-7000-8000-000000000801',
        overdue: { noAppRec: true, noAssessment: false, assessmentDue: '2026-03-13' },
      }),
      fakeReferralView({
        id: '0190a5e0-0000-7000-8000-000000000802',
        patient: { id: '0190a5e0-0000-7000-8000-000000000003', name: 'Ola Hansen', identityNumber: '1' },
        status: 'avvist',
        statusLabel: 'Avvist',
        rejectionReason: 'Ukjent pasient hos mottaker',
      }),
    );
    const view = renderApp(fake, '/henvisninger');
    const list = await screen.findByTestId('referral-list');
    expect(within(list).getAllByRole('row')).toHaveLength(3);
    expect(within(list).getByTestId('overdue-apprec').textContent).toBe('Ingen kvittering etter ett døgn');
    expect(within(list).getAllByText('13.03.2026')).toHaveLength(2);

    await view.user.click(within(list).getByRole('button', { name: 'Ola Hansen' }));
    const detail = await screen.findByTestId('referral-detail');
    expect(within(detail).getByText('Avvist: Ukjent pasient hos mottaker')).toBeTruthy();

    await view.user.click(screen.getByRole('radio', { name: 'Forsinket' }));
    await screen.findByText('Kari Nordmann');
    expect(within(screen.getByTestId('referral-list')).getAllByRole('row')).toHaveLength(2);
  });

  it('imports an address register file and lists the bad lines', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    addFakeReferrals(fake);
    const view = renderApp(fake, '/henvisninger');
    await screen.findByText('Adresseregisteret');
    await view.user.click(screen.getByRole('button', { name: 'Vis mer' }));
    const file = new File(['herid;navn;tjenestetype\n123;X;dps\nabc;Y;dps\n'], 'register.csv', { type: 'text/csv' });
    await view.user.upload(screen.getByLabelText('Registerfil'), file);
    await view.user.click(screen.getByRole('button', { name: 'Importer' }));
    const report = await screen.findByTestId('register-import-report');
    expect(report.textContent).toMatch(/1 nye og 0 oppdaterte mottakere fra register\.csv/);
    expect(report.textContent).toMatch(/Linje 3: ugyldig HER-id/);
  });

  it('is not offered to a helsesekretær', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    addFakeReferrals(fake);
    renderApp(fake, '/henvisninger');
    expect(await screen.findByText(/tilgang/i)).toBeTruthy();
    expect(screen.queryByTestId('referral-list')).toBeNull();
  });
});
