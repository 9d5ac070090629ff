import { Provider } from '@navikt/ds-react';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { createQueryClient } from '../../renderer/src/api/query-client';
import { SmsConsentSection } from '../../renderer/src/features/requests/sms-consent.section';
import { SmsSettingsPanel } from '../../renderer/src/features/requests/sms-settings.panel';
import { ShortcutsProvider } from '../../renderer/src/ui/shortcuts/shortcuts-context';
import { createFakeAllmenn, FIXTURE_USERS, type FakeUser } from './support/fake-allmenn';
import { fixtureId } from './support/fake-patient-fixtures';
import { addFakeRequests } from './support/fake-requests';

afterEach(cleanup);

function renderWith(as: FakeUser, ui: ReactNode) {
  const fake = createFakeAllmenn({ loggedInAs: as });
  const store = addFakeRequests(fake);
  const user = userEvent.setup();
  render(
    <Provider>
      <ApiProvider api={fake.api}>
        <QueryClientProvider client={createQueryClient()}>
          <ShortcutsProvider>
            <MemoryRouter>{ui}</MemoryRouter>
          </ShortcutsProvider>
        </QueryClientProvider>
      </ApiProvider>
    </Provider>,
  );
  return { fake, store, user };
}

describe('SMS-oppsett', () => {
  it('lets reception set the keyword and the place, checked by the same schema as main', async () => {
    const { user, store } = renderWith(FIXTURE_USERS.sekretaer, <SmsSettingsPanel canEdit />);
    await user.click(await screen.findByRole('button', { expanded: false }));
    const keyword = await screen.findByRole('textbox', { name: 'Nøkkelord for SMS-timebestilling' });
    await user.clear(keyword);
    await user.type(keyword, 'to ord');
    await user.click(screen.getByRole('button', { name: 'Lagre SMS-oppsett' }));
    expect(await screen.findByText('Nøkkelordet er ett ord uten mellomrom')).toBeTruthy();
    await user.clear(keyword);
    await user.type(keyword, 'førde');
    await user.type(screen.getByRole('textbox', { name: 'Sted i påminnelser' }), 'Storgata 1');
    await user.click(screen.getByRole('button', { name: 'Lagre SMS-oppsett' }));
    await screen.findByText('Lagret.');
    expect(store.settings).toEqual({ keyword: 'FØRDE', place: 'Storgata 1' });
  });

  it('shows the set-up read-only to a doctor', async () => {
    const { user } = renderWith(FIXTURE_USERS.lege, <SmsSettingsPanel canEdit={false} />);
    await user.click(await screen.findByRole('button', { expanded: false }));
    await screen.findByRole('textbox', { name: 'Nøkkelord for SMS-timebestilling' });
    expect(screen.queryByRole('button', { name: 'Lagre SMS-oppsett' })).toBeNull();
  });
});

describe('SMS-samtykke', () => {
  it('shows the register’s consent until a record is saved, and saves a withdrawal', async () => {
    const { user, store } = renderWith(FIXTURE_USERS.sekretaer, <SmsConsentSection patientId={fixtureId(1)} />);
    const box = await screen.findByRole('checkbox', { name: /påminnelse på SMS/ });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Følger SMS-samtykket i pasientregisteret/)).toBeTruthy();
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Lagre SMS-samtykke' }));
    await waitFor(() => expect(store.consents[fixtureId(1)]?.smsReminders).toBe(false));
    await waitFor(() => expect(screen.queryByText(/Følger SMS-samtykket i pasientregisteret/)).toBeNull());
  });

  it('asks for a mobile number when consenting without one', async () => {
    const { user, store } = renderWith(FIXTURE_USERS.sekretaer, <SmsConsentSection patientId={fixtureId(2)} />);
    store.consents[fixtureId(2)] = {
      patientId: fixtureId(2),
      smsReminders: false,
      phone: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
      source: 'record',
    };
    const box = await screen.findByRole('checkbox', { name: /påminnelse på SMS/ });
    await user.clear(screen.getByRole('textbox', { name: 'Mobilnummer for SMS' }));
    if (!(box as HTMLInputElement).checked) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Lagre SMS-samtykke' }));
    expect(await screen.findByText('Skriv et mobilnummer')).toBeTruthy();
  });
});
