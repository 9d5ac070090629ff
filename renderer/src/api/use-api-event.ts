import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../../shared/api/contract';
import { useApi } from './api-context';

/** Subscribes to an event main pushes, for as long as the component is mounted. */
export function useApiEvent<E extends EventName>(name: E, handler: (payload: EventPayload<E>) => void): void {
  const api = useApi();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => api.events.on(name, (payload) => latest.current(payload)), [api, name]);
}
