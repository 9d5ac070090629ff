import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { tnr } from './support/fake-patient-fixtures';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const VALID = tnr('1985-12-24', 'female');
/** Same number, last control digit changed. */
const WRONG_CHECK_DIGIT = `${VALID.slice(0, 10)}${(Number(VALID[10]) + 1) % 10}`;
/** 31 February (Test Norge month 82) with control digits that hold. */
const IMPOSSIBLE_DATE = '31028200180';

async function openForm() {
  const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
  const view = renderApp(fake, '/pasienter/ny');
  const identity = await screen.findByLabelText('Fødselsnummer eller D-nummer');
  await waitFor(() => expect(document.activeElement).toBe(identity));
  return { fake, identity: identity as HTMLInputElement, ...view };
}

/** The message Aksel shows under a field: its error text is one of the ids the input is described by. */
function fieldError(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('register a patient: identity number', () => {
  it('says at the field, as soon as the number is complete, that the control digits are wrong', async () => {
    const { user, identity, fake } = await openForm();

    await user.keyboard(WRONG_CHECK_DIGIT.slice(0, 10));
    expect(identity.getAttribute('aria-invalid')).not.toBe('true');
    await user.keyboard(WRONG_CHECK_DIGIT.slice(10));

    await waitFor(() => expect(fieldError(identity)).toContain('Kontrollsifrene stemmer ikke'));
    expect(identity.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('identity-derived')).toBeNull();

    await user.type(screen.getByLabelText('Fornavn'), 'Kari');
    await user.type(screen.getByLabelText('Etternavn'), 'Nordmann');
    await user.click(screen.getByRole('button', { name: 'Registrer pasient' }));
    expect(await screen.findByText('Du må rette dette før du kan gå videre:')).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'patients.register')).toBe(false);
  });

  it('says "Ugyldig dato" for a number whose date does not exist', async () => {
    const { user, identity } = await openForm();

    await user.keyboard(IMPOSSIBLE_DATE);

    await waitFor(() => expect(fieldError(identity)).toContain('Ugyldig dato'));
  });

  it('explains a 10-digit number (a lost leading zero) when the field is left', async () => {
    const { user, identity } = await openForm();

    await user.keyboard('0385620003');
    await user.tab();

    await waitFor(() => expect(fieldError(identity)).toContain('bare 10 siffer'));
  });

  it('fills in and locks birth date and sex from a valid number', async () => {
    const { user } = await openForm();

    await user.keyboard(VALID);

    expect((await screen.findByTestId('identity-derived')).textContent).toBe(
      'Testnummer (Test Norge), født 24.12.1985, kvinne',
    );
    const birth = screen.getByLabelText<HTMLInputElement>(/Fødselsdato/);
    expect(birth.value).toBe('24.12.1985');
    expect(birth.readOnly).toBe(true);
    expect(screen.getByLabelText<HTMLSelectElement>(/Kjønn/).value).toBe('female');
  });

  it('shows poststed and kommune as the postnummer is typed', async () => {
    const { user } = await openForm();

    await user.type(screen.getByLabelText('Postnummer'), '5501');
    expect(screen.getByTestId('poststed').textContent).toBe('HAUGESUND (Haugesund kommune)');
    await user.clear(screen.getByLabelText('Postnummer'));
    await user.type(screen.getByLabelText('Postnummer'), '0000');
    expect(screen.getByTestId('poststed').textContent).toBe('Ukjent postnummer');
  });

  it('registers with a valid number and opens the new card', async () => {
    const { user, fake } = await openForm();
    await user.keyboard(VALID);
    await user.type(screen.getByLabelText('Fornavn'), 'Eva');
    await user.type(screen.getByLabelText('Etternavn'), 'Julsen');
    await user.type(screen.getByLabelText('Postnummer'), '5501');

    await user.click(screen.getByRole('button', { name: 'Registrer pasient' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Eva Julsen' })).toBeTruthy();
    expect(fake.calls.find((c) => c.call === 'patients.register')?.input).toMatchObject({
      identityNumber: VALID,
      givenName: 'Eva',
      familyName: 'Julsen',
      birthDate: '1985-12-24',
      sex: 'female',
      postalCode: '5501',
    });
    expect(screen.getByTestId('patient-contact').textContent).toContain('5501 HAUGESUND');
  });

  it("puts main's answer on the field when the number is already registered", async () => {
    const { user, identity, fake } = await openForm();
    const kari = fake.register.patients[0]!;
    await user.keyboard(kari.identityNumber);
    await user.type(screen.getByLabelText('Fornavn'), 'Kari');
    await user.type(screen.getByLabelText('Etternavn'), 'Nordmann');

    await user.click(screen.getByRole('button', { name: 'Registrer pasient' }));

    await waitFor(() => expect(fieldError(identity)).toContain('Det finnes allerede en pasient med dette nummeret'));
    const summary = await screen.findByText('Du må rette dette før du kan gå videre:');
    await waitFor(() => expect(summary.closest('[tabindex]')).toBe(document.activeElement));
  });

  it('without a number: birth date and sex are required, then the clinic gives an H-nummer', async () => {
    const { user, fake } = await openForm();

    await user.click(screen.getByLabelText('Har ikke norsk fødselsnummer/D-nummer'));
    expect(screen.queryByLabelText('Fødselsnummer eller D-nummer')).toBeNull();
    expect(screen.getByTestId('h-number-note').textContent).toContain('H-nummer');
    await user.type(screen.getByLabelText('Fornavn'), 'Amina');
    await user.type(screen.getByLabelText('Etternavn'), 'Yusuf');
    await user.click(screen.getByRole('button', { name: 'Registrer pasient' }));

    expect(fieldError(await screen.findByLabelText('Fødselsdato'))).toContain('Fødselsdato må fylles ut');
    expect(fieldError(screen.getByLabelText('Kjønn'))).toContain('Velg kjønn');
    expect(fake.calls.some((c) => c.call === 'patients.register')).toBe(false);

    await user.type(screen.getByLabelText('Fødselsdato'), '15.06.1975');
    await user.selectOptions(screen.getByLabelText('Kjønn'), 'Kvinne');
    await user.click(screen.getByRole('button', { name: 'Registrer pasient' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Amina Yusuf' });
    expect(heading).toBeTruthy();
    const input = fake.calls.find((c) => c.call === 'patients.register')?.input as Record<string, unknown>;
    expect(input.identityNumber).toBeUndefined();
    expect(input).toMatchObject({ birthDate: '1975-06-15', sex: 'female' });
    expect(within(screen.getByTestId('patient-card')).getByText('H-nummer (legekontorets eget)')).toBeTruthy();
  });

  it('says a typed birth date in the format people type', async () => {
    const { user } = await openForm();
    await user.click(screen.getByLabelText('Har ikke norsk fødselsnummer/D-nummer'));

    await user.type(screen.getByLabelText('Fødselsdato'), '31.02.1975');
    await user.click(screen.getByRole('button', { name: 'Registrer pasient' }));

    expect(fieldError(await screen.findByLabelText('Fødselsdato'))).toContain('Skriv datoen som dd.mm.åååå');
  });
});

describe('edit a patient', () => {
  it('changes contact details; the number, birth date and sex stay as they are', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    const { user } = renderApp(fake, `/pasienter/${fake.register.patients[0]!.id}`);
    await user.click(await screen.findByRole('button', { name: 'Endre opplysninger' }));

    const given = await screen.findByLabelText('Fornavn');
    await waitFor(() => expect(document.activeElement).toBe(given));
    expect(screen.getByLabelText<HTMLInputElement>(/Fødselsnummer eller D-nummer/).readOnly).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(/Fødselsdato/).value).toBe('03.05.1962');
    expect(screen.getByLabelText<HTMLInputElement>(/Fødselsdato/).readOnly).toBe(true);
    expect(screen.queryByLabelText('Har ikke norsk fødselsnummer/D-nummer')).toBeNull();
    const mobile = screen.getByLabelText('Mobil');
    await user.clear(mobile);
    await user.type(mobile, '+47 987 65 432');
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeTruthy();
    expect(screen.getByTestId('patient-contact').textContent).toContain('+47 987 65 432');
    expect(fake.calls.find((c) => c.call === 'patients.update')?.input).toMatchObject({
      patientId: fake.register.patients[0]!.id,
      patient: { identityNumber: fake.register.patients[0]!.identityNumber, mobilePhone: '+47 987 65 432' },
    });
  });
});
