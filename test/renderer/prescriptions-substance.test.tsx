import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakePrescriptions } from './support/fake-prescriptions';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const OLA = fixtureId(2);

async function openPrescribing() {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
  const store = addFakePrescriptions(fake);
  const view = renderApp(fake, `/pasienter/${OLA}/resept`);
  await screen.findByRole('heading', { level: 1, name: /^Ny resept – / });
  return { fake, store, ...view };
}

describe('prescribing by substance, with structured dosing and a treatment time', () => {
  it('chooses a substance from the keyboard and sends it with doses and days instead of packages', async () => {
    const { user, fake } = await openPrescribing();
    await user.keyboard('amok');
    const options = await within(await screen.findByRole('listbox', { name: 'Legemidler' })).findAllByRole('option');
    expect(options.map((o) => o.textContent)).toContain(
      'Amoksicillin Tab 500 mg (virkestoff, 3 preparater)J01CA04Gruppe CDemo',
    );
    await user.keyboard('{ArrowDown}{Enter}');
    const chosen = await screen.findByTestId('chosen-substance');
    expect(within(chosen).getByText('Virkestoff')).toBeTruthy();
    // A substance has no package to count: the amount is a treatment time.
    expect(screen.getByRole('radio', { name: 'Pakninger' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Behandlingstid' }).checked).toBe(true);

    await user.type(screen.getByRole('textbox', { name: /^Dosering/ }), '1 tablett 3 ganger daglig');
    await user.type(screen.getByRole('textbox', { name: 'Behandlingstid (dager)' }), '7');
    await user.keyboard('{Control>}{Enter}{/Control}');
    // Without structured doses the days cannot become an amount: nothing is sent yet.
    expect(await screen.findByText('Behandlingstid krever strukturert dosering')).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'prescriptions.issue')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: 'Morgen (08)' }), '1');
    await user.type(screen.getByRole('textbox', { name: 'Ettermiddag (16)' }), '1');
    await user.type(screen.getByRole('textbox', { name: 'Kveld (20)' }), '1');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.calls.some((c) => c.call === 'prescriptions.issue')).toBe(true));
    const issued = fake.calls.find((c) => c.call === 'prescriptions.issue')?.input as Record<string, unknown>;
    expect(issued).toMatchObject({
      substanceId: 'lmv-amoksicillin-500',
      durationDays: 7,
      dosing: [
        { time: '08:00', amount: 1, unit: 'tablett' },
        { time: '16:00', amount: 1, unit: 'tablett' },
        { time: '20:00', amount: 1, unit: 'tablett' },
      ],
    });
    expect(issued).not.toHaveProperty('packageId');
    expect(issued).not.toHaveProperty('packages');
  });
});
