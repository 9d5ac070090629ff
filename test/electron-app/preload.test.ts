/**
 * The preload against a stand-in 'electron' module: it exposes exactly `window.allmenn`, calls go out on the
 * invoke channel as domain requests, and events arrive without Electron's event object.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AllmennApi } from '../../shared/api/client';
import { EVENT_CHANNEL, INVOKE_CHANNEL, calls } from '../../shared/api/contract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; request: unknown }[],
  listeners: new Map<string, (event: unknown, message: unknown) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: (channel: string, request: unknown) => {
      electron.invoked.push({ channel, request });
      return Promise.resolve({ ok: true, value: { configured: false } });
    },
    on: (channel: string, listener: (event: unknown, message: unknown) => void) => {
      electron.listeners.set(channel, listener);
    },
  },
}));

describe('preload', () => {
  let api: AllmennApi;
  beforeAll(async () => {
    await import('../../electron/app/preload');
    api = electron.exposed.get('allmenn') as AllmennApi;
  });

  it('exposes one object, `allmenn`, with a namespace per contract area and the event subscription', () => {
    expect([...electron.exposed.keys()]).toEqual(['allmenn']);
    const namespaces = new Set(Object.keys(calls).map((name) => name.split('.')[0]));
    expect(new Set(Object.keys(api))).toEqual(new Set([...namespaces, 'events']));
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/invoke|send|ipc|require|process/i);
  });

  it('sends a call as a domain request on the invoke channel and returns the result envelope', async () => {
    const result = await api.setup.status({});
    expect(electron.invoked).toEqual([{ channel: INVOKE_CHANNEL, request: { call: 'setup.status', input: {} } }]);
    expect(result).toEqual({ ok: true, value: { configured: false } });
  });

  it('delivers events by name with their payload only, and ignores malformed messages', () => {
    const received: unknown[] = [];
    const off = api.events.on('toast', (payload) => received.push(payload));
    const deliver = electron.listeners.get(EVENT_CHANNEL);
    const ipcEvent = { sender: { send: () => undefined } };
    deliver?.(ipcEvent, { name: 'toast', payload: { variant: 'info', message: 'Lagret' } });
    deliver?.(ipcEvent, 'garbage');
    deliver?.(ipcEvent, { name: 'not-an-event', payload: 1 });
    off();
    deliver?.(ipcEvent, { name: 'toast', payload: { variant: 'info', message: 'Etter avmelding' } });
    expect(received).toEqual([{ variant: 'info', message: 'Lagret' }]);
  });
});
