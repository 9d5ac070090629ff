import { act, cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/src/ui/error-boundary';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('toasts', () => {
  it('shows a toast main pushes, in a live region', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
    renderApp(fake);
    await screen.findByRole('banner');

    act(() => fake.emit('toast', { variant: 'warning', message: 'Reseptformidleren svarer ikke. Prøver igjen.' }));

    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toContain('Reseptformidleren svarer ikke. Prøver igjen.');
  });

  it('keeps an error toast until it is closed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.lege });
      renderApp(fake);
      await screen.findByRole('banner');

      act(() => {
        fake.emit('toast', { variant: 'error', message: 'Meldingen kunne ikke sendes.' });
        fake.emit('toast', { variant: 'info', message: 'Synkronisert.' });
      });
      act(() => {
        vi.advanceTimersByTime(10_000);
      });

      const region = screen.getByRole('status');
      expect(region.textContent).toContain('Meldingen kunne ikke sendes.');
      expect(region.textContent).not.toContain('Synkronisert.');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('error boundary', () => {
  function Broken(): never {
    throw new Error('boom');
  }

  it('shows a Norwegian message and a reload button instead of a blank window', async () => {
    const reload = vi.fn();
    // React reports the caught error on the console; keep the test output clean.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <ErrorBoundary onReload={reload}>
          <Broken />
        </ErrorBoundary>,
      );
      expect(screen.getByRole('alert').textContent).toContain('Noe gikk galt');
      await userEvent.click(screen.getByRole('button', { name: 'Last inn på nytt' }));
      expect(reload).toHaveBeenCalledOnce();
    } finally {
      quiet.mockRestore();
    }
  });
});
