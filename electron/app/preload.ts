/**
 * Boundary: the only object the renderer's world receives is `window.allmenn`, built from the shared contract.
 * No ipcRenderer, no channel names, no Node: one domain verb per declared call and a typed event subscription.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createAllmennApi, type AllmennApi, type EventMessage } from '../../shared/api/client';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}

const api = createAllmennApi({
  invoke: (request) => ipcRenderer.invoke(INVOKE_CHANNEL, request) as Promise<Result<unknown>>,
  listen: (listener) => {
    // The IpcRendererEvent stays here: it carries `sender`, which must never reach the page.
    ipcRenderer.on(EVENT_CHANNEL, (_event, message: unknown) => {
      if (isEventMessage(message)) listener({ name: message.name, payload: message.payload });
    });
  },
});

contextBridge.exposeInMainWorld('allmenn', api satisfies AllmennApi);
