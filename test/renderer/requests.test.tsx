import { Provider } from '@navikt/ds-react';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { createQueryClient } from '../../renderer/src/api/query-client';
import { RequestsPage } from '../../renderer/src/features/requests/requests.page';
import { ShortcutsProvider } from '../../renderer/src/ui/shortcuts/shortcuts-context';
import { ToastProvider } from '../../renderer/src/ui/toasts/toast-context';
import { createFakeAllmenn, FIXTURE_USERS, type FakeUser } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakeRequests, fixtureRequests } from './support/fake-requests';

afterEach(cleanup);

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

/** The page alone (the lead gives it a route in the shell), with stand-ins for where it navigates. */
function renderRequests(as: FakeUser) {
  const fake = createFakeAllmenn({ loggedInAs: as });
  const store = addFakeRequests(fake);
  const user = userEvent.setup();
  render(
    <Provider>
      <ApiProvider api={fake.api}>
        <QueryClientProvider client={createQueryClient()}>
          <ToastProvider>
            <ShortcutsProvider>
              <MemoryRouter initialEntries={['/henvendelser']}>
                <Routes>
                  <Route path="/henvendelser" element={<RequestsPage />} />
                  <Route path="*" element={<Where />} />
                </Routes>
              </MemoryRouter>
            </ShortcutsProvider>
          </ToastProvider>
        </QueryClientProvider>
      </ApiProvider>
    </Provider>,
  );
  return { fake, store, user };
}

async function rows() {
  return screen.findAllByTestId('request-row');
}

