import { afterEach, describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/app/app-origin';
import { startBackend, type Backend } from '../../electron/backend';
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../electron/ipc/register-ipc';
import { INVOKE_CHANNEL } from '../../shared/api/contract';
import { ErrorCode } from '../../shared/api/error-codes';
import { useTempDir } from '../support/temp-dir';

type Handler = Parameters<IpcMainLike['handle']>[1];

/** A stand-in for Electron's ipcMain: one handler per channel, invoked as a window's message would be. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();

  handle(channel: string, listener: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  invoke(channel: string, event: IpcEventLike, request: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, request);
  }
}

const topFrame = (url: string): IpcEventLike => ({ sender: { id: 1 }, senderFrame: { url, parent: null } });

describe('IPC as wired in main: only our own top frame is answered', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function wired(): Promise<FakeIpcMain> {
    // The same trust function main.ts passes to the backend.
    backend = await startBackend({ dataDir: tempDir(), isTrustedUrl: isAppUrl, workstation: 'test-pc' });
    const ipcMain = new FakeIpcMain();
    registerIpc(ipcMain, backend.router);
    expect([...ipcMain.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    return ipcMain;
  }

  const request = { call: 'setup.status', input: {} };
  const untrusted = { ok: false, error: { code: ErrorCode.untrustedSender } };

  it('answers the app page', async () => {
    const ipcMain = await wired();
    const result = await ipcMain.invoke(INVOKE_CHANNEL, topFrame('app://allmenn/index.html'), request);
    expect(result).toMatchObject({ ok: true });
  });

  it.each([
    'https://evil.example/',
    'app://allmenn.evil/index.html',
    'app://other/index.html',
    'file:///C:/Users/lege/Downloads/side.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    '',
  ])('refuses a top frame on %s', async (url) => {
    const ipcMain = await wired();
    expect(await ipcMain.invoke(INVOKE_CHANNEL, topFrame(url), request)).toMatchObject(untrusted);
  });

  it('refuses a subframe, even one on our own origin', async () => {
    const ipcMain = await wired();
    const event: IpcEventLike = {
      sender: { id: 1 },
      senderFrame: { url: 'app://allmenn/index.html', parent: { url: 'app://allmenn/index.html' } },
    };
    expect(await ipcMain.invoke(INVOKE_CHANNEL, event, request)).toMatchObject(untrusted);
  });

  it('refuses a message whose frame is already gone', async () => {
    const ipcMain = await wired();
    const event: IpcEventLike = { sender: { id: 1 }, senderFrame: null };
    expect(await ipcMain.invoke(INVOKE_CHANNEL, event, request)).toMatchObject(untrusted);
  });
});
