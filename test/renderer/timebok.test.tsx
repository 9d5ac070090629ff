import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppointmentView } from '../../shared/api/timebok-views';
import { createFakeAllmenn, FIXTURE_USERS, type FakeUser } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakeTimebok, FAKE_RESOURCES, SLOT_TAKEN } from './support/fake-timebok';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function appointmentAt(startsAt: string): AppointmentView {
  return {
    id: fixtureId(1999),
    patientId: fixtureId(2),
    patientName: 'Ola Nordmann',
    birthDate: '1975-02-03',
    resourceId: FAKE_RESOURCES[0]!.id,
    resourceName: FAKE_RESOURCES[0]!.name,
    appointmentType: 'konsultasjon',
    startsAt,
    endsAt: startsAt === 'x' ? 'x' : new Date(Date.parse(startsAt) + 20 * 60_000).toISOString(),
    date: 'x',
    localStart: '09:00',
    localEnd: '09:20',
    status: 'booket',
    urgent: false,
    channel: 'telefon',
    note: null,
    bookedAt: startsAt,
    cancelledAt: null,
    cancelReason: null,
    movedFromId: null,
    movedToId: null,
  };
}

const KARI = fixtureId(1);

function tomorrow(): string {
  const osloToday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
  return new Date(Date.parse(`${osloToday}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function openTimebok(who: FakeUser = FIXTURE_USERS.sekretaer) {
  const fake = createFakeAllmenn({ loggedInAs: who });
  const store = addFakeTimebok(fake);
  const view = renderApp(fake, '/timebok');
  return { fake, store, ...view };
}

/** The grid, moved to tomorrow (no slot has passed) with the cursor on the first doctor at 09:00. */
async function atTomorrowNine(user: ReturnType<typeof openTimebok>['user']) {
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(document.activeElement).toBe(within(grid).getAllByRole('gridcell')[0]));
  await user.keyboard('{PageDown}');
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
  const cell = await screen.findByRole('gridcell', { name: `${FAKE_RESOURCES[0]!.name} kl. 09:00: ledig` });
  await waitFor(() => expect(document.activeElement).toBe(cell));
  return grid;
}

async function bookKari(user: ReturnType<typeof openTimebok>['user']) {
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog', { name: `Ny time hos ${FAKE_RESOURCES[0]!.name}` });
  await user.click(within(dialog).getByRole('searchbox', { name: /Pasient/ }));
  await user.keyboard('kari');
  await within(dialog).findByRole('option', { name: /Kari Nordmann/ });
  await user.keyboard('{Enter}');
  await within(dialog).findByTestId('chosen-patient');
  await user.keyboard('{Control>}{Enter}{/Control}');
  return dialog;
}

describe('timebok room', () => {
  it('shows the doctors side by side and books a patient from the keyboard', async () => {
    const { fake, user } = openTimebok();
    expect(await screen.findByRole('columnheader', { name: FAKE_RESOURCES[0]!.name })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: FAKE_RESOURCES[1]!.name })).toBeTruthy();
    await atTomorrowNine(user);
    const dialog = await bookKari(user);
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    const booked = await screen.findByRole('gridcell', {
      name: new RegExp(
        `${FAKE_RESOURCES[0]!.name} kl. 09:00: Kari Nordmann, født 03.05.1962, Konsultasjon 09:00–09:20`,
      ),
    });
    expect(booked).toBeTruthy();
    const request = fake.calls.find((c) => c.call === 'timebok.book');
    expect(request?.input).toMatchObject({
      patientId: KARI,
      resourceId: FAKE_RESOURCES[0]!.id,
      appointmentType: 'konsultasjon',
      startsAt: `${tomorrow()}T08:00:00.000Z`,
      channel: 'telefon',
    });
  });

  it('tells the helsesekretær in Norwegian when someone else took the time first', async () => {
    const { store, user } = openTimebok();
    await atTomorrowNine(user);
    // Another PC books 09:00 while this screen still shows it free (no event has arrived yet).
    store.appointments.push({ ...appointmentAt(`${tomorrow()}T08:00:00.000Z`), date: tomorrow() });
    const dialog = await bookKari(user);
    expect((await within(dialog).findByRole('alert')).textContent).toContain(SLOT_TAKEN.message);
  });

  it('cancels with A and a reason', async () => {
    const { fake, store, user } = openTimebok();
    await atTomorrowNine(user);
    await bookKari(user);
    const booked = await screen.findByRole('gridcell', { name: /kl\. 09:00: Kari Nordmann/ });
    await waitFor(() => expect(document.activeElement).toBe(booked));
    await user.keyboard('a');
    const dialog = await screen.findByRole('dialog', { name: 'Avlys time' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Årsak' }));
    await user.keyboard('Pasienten ringte{Enter}');
    await waitFor(() => expect(store.appointments[0]?.status).toBe('avlyst'));
    expect(fake.calls.find((c) => c.call === 'timebok.cancel')?.input).toEqual({
      appointmentId: store.appointments[0]!.id,
      reason: 'Pasienten ringte',
    });
  });

  it('refreshes when main reports a change from another window', async () => {
    const { fake, store } = openTimebok();
    await screen.findByRole('grid');
    const before = fake.calls.filter((c) => c.call === 'timebok.day').length;
    store.appointments.push(appointmentAt('x'));
    act(() => fake.emit('timebok.changed', { date: '2026-11-24', resourceId: FAKE_RESOURCES[1]!.id }));
    await waitFor(() => expect(fake.calls.filter((c) => c.call === 'timebok.day').length).toBeGreaterThan(before));
  });

  it("shows a CAVE tag on the doctor's own day list only", async () => {
    const { fake, store } = openTimebok(FIXTURE_USERS.lege);
    await screen.findByRole('grid');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
    store.appointments.push(
      {
        ...appointmentAt(`${today}T08:00:00.000Z`),
        id: fixtureId(1990),
        patientId: KARI,
        patientName: 'Kari Nordmann',
        date: today,
      },
      {
        ...appointmentAt(`${today}T08:00:00.000Z`),
        id: fixtureId(1991),
        patientId: KARI,
        patientName: 'Kari Nordmann',
        date: today,
        resourceId: FAKE_RESOURCES[1]!.id,
        resourceName: FAKE_RESOURCES[1]!.name,
      },
    );
    act(() => fake.emit('timebok.changed', { date: today, resourceId: FAKE_RESOURCES[0]!.id }));
    const own = await screen.findByRole('gridcell', {
      name: new RegExp(`${FAKE_RESOURCES[0]!.name} kl. 09:00: Kari Nordmann.*har CAVE`),
    });
    expect(within(own).getByText('CAVE')).toBeTruthy();
    const other = screen.getByRole('gridcell', {
      name: new RegExp(`${FAKE_RESOURCES[1]!.name} kl. 09:00: Kari Nordmann`),
    });
    expect(within(other).queryByText('CAVE')).toBeNull();
  });

  it('gives the administrator the schedules only, no patients', async () => {
    const { fake } = openTimebok(FIXTURE_USERS.admin);
    expect(await screen.findByRole('heading', { name: 'Ukeplan' })).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dag' })).toBeNull();
    expect(fake.calls.some((c) => c.call === 'timebok.day')).toBe(false);
  });
});

describe('arbeidsplaner', () => {
  it('saves a changed week template from a date', async () => {
    const { store, user } = openTimebok();
    await screen.findByRole('grid');
    await user.click(screen.getByRole('radio', { name: 'Arbeidsplaner' }));
    await screen.findByRole('heading', { name: 'Ukeplan' });
    const start = await screen.findByRole('textbox', { name: 'Start mandag' });
    await user.clear(start);
    await user.type(start, '09:00');
    await user.click(screen.getByRole('checkbox', { name: 'Fredag' }));
    await user.click(screen.getByRole('button', { name: 'Lagre ukeplan' }));
    await waitFor(() => expect(store.weeks).toHaveLength(1));
    const week = store.weeks[0]!;
    expect(week.resourceId).toBe(FAKE_RESOURCES[0]!.id);
    expect(week.days.map((d) => d.weekday)).toEqual([1, 2, 3, 4]);
    expect(week.days[0]).toMatchObject({ workStart: '09:00', workEnd: '12:00', slotMinutes: 20 });
    expect(week.days[0]!.urgentBlocks).toEqual([{ start: '11:20', end: '12:00' }]);
    expect(await screen.findByText(/Ukeplanen er lagret fra/)).toBeTruthy();
  });

  it('registers fravær and says how many booked patients it hits; the administrator gets no list of them', async () => {
    const { store, user } = openTimebok(FIXTURE_USERS.admin);
    store.appointments.push({ ...appointmentAt('2026-12-01T08:00:00.000Z'), date: '2026-12-01' });
    await screen.findByRole('heading', { name: 'Fravær' });
    const from = screen.getByRole('textbox', { name: 'Fra dato' });
    await user.clear(from);
    await user.type(from, '01.12.2026');
    const to = screen.getByRole('textbox', { name: 'Til dato' });
    await user.clear(to);
    await user.type(to, '03.12.2026');
    await user.click(screen.getByRole('button', { name: 'Registrer fravær' }));
    expect(await screen.findByText(/1 bookede time berøres/)).toBeTruthy();
    expect(store.exceptions[0]).toMatchObject({ kind: 'ferie', from: '2026-12-01', to: '2026-12-03' });
    expect(screen.queryByRole('button', { name: 'Berørte pasienter' })).toBeNull();
  });
});
