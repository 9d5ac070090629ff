/**
 * The only use of ipcMain: one handler on one channel, feeding the router. ipcMain is passed in so this file
 * never imports 'electron' and can be tested in plain Node.
 */
import { INVOKE_CHANNEL } from '../../shared/api/contract';
import type { Router } from './router';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export function registerIpc(ipcMain: IpcMainLike, router: Router): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, request) =>
    router(
      {
        id: event.sender.id,
        url: event.senderFrame?.url ?? '',
        isTopFrame: event.senderFrame !== null && event.senderFrame.parent === null,
      },
      request,
    ),
  );
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
