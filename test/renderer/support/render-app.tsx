import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../../../renderer/src/app/app';
import type { FakeAllmenn } from './fake-allmenn';

/** The whole renderer against a fake, in a memory router (the app itself uses a hash router). */
export function renderApp(fake: FakeAllmenn, route = '/') {
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[route]}>
      <App api={fake.api} />
    </MemoryRouter>,
  );
  return { user, ...view };
}

/** Waits for the logged-in frame; returns its main region. */
export async function findAppFrame(): Promise<HTMLElement> {
  return screen.findByRole('main');
}
