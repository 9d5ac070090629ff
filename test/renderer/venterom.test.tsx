/**
 * The Venterom room against the fake: the queue with hastegrad and status, kept in step with other windows by
 * 'queue.changed' (no refresh), a drop-in added by keyboard, an arrival registered from today's booked list, and the
 * doctor's "Neste pasient" landing in the journal with the new note open.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakeQueue } from './support/fake-queue';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const KARI = fixtureId(1);
const OLA = fixtureId(2);

function rows() {
  return screen.queryAllByTestId('queue-row');
}

describe('venterom', () => {
  it('shows the queue in calling order with hastegrad and status, and follows changes from another window', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    const queue = addFakeQueue(fake);
    queue.entries.push(
      queue.entry({ patientId: KARI, patientName: 'Kari Nordmann', triage: 'vanlig', reason: 'sjansetime' }),
      queue.entry({ patientId: OLA, patientName: 'Ola Nordmann', triage: 'haster' }),
    );
    renderApp(fake, '/venterom');
    await screen.findByRole('heading', { level: 1, name: 'Venterom' });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows().map((r) => within(r).getByTestId('triage').textContent)).toEqual(['Haster', 'Vanlig']);
    expect(rows()[1]?.textContent).toContain('sjansetime');
    expect(within(rows()[0]!).getByTestId('queue-status').textContent).toBe('Venter');

    // A doctor elsewhere takes Ola in: this window shows it without anyone pressing anything.
    act(() =>
      queue.changeFromAnotherWindow('inne', (q) => {
        const ola = q.entries.find((e) => e.patientId === OLA);
        if (ola) Object.assign(ola, { status: 'inne', calledByName: 'Per Lege' });
      }),
    );
    await waitFor(() => expect(rows()[0]?.getAttribute('data-status')).toBe('venter'));
    await waitFor(() => expect(screen.getByTestId('queue-summary').textContent).toBe('1 venter · 1 inne'));
    const ola = rows().find((r) => r.textContent?.includes('Ola Nordmann'));
    expect(ola?.getAttribute('data-status')).toBe('inne');
    expect(ola?.textContent).toContain('Per Lege');
  });

  it('adds a drop-in patient as haster by keyboard, and the patient goes ahead of the vanlig one', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    const queue = addFakeQueue(fake);
    queue.entries.push(queue.entry({ patientId: KARI, patientName: 'Kari Nordmann', triage: 'vanlig' }));
    const { user } = renderApp(fake, '/venterom');
    await waitFor(() => expect(rows()).toHaveLength(1));

    await user.keyboard('{Alt>}d{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Ny drop-in-pasient' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Pasient' }));
    await user.keyboard('ola nordm');
    await within(dialog).findByRole('option', { name: /Nordmann, Ola/ });
    await user.keyboard('{ArrowDown}{Enter}');
    expect((await within(dialog).findByTestId('drop-in-patient')).textContent).toContain('Ola Nordmann');
    await user.click(within(dialog).getByRole('radio', { name: /Haster/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Sett i køen' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ny drop-in-pasient' })).toBeNull());
    expect(queue.changes).toEqual([{ call: 'queue.addDropIn', input: { patientId: OLA, triage: 'haster' } }]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[0]?.textContent).toContain('Ola Nordmann');
  });

  it('registers the arrival of a booked patient found by name with Enter', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    const queue = addFakeQueue(fake);
    queue.expected.push({
      appointmentId: fixtureId(801),
      patientId: KARI,
      patientName: 'Kari Nordmann',
      birthDate: '1962-05-03',
      startsAt: '2026-03-02T09:00:00.000Z',
      appointmentType: 'konsultasjon',
      doctorId: 'u-lege',
      resourceName: 'Ola Lege',
    });
    const { user } = renderApp(fake, '/venterom');
    await screen.findAllByTestId('expected-row');
    await user.keyboard('{Alt>}a{/Alt}');
    expect(document.activeElement?.id).toBe('venterom-arrival-search');
    await user.keyboard('kari{Enter}');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(queue.changes).toEqual([{ call: 'queue.registerArrival', input: { appointmentId: fixtureId(801) } }]);
    expect(within(rows()[0]!).getByTestId('triage').textContent).toBe('Time');
    await waitFor(() => expect(screen.queryAllByTestId('expected-row')).toHaveLength(0));
  });

  it('"Neste pasient" (Alt+P) opens the called patient’s journal with the new note in the editor', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    const queue = addFakeQueue(fake);
    queue.entries.push(queue.entry({ patientId: KARI, patientName: 'Kari Nordmann', triage: 'haster' }));
    const { user } = renderApp(fake, '/venterom');
    await screen.findByRole('button', { name: /Neste pasient/ });
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.keyboard('{Alt>}p{/Alt}');
    await screen.findByRole('heading', { level: 1, name: /^Journal – Kari/ });
    await screen.findByTestId('note-editor');
    expect(queue.changes.map((c) => c.call)).toEqual(['queue.callNext']);
  });

  it('tells the doctor when nobody waits, and offers reception no "Neste pasient"', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    addFakeQueue(fake);
    const { user } = renderApp(fake, '/venterom');
    await user.click(await screen.findByRole('button', { name: /Neste pasient/ }));
    expect(await screen.findByText('Ingen pasienter venter på deg nå.')).toBeTruthy();
    cleanup();

    const reception = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.sekretaer });
    addFakeQueue(reception);
    renderApp(reception, '/venterom');
    await screen.findByRole('heading', { level: 1, name: 'Venterom' });
    expect(screen.queryByRole('button', { name: /Neste pasient/ })).toBeNull();
  });

  it('shows the administrator no queue (and asks main for none), with focus on the room', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin });
    addFakeQueue(fake);
    const { user } = renderApp(fake, '/pasienter');
    await screen.findByRole('banner');
    await user.keyboard('{Alt>}3{/Alt}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Venterom' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/Du har ikke tilgang/)).toBeTruthy();
    expect(fake.calls.filter((c) => c.call.startsWith('queue.'))).toEqual([]);
  });
});
