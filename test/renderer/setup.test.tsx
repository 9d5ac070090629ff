import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../shared/api/error-codes';
import { createFakeAllmenn } from './support/fake-allmenn';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const VALID = {
  'Legekontorets navn': 'Fjordbyen legesenter',
  Organisasjonsnummer: '974760673',
  'HER-id': '81234',
  'Fullt navn': 'Ada Administrator',
  Brukernavn: 'Ada.Admin',
  Passord: 'riktig-hest-batteri',
  'Gjenta passord': 'riktig-hest-batteri',
};

async function fill(user: UserEvent, values: Partial<Record<keyof typeof VALID, string>>) {
  for (const [label, value] of Object.entries({ ...VALID, ...values })) {
    const input = screen.getByLabelText(label);
    await user.clear(input);
    if (value) await user.type(input, value);
  }
}

describe('first-start setup', () => {
  it('is shown when the clinic is not set up, with the cursor in the first field', async () => {
    renderApp(createFakeAllmenn({ configured: false }));
    expect(await screen.findByRole('heading', { name: 'Sett opp legekontoret' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Legekontorets navn')));
  });

  it('refuses an organisasjonsnummer whose check digit is wrong, in Norwegian, and does not call main', async () => {
    const fake = createFakeAllmenn({ configured: false });
    const { user } = renderApp(fake);
    await screen.findByLabelText('Legekontorets navn');

    await fill(user, { Organisasjonsnummer: '974760674' });
    await user.click(screen.getByRole('button', { name: 'Opprett legekontoret' }));

    const input = screen.getByLabelText('Organisasjonsnummer');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    // Shown at the field and in the error summary at the top.
    expect(screen.getAllByText('Kontrollsifferet i organisasjonsnummeret stemmer ikke')).toHaveLength(2);
    expect(fake.calls.some((c) => c.call === 'setup.createClinic')).toBe(false);
  });

  it('moves focus to the error summary, whose links lead to the fields', async () => {
    const { user } = renderApp(createFakeAllmenn({ configured: false }));
    await screen.findByLabelText('Legekontorets navn');

    await fill(user, { Organisasjonsnummer: '12345' });
    await user.click(screen.getByRole('button', { name: 'Opprett legekontoret' }));

    const link = await screen.findByRole('link', { name: 'Organisasjonsnummeret må ha 9 siffer' });
    // Aksel's summary hands its focus to its heading.
    await waitFor(() => expect(link.closest('.aksel-error-summary')?.contains(document.activeElement)).toBe(true));
    await user.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Organisasjonsnummer'));
  });

  it('says when the two passwords differ', async () => {
    const { user } = renderApp(createFakeAllmenn({ configured: false }));
    await screen.findByLabelText('Legekontorets navn');

    await fill(user, { 'Gjenta passord': 'riktig-hest-batterj' });
    await user.click(screen.getByRole('button', { name: 'Opprett legekontoret' }));

    expect((await screen.findAllByText('Passordene er ikke like')).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Gjenta passord').getAttribute('aria-invalid')).toBe('true');
  });

  it('says a short password is too short, even before the repeat matches', async () => {
    const { user } = renderApp(createFakeAllmenn({ configured: false }));
    await screen.findByLabelText('Legekontorets navn');

    await fill(user, { Passord: 'kort', 'Gjenta passord': 'annet' });
    await user.click(screen.getByRole('button', { name: 'Opprett legekontoret' }));

    expect((await screen.findAllByText('Passordet må ha minst 10 tegn')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('Passordene er ikke like').length).toBeGreaterThan(0);
  });

  it('creates the clinic and logs the administrator in', async () => {
    const fake = createFakeAllmenn({ configured: false });
    const { user } = renderApp(fake);
    await screen.findByLabelText('Legekontorets navn');

    await fill(user, {});
    await user.click(screen.getByRole('button', { name: 'Opprett legekontoret' }));

    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Fjordbyen legesenter')).toBeTruthy();
    expect(within(banner).getByText('Ada Administrator')).toBeTruthy();
    expect(within(banner).getByText('Administrator')).toBeTruthy();
    // Main gets the shared schema's shape: no repeat field, username normalised.
    expect(fake.calls.find((c) => c.call === 'setup.createClinic')?.input).toEqual({
      clinic: { name: 'Fjordbyen legesenter', organisationNumber: '974760673', herId: '81234' },
      admin: { displayName: 'Ada Administrator', username: 'ada.admin', password: 'riktig-hest-batteri' },
    });
  });

  it("puts main's per-field errors back on the form's fields", async () => {
    const fake = createFakeAllmenn({ configured: false });
    fake.failNext('setup.createClinic', {
      code: ErrorCode.usernameTaken,
      message: 'Brukernavnet «ada.admin» er allerede i bruk.',
      fields: { username: 'Brukernavnet er allerede i bruk', 'clinic.herId': 'HER-id finnes ikke i Adresseregisteret' },
    });
    const { user } = renderApp(fake);
    await screen.findByLabelText('Legekontorets navn');

    await fill(user, {});
    await user.click(screen.getByRole('button', { name: 'Opprett legekontoret' }));

    await waitFor(() => expect(screen.getByLabelText('Brukernavn').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('HER-id').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Brukernavnet er allerede i bruk')).toHaveLength(2);
    expect(screen.getAllByText('HER-id finnes ikke i Adresseregisteret')).toHaveLength(2);
    expect(screen.queryByRole('banner')).toBeNull();
  });

  it("shows main's message when the failure belongs to no field", async () => {
    const fake = createFakeAllmenn({ configured: false });
    fake.failNext('setup.createClinic', {
      code: ErrorCode.alreadyConfigured,
      message: 'Legekontoret er allerede satt opp.',
    });
    const { user } = renderApp(fake);
    await screen.findByLabelText('Legekontorets navn');

    await fill(user, {});
    await user.click(screen.getByRole('button', { name: 'Opprett legekontoret' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Legekontoret er allerede satt opp.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });
});
