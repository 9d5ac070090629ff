import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RfPrescriptionView } from '../../shared/api/prescription-views';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakePrescriptions } from './support/fake-prescriptions';
import { renderApp } from './support/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const OLA = fixtureId(2);

const OTHER: RfPrescriptionView = {
  reseptId: 'rf-1',
  prescriptionId: null,
  statusCode: 'E',
  statusLabel: 'Ekspederbar',
  drug: { nameFormStrength: 'Ventoline Inh aer 0,1 mg/dose', atcCode: 'R03AC02' },
  dssn: '1–2 inhalasjoner ved behov',
  prescribedOn: '2026-02-01',
  expiresOn: '2027-02-01',
  reit: 2,
  kind: 'hvit',
  locked: false,
  referenceNumber: null,
  prescriber: { name: 'Nina Lie', hprNumber: '565503019', organisation: 'Nordbyen legekontor' },
  lastDispensedAt: '2026-02-03T10:00:00.000Z',
  packagesDispensed: 1,
  pharmacyName: 'Apotek 1 Torget',
};

describe('legemiddelliste: RF and the print', () => {
  it('asks RF for the reseptliste and shows other prescribers’ prescriptions marked as from RF', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const store = addFakePrescriptions(fake);
    const { user } = renderApp(fake, `/pasienter/${OLA}/legemidler`);
    const section = await screen.findByTestId('rf-prescriptions');
    expect(await within(section).findByText(/^Ikke hentet/)).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Hent reseptliste fra RF' }));
    await waitFor(() => expect(fake.calls.some((c) => c.call === 'prescriptions.requestRfList')).toBe(true));
    expect(await within(section).findByText(/venter på svar/)).toBeTruthy();

    // The worker brings RF's M9.6; the section asks again by itself while waiting.
    act(() => {
      store.rfList = {
        ...store.rfList,
        state: 'received',
        receivedAt: '2026-03-01T10:00:05.000Z',
        lockedPrescriptionsExist: true,
        items: [OTHER, { ...OTHER, reseptId: 'ours', prescriptionId: 'p-1' }],
      };
    });
    const row = await within(section).findByTestId('rf-prescription-row', {}, { timeout: 4500 });
    expect(within(section).getAllByTestId('rf-prescription-row')).toHaveLength(1);
    expect(within(row).getByText('Fra RF')).toBeTruthy();
    expect(within(row).getByText('Ventoline Inh aer 0,1 mg/dose')).toBeTruthy();
    expect(within(row).getByText('Nina Lie')).toBeTruthy();
    expect(within(row).getByTestId('rf-status').textContent).toBe('Ekspederbar');
    expect(within(row).getByText('Apotek 1 Torget')).toBeTruthy();
    expect(within(section).getByTestId('rf-received').textContent).toMatch(/1 av reseptene er våre/);
    expect(within(section).getByText(/låste resepter som ikke vises uten referansenummer/)).toBeTruthy();
  });

  it('prints the patient’s current prescriptions as a PDF from the button', async () => {
    const createObjectURL = vi.fn(() => 'blob:fake');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const store = addFakePrescriptions(fake);
    const { user } = renderApp(fake, `/pasienter/${OLA}/legemidler`);
    await user.click(await screen.findByRole('button', { name: 'Skriv ut reseptliste til pasienten' }));
    await waitFor(() => expect(store.printed).toEqual([OLA]));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('resepter-nordmann.pdf er lagret.')).toBeTruthy();
  });
});
