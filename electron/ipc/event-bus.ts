/** Pushes contract events to windows. A sink is Electron's webContents.send in the app, Playwright in tests. */
import { isEventName, type EventName, type EventPayload } from '../../shared/api/contract';
import type { EventMessage } from '../../shared/api/client';

export type EventSink = (message: EventMessage) => void;

export class EventBus {
  private readonly sinks = new Map<number, EventSink>();

  attach(senderId: number, sink: EventSink): () => void {
    this.sinks.set(senderId, sink);
    return () => this.sinks.delete(senderId);
  }

  emit<E extends EventName>(target: number | 'all', name: E, payload: EventPayload<E>): void {
    if (!isEventName(name)) return;
    const message: EventMessage = { name, payload };
    if (target === 'all') for (const sink of this.sinks.values()) sink(message);
    else this.sinks.get(target)?.(message);
  }
}
