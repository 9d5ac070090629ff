/**
 * main.ts wired against a stand-in 'electron' and the real backend on a temporary data folder: the order of
 * start-up, the hardening applied, IPC and events, the refusal of a newer database, --cli and shutdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openClinicDatabase } from '../../electron/backend';
import type { CliRunner } from '../../electron/app/cli-mode';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/content-security-policy';
import { lockFile } from '../../db/paths';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/contract';
import { ErrorCode } from '../../shared/api/error-codes';
import { demoSetup } from '../support/backend';
import { useTempDir } from '../support/temp-dir';
import { FakeElectron, FakeWebContents } from './fake-electron';

const current = vi.hoisted(() => ({
  electron: null as FakeElectron | null,
  cli: { calls: [] as string[][], exitCode: 0 },
}));

vi.mock('electron', async () => {
  const { delegatingElectronModule } = await import('./fake-electron');
  return delegatingElectronModule(() => current.electron);
});

vi.mock('../../electron/app/cli-runner', () => ({
  runCli: ((argv) => {
    current.cli.calls.push(argv);
    return Promise.resolve(current.cli.exitCode);
  }) satisfies CliRunner,
}));

describe('Electron main process', () => {
  const tempDir = useTempDir('allmenn-main-');
  const savedArgv = process.argv;
  const savedDataDir = process.env.ALLMENN_DATA_DIR;
  let fake: FakeElectron;
  let userData: string;
  let appPath: string;

  beforeEach(() => {
    vi.resetModules();
    delete process.env.ALLMENN_DATA_DIR;
    process.argv = ['/opt/Allmenn/allmenn'];
    userData = tempDir();
    appPath = tempDir();
    fs.mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Allmenn</title>');
    fake = new FakeElectron({ userData, appPath });
    current.electron = fake;
    current.cli = { calls: [], exitCode: 0 };
  });

  afterEach(async () => {
    // Close a running backend the way Electron would, so the temp folder can go.
    for (const listener of fake.app.listeners.get('will-quit') ?? []) listener({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(fs.existsSync(lockFile(userData))).toBe(false));
    process.argv = savedArgv;
    if (savedDataDir === undefined) delete process.env.ALLMENN_DATA_DIR;
    else process.env.ALLMENN_DATA_DIR = savedDataDir;
  });

  async function startMain(): Promise<void> {
    await import('../../electron/app/main');
  }

  it('registers app:// as privileged before ready, then serves the renderer with the CSP', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.log.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.log.indexOf('whenReady'));
    expect(fake.log.indexOf('protocol.handle app')).toBeLessThan(fake.log.indexOf(`ipcMain.handle ${INVOKE_CHANNEL}`));

    const handler = fake.protocolHandlers.get('app');
    const page = await handler?.(new Request('app://allmenn/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler?.(new Request('app://allmenn/%2e%2e/allmenn.sqlite')))?.status).toBe(404);
  });

  it('opens one hardened window on the app page with the bundled preload', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const [window] = fake.windows;
    expect(window?.loaded).toEqual(['app://allmenn/index.html']);
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('hardens every webContents Electron creates and denies every permission', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const contents = new FakeWebContents(999);
    fake.app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit('will-frame-navigate', {
      url: 'https://www.helsenorge.no/',
      isMainFrame: true,
      preventDefault: () => void (prevented = true),
    });
    expect(prevented).toBe(true);
    expect(fake.opened).toEqual(['https://www.helsenorge.no/']);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });

    const answers: boolean[] = [];
    fake.permissionRequest?.({}, 'media', (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(fake.permissionCheck?.({}, 'notifications')).toBe(false);
  });

  it("answers IPC from the app page only, and pushes events to the sender's window", async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const window = fake.windows[0];
    const id = window?.webContents.id ?? -1;

    expect(await fake.invoke(id, 'https://evil.example/', { call: 'setup.status', input: {} })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.untrustedSender },
    });
    const page = 'app://allmenn/index.html';
    expect(await fake.invoke(id, page, { call: 'setup.createClinic', input: demoSetup })).toMatchObject({ ok: true });
    expect(await fake.invoke(id, page, { call: 'auth.logout', input: {} })).toMatchObject({ ok: true });
    expect(window?.webContents.sent).toEqual([
      { channel: EVENT_CHANNEL, message: { name: 'session.ended', payload: { reason: 'logout' } } },
    ]);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    fake.app.emit('second-instance');
    expect(fake.windows[0]?.focused).toBe(1);
  });

  it('closes the backend, releasing the data-folder lock, before the app quits', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(fs.existsSync(lockFile(userData))).toBe(true);
    let prevented = false;
    for (const listener of fake.app.listeners.get('will-quit') ?? []) {
      listener({ preventDefault: () => void (prevented = true) });
    }
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(fake.quits).toBe(1));
    expect(fs.existsSync(lockFile(userData))).toBe(false);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('refuses a database from a newer app with a Norwegian dialog, opens no window, and quits', async () => {
    const { conn } = await openClinicDatabase(userData, new Date());
    conn.sqlite.exec("INSERT INTO kysely_migration VALUES ('9999-from-the-future', '2030-01-01T00:00:00Z')");
    await conn.close();

    await startMain();
    await vi.waitFor(() => expect(fake.exits).toEqual([1]));
    expect(fake.dialogs).toHaveLength(1);
    expect(fake.dialogs[0]).toMatchObject({
      type: 'error',
      buttons: ['Avslutt'],
      message: 'Journaldatabasen er laget av en nyere versjon av Allmenn.',
    });
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('leaves to the first instance when it already runs', async () => {
    fake = new FakeElectron({ userData, appPath: tempDir(), singleInstance: false });
    current.electron = fake;
    await startMain();
    expect(fake.quits).toBe(1);
    expect(fake.log).not.toContain('whenReady');
  });

  it('runs --cli before any lock or window and exits with its code', async () => {
    process.argv = ['/opt/Allmenn/allmenn', '--cli', 'backup', '--data-dir', userData, '--to', '/mnt/usb'];
    current.cli.exitCode = 4;
    await startMain();
    await vi.waitFor(() => expect(fake.exits).toEqual([4]));
    expect(current.cli.calls).toEqual([['backup', '--data-dir', userData, '--to', '/mnt/usb']]);
    expect(fake.log).not.toContain('requestSingleInstanceLock');
    expect(fake.log).not.toContain('whenReady');
    expect(fake.windows).toHaveLength(0);
  });
});
