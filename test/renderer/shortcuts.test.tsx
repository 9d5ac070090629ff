import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchesCombo, parseCombo, type KeyEventLike } from '../../renderer/src/ui/shortcuts/key-combo';
import { ShortcutRegistry } from '../../renderer/src/ui/shortcuts/shortcut-registry';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function key(overrides: Partial<KeyEventLike>): KeyEventLike {
  return { key: '', code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...overrides };
}

describe('key combinations', () => {
  it('match Alt+digit on the physical key, whatever character the layout makes of it', () => {
    // macOS: Option+1 types '¡'.
    expect(matchesCombo(parseCombo('Alt+1'), key({ key: '¡', code: 'Digit1', altKey: true }))).toBe(true);
    expect(matchesCombo(parseCombo('Alt+1'), key({ key: '1', code: 'Digit1' }))).toBe(false);
    expect(matchesCombo(parseCombo('Alt+1'), key({ key: '1', code: 'Digit1', altKey: true, ctrlKey: true }))).toBe(
      false,
    );
  });

  it("match '?' however many modifiers the layout needs to type it", () => {
    // Norwegian layout: Shift + the key right of 0.
    expect(matchesCombo(parseCombo('?'), key({ key: '?', code: 'Minus', shiftKey: true }))).toBe(true);
    expect(matchesCombo(parseCombo('?'), key({ key: '+', code: 'Minus' }))).toBe(false);
  });

  it('match Ctrl+Shift+letter only with exactly those modifiers', () => {
    expect(
      matchesCombo(parseCombo('Ctrl+Shift+L'), key({ key: 'L', code: 'KeyL', ctrlKey: true, shiftKey: true })),
    ).toBe(true);
    expect(matchesCombo(parseCombo('Ctrl+Shift+L'), key({ key: 'l', code: 'KeyL', ctrlKey: true }))).toBe(false);
  });

  it('refuse a malformed combination at registration', () => {
    expect(() => parseCombo('Hyper+X')).toThrow();
  });
});

describe('shortcut registry', () => {
  const input = () => document.createElement('input');

  it('leaves typed characters to a text field but still runs F-keys and modified combinations there', () => {
    const registry = new ShortcutRegistry();
    const help = vi.fn();
    const home = vi.fn();
    registry.register({ id: 'help', keys: ['F1', '?'], description: 'Hjelp', group: 'Generelt', run: help });
    registry.register({ id: 'home', keys: ['Alt+1'], description: 'Hjem', group: 'Navigasjon', run: home });
    const event = (k: Partial<KeyEventLike>, target: EventTarget | null) => ({
      ...key(k),
      target,
      repeat: false,
      defaultPrevented: false,
    });

    expect(registry.handle(event({ key: '?', shiftKey: true }, input()))).toBe(false);
    expect(registry.handle(event({ key: 'F1' }, input()))).toBe(true);
    expect(registry.handle(event({ key: '1', code: 'Digit1', altKey: true }, input()))).toBe(true);
    expect(registry.handle(event({ key: '?', shiftKey: true }, document.body))).toBe(true);
    expect(help).toHaveBeenCalledTimes(2);
    expect(home).toHaveBeenCalledTimes(1);
  });

  it('lets the latest registration of a key win, and gives the key back when it unregisters', () => {
    const registry = new ShortcutRegistry();
    const first = vi.fn();
    const second = vi.fn();
    registry.register({ id: 'a', keys: ['F2'], description: 'A', group: 'G', run: first });
    const unregister = registry.register({ id: 'b', keys: ['F2'], description: 'B', group: 'G', run: second });
    const f2 = { ...key({ key: 'F2' }), target: null, repeat: false, defaultPrevented: false };

    registry.handle(f2);
    unregister();
    registry.handle(f2);

    expect(second).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(1);
    expect(registry.list().map((s) => s.id)).toEqual(['a']);
  });
});

describe('shortcuts in the app', () => {
  it('F1 opens the help overlay, which lists the registered shortcuts', async () => {
    const { user } = renderApp(createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin }));
    await screen.findByRole('banner');

    await user.keyboard('{F1}');

    const dialog = await screen.findByRole('dialog', { name: 'Hurtigtaster' });
    for (const description of [
      'Vis eller skjul hurtigtastene',
      'Logg ut',
      'Gå til Pasienter',
      'Gå til Timebok',
      'Gå til Venterom',
      'Gå til Administrasjon',
    ]) {
      expect(within(dialog).getByText(description)).toBeTruthy();
    }
    // Innboks and Henvisninger are clinical rooms: an administrator has no shortcut to them.
    expect(within(dialog).queryByText('Gå til Innboks')).toBeNull();
    const logoutRow = within(dialog).getByText('Logg ut').closest('tr');
    expect(logoutRow?.textContent).toContain('Ctrl+Shift+L');
  });

  it('steps aside when another shortcut runs behind it', async () => {
    const { user } = renderApp(createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin }));
    await screen.findByRole('banner');
    await user.keyboard('{F1}');
    await screen.findByRole('dialog', { name: 'Hurtigtaster' });

    await user.keyboard('{Alt>}2{/Alt}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Timebok' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Hurtigtaster' })).toBeNull());
  });

  it('? opens the help overlay, but types a question mark inside a text field', async () => {
    const { user } = renderApp(createFakeAllmenn());
    const username = await screen.findByLabelText<HTMLInputElement>('Brukernavn');

    await user.type(username, 'hva?');
    expect(username.value).toBe('hva?');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('heading', { name: 'Logg inn' }));
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Hurtigtaster' })).toBeTruthy();
  });

  it('Alt+digit moves between the rooms the role has and focus lands on the room', async () => {
    const { user } = renderApp(createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin }));
    await screen.findByRole('banner');

    for (const [digit, room] of [
      ['2', 'Timebok'],
      ['3', 'Venterom'],
      ['7', 'Administrasjon'],
      ['1', 'Pasienter'],
    ] as const) {
      await user.keyboard(`{Alt>}${digit}{/Alt}`);
      const heading = await screen.findByRole('heading', { level: 1, name: room });
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(screen.getByRole('link', { name: new RegExp(room) }).getAttribute('aria-current')).toBe('page');
    }
  });
});
