/**
 * Builds `window.allmenn` from the contract: one domain verb per call (`allmenn.auth.login(...)`), never a generic
 * invoke. Used by the Electron preload and by the end-to-end harness, so both expose exactly the same object.
 */
import type { Result } from './result';
import { ErrorCode } from './error-codes';
import {
  calls,
  isEventName,
  type CallInput,
  type CallName,
  type CallOutput,
  type EventName,
  type EventPayload,
} from './contract';

export interface InvokeRequest {
  call: string;
  input: unknown;
}

export interface EventMessage {
  name: string;
  payload: unknown;
}

/** What a host (Electron's ipcRenderer, or Playwright in tests) must provide. */
export interface ApiTransport {
  invoke(request: InvokeRequest): Promise<Result<unknown>>;
  listen(listener: (message: EventMessage) => void): void;
}

type CallFn<N extends CallName> = (input: CallInput<N>) => Promise<Result<CallOutput<N>>>;
type NamespaceOf<N> = N extends `${infer NS}.${string}` ? NS : never;
type VerbsOf<NS extends string> = {
  [N in CallName as N extends `${NS}.${infer V}` ? V : never]: CallFn<N>;
};

export interface EventsApi {
  /** Subscribes to one event by name; returns the function that unsubscribes. */
  on<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): () => void;
}

export type AllmennApi = { [NS in NamespaceOf<CallName>]: VerbsOf<NS> } & { events: EventsApi };

export function createAllmennApi(transport: ApiTransport): AllmennApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  transport.listen((message) => {
    if (!isEventName(message.name)) return;
    for (const handler of listeners.get(message.name) ?? []) handler(message.payload);
  });

  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of Object.keys(calls)) {
    const [ns, verb] = name.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][verb] = async (input: unknown) => {
      try {
        return await transport.invoke({ call: name, input: input ?? {} });
      } catch {
        return {
          ok: false,
          error: { code: ErrorCode.internal, message: 'Kontakten med programmets kjerne ble brutt. Prøv igjen.' },
        };
      }
    };
  }

  const eventsApi: EventsApi = {
    on(name, handler) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const wrapped = handler as (payload: unknown) => void;
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
  };

  return Object.freeze({ ...api, events: eventsApi }) as unknown as AllmennApi;
}