describe('Henvendelser', () => {
  it('lists the open requests; reception sees only that a fornye-resept request exists and for whom', async () => {
    renderRequests(FIXTURE_USERS.sekretaer);
    const list = await rows();
    expect(list).toHaveLength(3);
    expect(list[0]?.textContent).toContain('Time neste uke');
    expect(list[1]?.textContent).toContain('Fornye resept');
    expect(list[1]?.textContent).toContain('Klinisk innhold – vises for lege');
    expect(list[1]?.textContent).not.toContain('blodtrykk');
    expect(list[2]?.textContent).toContain('Må avklares');
  });

  it('opens a fornye-resept request for reception without content and without an answer form', async () => {
    const { user } = renderRequests(FIXTURE_USERS.sekretaer);
    await user.click((await rows())[1]!);
    const detail = await screen.findByTestId('request-detail');
    expect(within(detail).getByTestId('request-restricted').textContent).toMatch(/Ola Lege/);
    expect(within(detail).queryByTestId('request-message')).toBeNull();
    expect(within(detail).queryByTestId('request-prescription')).toBeNull();
    expect(within(detail).queryByRole('textbox', { name: 'Svar' })).toBeNull();
  });

  it('lets the doctor read a fornye-resept request and go to the legemiddelliste to renew', async () => {
    const { user } = renderRequests(FIXTURE_USERS.lege);
    await user.click(await screen.findByRole('checkbox', { name: 'Bare sendt til meg' }));
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    await user.click((await rows())[0]!);
    const detail = await screen.findByTestId('request-detail');
    expect(within(detail).getByTestId('request-message').textContent).toMatch(/blodtrykksmedisinen/);
    expect(within(detail).getByTestId('request-prescription').textContent).toMatch(/Atorvastatin Demo tab 20 mg/);
    await user.click(within(detail).getByRole('button', { name: 'Åpne legemiddellisten for å fornye' }));
    expect((await screen.findByTestId('where')).textContent).toBe(`/pasienter/${fixtureId(1)}/legemidler`);
  });

  it('works by keyboard: arrows and Enter open an SMS, a candidate is chosen, Alt+T opens the timebok', async () => {
    const { user, fake } = renderRequests(FIXTURE_USERS.sekretaer);
    (await rows())[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'SMS-timebestilling – ukjent avsender' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const panel = screen.getByTestId('sms-panel');
    expect(panel.textContent).toContain('03.05.1962 (skrevet 030562)');
    expect(panel.textContent).toContain('Kari Nordman');
    expect(within(panel).getByTestId('sms-reason').textContent).toMatch(/delvis/);

    await user.click(within(panel).getByRole('button', { name: 'Velg Kari Nordmann (03.05.1962)' }));
    await screen.findByRole('heading', { level: 2, name: 'SMS-timebestilling – Kari Nordmann' });
    expect(fake.calls.filter((c) => c.call === 'requests.match')).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Svar' })));
    await user.keyboard('{Alt>}t{/Alt}');
    expect((await screen.findByTestId('where')).textContent).toBe(`/timebok?pasient=${fixtureId(1)}`);
  });

  it('matches an SMS by hand through the patient search', async () => {
    const { user } = renderRequests(FIXTURE_USERS.sekretaer);
    await user.click((await rows())[2]!);
    await user.type(await screen.findByRole('textbox', { name: 'Finn pasienten' }), 'Ola');
    await user.click(await screen.findByRole('button', { name: /^Knytt til Ola Nordmann/ }));
    await screen.findByRole('heading', { level: 2, name: /SMS-timebestilling – Ola/ });
  });

  it('answers and closes with Alt+B and Ctrl+Enter, and asks for a text first', async () => {
    const { user, fake } = renderRequests(FIXTURE_USERS.sekretaer);
    await user.click((await rows())[0]!);
    await screen.findByTestId('request-detail');
    await user.keyboard('{Alt>}b{/Alt}');
    const field = screen.getByRole('textbox', { name: 'Svar' });
    expect(document.activeElement).toBe(field);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Skriv et svar')).toBeTruthy();
    expect(fake.calls.some((c) => c.call === 'requests.answer')).toBe(false);

    await user.type(field, 'Du har fått time tirsdag kl. 10.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const answer = await screen.findByTestId('request-answer');
    expect(answer.textContent).toContain('Du har fått time tirsdag kl. 10.');
    expect(answer.textContent).toContain('Siri Sekretær');
    expect(screen.queryByRole('textbox', { name: 'Svar' })).toBeNull();
    await waitFor(async () => expect(await rows()).toHaveLength(2));
  });

  it('confirms a booked appointment in the answer to a matched SMS', async () => {
    const { user, fake } = renderRequests(FIXTURE_USERS.sekretaer);
    await user.click((await rows())[2]!);
    await user.click(await screen.findByRole('button', { name: 'Velg Kari Nordmann (03.05.1962)' }));
    const choice = await screen.findByRole('combobox', { name: 'Time som bekreftes på SMS' });
    await waitFor(() => expect(within(choice).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(choice, '30000000-0000-4000-8000-000000000001');
    await user.type(screen.getByRole('textbox', { name: 'Svar' }), 'Booket hos Ola Lege');
    await user.click(screen.getByRole('button', { name: 'Send svar og lukk' }));
    await screen.findByTestId('request-answer');
    expect(fake.calls.find((c) => c.call === 'requests.answer')?.input).toEqual({
      requestId: '10000000-0000-4000-8000-000000000003',
      answer: 'Booket hos Ola Lege',
      appointmentId: '30000000-0000-4000-8000-000000000001',
    });
  });

  it('picks up a request that arrives while the page is open', async () => {
    const { fake, store } = renderRequests(FIXTURE_USERS.sekretaer);
    expect(await rows()).toHaveLength(3);
    const [extra] = fixtureRequests();
    store.requests.push({
      ...extra!,
      id: '10000000-0000-4000-8000-000000000009',
      subject: 'Vaksine',
      preview: 'Vaksine',
    });
    act(() => fake.emit('requests.changed', { requestId: '10000000-0000-4000-8000-000000000009' }));
    await waitFor(async () => expect(await rows()).toHaveLength(4));
  });
});
