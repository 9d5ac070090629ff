import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppointmentStatus, AppointmentView } from '../../shared/api/timebok-views';
import { createFakeAllmenn, FIXTURE_USERS, type FakeUser } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakeRequests } from './support/fake-requests';
import { addFakeTimebok, FAKE_RESOURCES } from './support/fake-timebok';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const KARI = fixtureId(1);
const DAY = 86_400_000;

function appointment(n: number, offsetDays: number, status: AppointmentStatus, extra: Partial<AppointmentView> = {}) {
  const startsAt = new Date(Date.now() + offsetDays * DAY).toISOString();
  const date = startsAt.slice(0, 10);
  const view: AppointmentView = {
    id: fixtureId(3000 + n),
    patientId: KARI,
    patientName: 'Kari Nordmann',
    birthDate: '1962-05-03',
    resourceId: FAKE_RESOURCES[0]!.id,
    resourceName: FAKE_RESOURCES[0]!.name,
    appointmentType: 'konsultasjon',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 20 * 60_000).toISOString(),
    date,
    localStart: '09:00',
    localEnd: '09:20',
    status,
    urgent: false,
    channel: 'telefon',
    note: null,
    bookedAt: startsAt,
    cancelledAt: null,
    cancelReason: null,
    movedFromId: null,
    movedToId: null,
    ...extra,
  };
  return view;
}

async function openCard(who: FakeUser, appointments: AppointmentView[] = []) {
  const fake = createFakeAllmenn({ loggedInAs: who });
  const timebok = addFakeTimebok(fake);
  timebok.appointments.push(...appointments);
  addFakeRequests(fake, []);
  const view = renderApp(fake, `/pasienter/${KARI}`);
  await screen.findByTestId('patient-card');
  return { fake, ...view };
}

describe('patient card: Timeavtaler', () => {
  it('shows the coming appointments and the earlier and cancelled ones, with behandler, type and status', async () => {
    await openCard(FIXTURE_USERS.sekretaer, [
      appointment(1, 7, 'booket', { appointmentType: 'dobbelttime', localEnd: '09:40' }),
      appointment(2, -30, 'ferdig', { resourceName: FAKE_RESOURCES[1]!.name }),
      appointment(3, 3, 'avlyst', { cancelReason: 'Pasienten er bortreist' }),
      appointment(4, -10, 'ikke_mott'),
      // Moved away: the new appointment (no. 1) stands for it.
      appointment(5, 2, 'flyttet', { movedToId: fixtureId(3001) }),
    ]);

    const section = await screen.findByTestId('patient-appointments');
    expect(within(section).getByRole('heading', { name: 'Timeavtaler' })).toBeTruthy();
    expect(within(section).queryByText('Kommer')).toBeNull();
    const coming = await within(section).findByRole('table', { name: 'Kommende' });
    const comingRows = within(coming).getAllByRole('row').slice(1);
    expect(comingRows).toHaveLength(1);
    expect(comingRows[0]!.textContent).toContain('kl. 09:00–09:40');
    expect(comingRows[0]!.textContent).toContain(FAKE_RESOURCES[0]!.name);
    expect(comingRows[0]!.textContent).toContain('Dobbelttime');
    expect(comingRows[0]!.textContent).toContain('Booket');

    const earlier = within(section).getByRole('table', { name: 'Tidligere og avlyste' });
    const earlierRows = within(earlier).getAllByRole('row').slice(1);
    // Newest first: the cancelled one ahead, then ikke møtt 10 days ago, then the finished one.
    expect(earlierRows.map((r) => within(r).getAllByRole('cell')[3]!.textContent)).toEqual([
      'Avlyst Pasienten er bortreist',
      'Ikke møtt',
      'Ferdig',
    ]);
    expect(earlierRows[2]!.textContent).toContain(FAKE_RESOURCES[1]!.name);
    expect(section.textContent).not.toContain('Flyttet');
  });

  it('says so when there are none, and "Bestill time" opens the timebok booking for the patient', async () => {
    const { user } = await openCard(FIXTURE_USERS.sekretaer);

    const section = await screen.findByTestId('patient-appointments');
    expect(await within(section).findByText('Ingen kommende timer.')).toBeTruthy();
    expect(within(section).getByText('Ingen tidligere timer.')).toBeTruthy();
    const link = within(section).getByRole('link', { name: 'Bestill time' });
    expect(link.getAttribute('href')).toBe(`/timebok?pasient=${KARI}`);

    await user.click(link);
    const notice = await screen.findByTestId('booking-for-patient');
    expect(notice.textContent).toContain('Bestiller time for Kari Nordmann');
    await user.click(within(notice).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByTestId('booking-for-patient')).toBeNull());
  });

  it('shows a lege the appointments too, beside the clinical sections', async () => {
    await openCard(FIXTURE_USERS.lege, [appointment(1, 1, 'booket')]);

    const section = await screen.findByTestId('patient-appointments');
    expect(await within(section).findByRole('table', { name: 'Kommende' })).toBeTruthy();
  });
});

describe('timebok ?pasient=', () => {
  it('says so when the patient in the address is not found', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    addFakeTimebok(fake);
    renderApp(fake, '/timebok?pasient=ikke-en-id');

    const notice = await screen.findByTestId('booking-for-patient');
    expect(notice.textContent).toContain('Fant ikke pasienten');
  });

  it('preselects the patient in the booking dialog, and the notice goes once the patient is booked', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    addFakeTimebok(fake);
    const { user } = renderApp(fake, `/timebok?pasient=${KARI}`);
    expect((await screen.findByTestId('booking-for-patient')).textContent).toContain('Kari Nordmann');

    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(document.activeElement).toBe(within(grid).getAllByRole('gridcell')[0]));
    await user.keyboard('{PageDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    const cell = await screen.findByRole('gridcell', { name: `${FAKE_RESOURCES[0]!.name} kl. 09:00: ledig` });
    await waitFor(() => expect(document.activeElement).toBe(cell));
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: `Ny time hos ${FAKE_RESOURCES[0]!.name}` });
    expect((await within(dialog).findByTestId('chosen-patient')).textContent).toContain('Kari Nordmann');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByTestId('booking-for-patient')).toBeNull());
    expect(fake.calls.find((c) => c.call === 'timebok.book')?.input).toMatchObject({ patientId: KARI });
  });
});

describe('patient card: SMS-påminnelser', () => {
  it('sits with the contact details and saves the consent', async () => {
    const { fake, user } = await openCard(FIXTURE_USERS.sekretaer);

    const sms = await screen.findByTestId('patient-sms');
    expect(within(sms).getByRole('heading', { name: 'SMS-påminnelser' })).toBeTruthy();
    const box = await within(sms).findByRole('checkbox', { name: /Ønsker påminnelse på SMS/ });
    await user.click(box);
    await user.click(within(sms).getByRole('button', { name: 'Lagre SMS-samtykke' }));
    await waitFor(() => expect(fake.calls.some((c) => c.call === 'requests.setConsent')).toBe(true));
  });
});
