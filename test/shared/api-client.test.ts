import { describe, expect, it } from 'vitest';
import { createAllmennApi, type EventMessage, type InvokeRequest } from '../../shared/api/client';
import { calls } from '../../shared/api/contract';
import { ErrorCode } from '../../shared/api/error-codes';

function fakeTransport() {
  const sent: InvokeRequest[] = [];
  let deliver: (m: EventMessage) => void = () => undefined;
  return {
    sent,
    emit: (m: EventMessage) => deliver(m),
    transport: {
      invoke: (request: InvokeRequest) => {
        sent.push(request);
        return Promise.resolve({ ok: true as const, value: request.call });
      },
      listen: (listener: (m: EventMessage) => void) => {
        deliver = listener;
      },
    },
  };
}

describe('window.allmenn built from the contract', () => {
  it('exposes one domain verb per call and nothing generic', () => {
    const api = createAllmennApi(fakeTransport().transport) as unknown as Record<string, Record<string, unknown>>;
    const verbs = Object.entries(api)
      .filter(([ns]) => ns !== 'events')
      .flatMap(([ns, v]) => Object.keys(v).map((verb) => `${ns}.${verb}`))
      .sort();
    expect(verbs).toEqual(Object.keys(calls).sort());
    expect(api).not.toHaveProperty('invoke');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends the call name with its input', async () => {
    const fake = fakeTransport();
    const api = createAllmennApi(fake.transport);
    expect(await api.auth.login({ username: 'a', password: 'b' })).toEqual({ ok: true, value: 'auth.login' });
    expect(fake.sent).toEqual([{ call: 'auth.login', input: { username: 'a', password: 'b' } }]);
  });

  it('turns a broken transport into a Norwegian failure, not a thrown error', async () => {
    const api = createAllmennApi({ invoke: () => Promise.reject(new Error('ipc gone')), listen: () => undefined });
    expect(await api.setup.status({})).toMatchObject({ ok: false, error: { code: ErrorCode.internal } });
  });

  it('delivers declared events to subscribers until they unsubscribe, and drops undeclared ones', () => {
    const fake = fakeTransport();
    const api = createAllmennApi(fake.transport);
    const seen: unknown[] = [];
    const off = api.events.on('toast', (p) => seen.push(p));
    fake.emit({ name: 'toast', payload: { variant: 'info', message: 'Hei' } });
    fake.emit({ name: 'not-an-event', payload: 1 });
    off();
    fake.emit({ name: 'toast', payload: { variant: 'info', message: 'Borte' } });
    expect(seen).toEqual([{ variant: 'info', message: 'Hei' }]);
  });
});
