import { cleanup, screen, waitFor, within } from '@testing-library/react';
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

/** Kari has CAVE for fenoksymetylpenicillin (J01CE02); the fake's patient list has Warfarin as a current medicine. */
const KARI = fixtureId(1);
const OLA = fixtureId(2);

async function openPrescribing(patientId = KARI) {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
  const store = addFakePrescriptions(fake);
  const view = renderApp(fake, `/pasienter/${patientId}/resept`);
  await screen.findByRole('heading', { level: 1, name: /^Ny resept – / });
  await waitFor(() => expect(screen.getByLabelText('Legemiddel', { exact: false })).toBe(document.activeElement));
  return { fake, store, ...view };
}

describe('prescribing screen', () => {
  it('says plainly that the catalogue is a demo catalogue', async () => {
    await openPrescribing();
    expect((await screen.findByTestId('drug-catalogue')).textContent).toContain('Demokatalog');
  });

  it('is driven from the keyboard: type-ahead, arrows and Enter, quick-pick dosing, Ctrl+Enter signs and sends', async () => {
    const { user, fake, store } = await openPrescribing(OLA);

    await user.keyboard('ator');
    const options = await findDrugOptions();
    expect(options[0]?.textContent).toContain('Atorvastatin Demo');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');

    // The package select takes the cursor, with the first package chosen.
    const pack = await screen.findByRole('combobox', { name: 'Pakning' });
    await waitFor(() => expect(document.activeElement).toBe(pack));
    expect((pack as HTMLSelectElement).value).toBe('p1-pk1');

    await user.click(screen.getByRole('button', { name: '1 tablett daglig' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Dosering (DSSN)', { exact: false }).value).toBe(
      '1 tablett daglig',
    );

    // The expiry main computes is shown before anything is signed (FOR-2022-06-02-977 § 4-4: one year).
    await waitFor(() =>
      expect(screen.getByTestId('prescription-expiry').textContent).toContain('Gyldig til 01.03.2027'),
    );
    expect(screen.getByTestId('prescription-expiry').textContent).toContain('Gyldig i 1 år');

    await user.keyboard('{Control>}{Enter}{/Control}');

    await screen.findByRole('heading', { level: 1, name: /^Legemidler – / });
    expect(store.prescriptions).toHaveLength(1);
    expect(store.prescriptions[0]?.dssn).toBe('1 tablett daglig');
    const issued = fake.calls.find((c) => c.call === 'prescriptions.issue');
    expect(issued?.input).toMatchObject({ packageId: 'p1-pk1', kind: 'hvit', packages: 1, reit: 0, overrides: [] });
    const row = await screen.findByTestId('prescription-row');
    expect(within(row).getByTestId('prescription-status').textContent).toBe('Klar til sending');
  });

  it('pre-fills blå resept § 2 and the refusjonskode main matched to the diagnoses', async () => {
    const { user } = await openPrescribing(OLA);
    await user.keyboard('ator');
    await findDrugOptions();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: '1 tablett daglig' }));
    await user.click(screen.getByRole('radio', { name: 'Blå resept' }));

    const hjemmel = await screen.findByRole('combobox', { name: 'Refusjonshjemmel' });
    expect((hjemmel as HTMLSelectElement).value).toBe('2');
    const code = await screen.findByRole('combobox', { name: 'Refusjonskode' });
    await waitFor(() => expect((code as HTMLSelectElement).value).toBe('ICPC-2|T93'));
    expect(screen.getByText('Foreslått ut fra pasientens diagnoser.')).toBeTruthy();
  });

  it('shows CAVE and interaction warnings with severity, and signs only when each has a typed reason', async () => {
    const { user, fake, store } = await openPrescribing(KARI);
    await user.keyboard('amoks');
    await findDrugOptions();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: '1 tablett 3 ganger daglig' }));

    await user.click(screen.getByRole('button', { name: 'Kontroller' }));
    const findings = await screen.findAllByTestId('check-finding');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.textContent).toContain('CAVE');
    expect(findings[0]?.textContent).toContain('Høy');
    expect(findings[0]?.textContent).toContain('Fenoksymetylpenicillin');
    // The cursor goes to the reason for the first warning.
    const reason = screen.getByRole('textbox', { name: /Begrunnelse for å overstyre \(cave\)/ });
    await waitFor(() => expect(document.activeElement).toBe(reason));

    // Without a reason nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Signer og send' }));
    expect((await screen.findByTestId('prescription-problem')).textContent).toContain(
      'En advarsel må begrunnes før resepten kan sendes.',
    );
    expect(screen.getByText('Skriv en begrunnelse')).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'prescriptions.issue')).toBe(false);

    await user.type(reason, 'Tålt amoksicillin i 2024 uten reaksjon');
    await user.click(screen.getByRole('button', { name: 'Signer og send' }));

    await screen.findByRole('heading', { level: 1, name: /^Legemidler – / });
    expect(store.prescriptions[0]?.overrides).toEqual([
      expect.objectContaining({ kind: 'cave', reason: 'Tålt amoksicillin i 2024 uten reaksjon' }),
    ]);
  });

  it('shows an interaction FEST has not assessed as "Ikke vurdert", never as no interaction', async () => {
    const { user } = await openPrescribing(OLA);
    await user.keyboard('parac');
    await findDrugOptions();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'ved behov, inntil 3 ganger daglig' }));
    await user.keyboard('{Alt>}k{/Alt}');

    const finding = await screen.findByTestId('check-finding');
    expect(within(finding).getByTestId('not-assessed').textContent).toBe('Ikke vurdert');
    expect(finding.textContent).toContain('Interaksjon');
    expect(screen.queryByTestId('check-clear')).toBeNull();
  });

  it('warns strongly against låst resept for reseptgruppe A and B, and needs a reason for it', async () => {
    const { user } = await openPrescribing(OLA);
    await user.keyboard('diaz');
    await findDrugOptions();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: '1 tablett om kvelden' }));
    expect(screen.queryByTestId('locked-ab-warning')).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: /Låst resept/ }));

    const warning = await screen.findByTestId('locked-ab-warning');
    expect(warning.textContent).toContain('Låst resept frarådes sterkt for reseptgruppe B');
    await user.click(screen.getByRole('button', { name: 'Kontroller' }));
    const finding = await screen.findByTestId('check-finding');
    expect(finding.textContent).toContain('Reseptgruppe');
    expect(within(finding).getByRole('textbox', { name: /Begrunnelse for å overstyre/ })).toBeTruthy();
  });

  it('refuses H-resept for a fastlege and says what to do instead', async () => {
    const { user, fake } = await openPrescribing(OLA);
    await user.keyboard('ator');
    await findDrugOptions();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: '1 tablett daglig' }));

    await user.click(screen.getByRole('radio', { name: 'H-resept' }));

    const refusal = await screen.findByTestId('h-resept-refusal');
    expect(refusal.textContent).toContain('Fastleger kan ikke skrive H-resept');
    expect(refusal.textContent).toContain('henvis pasienten til spesialisthelsetjenesten');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Signer og send' }).disabled).toBe(true);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText('Resepten kan ikke sendes slik den er. Se advarslene merket «Stopp».');
    expect(fake.calls.some((c) => c.call === 'prescriptions.issue')).toBe(false);
  });

  it('shows the 10-day expiry of an antibiotic on hvit resept', async () => {
    const { user } = await openPrescribing(OLA);
    await user.keyboard('amoks');
    await findDrugOptions();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: '1 tablett 3 ganger daglig' }));
    await waitFor(() =>
      expect(screen.getByTestId('prescription-expiry').textContent).toContain('Gyldig til 11.03.2026'),
    );
    expect(screen.getByTestId('prescription-expiry').textContent).toContain('Antibiotika på hvit resept');
  });
});
