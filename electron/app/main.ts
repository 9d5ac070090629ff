/**
 * The Electron entry point (bundled to dist/electron/main.mjs, an ES module: see scripts/build-electron.ts). Either runs an admin command (`--cli`) and exits,
 * or starts the one app instance: privileged app:// scheme, hardened windows, the backend and the IPC router.
 */
import { app, dialog, ipcMain, protocol, session, shell, type BrowserWindow } from 'electron';
import fs from 'node:fs/promises';
import { startBackend, type Backend } from '../backend';
import { registerIpc } from '../ipc/register-ipc';
import { createLogger } from '../logger';
import { APP_SCHEME, isAppUrl } from './app-origin';
import { preloadPath, rendererRoot, resolveDataDir } from './app-paths';
import { cliArguments, runCliMode } from './cli-mode';
import { runCli } from './cli-runner';
import { clinicOf, isDemoClinic } from './demo-clinic-check';
import { startDemoSimulators, type DemoSimulators } from './demo-simulators';
import { createMainWindow } from './main-window';
import { createRendererProtocolHandler } from './renderer-protocol-handler';
import { closeBeforeQuit } from './shutdown';
import { startupFailureDialog } from './startup-failure';
import { hardenSession, hardenWebContents } from './window-security';

// An ES module entry is evaluated before Electron emits 'ready', so the synchronous set-up below (scheme privileges,
// listeners) still runs in time. No top-level await of app.whenReady() here: that would never settle.
const logger = createLogger('info');

function runCliAndExit(args: string[]): void {
  app.dock?.hide();
  const io = {
    stdout: (text: string) => void process.stdout.write(text),
    stderr: (text: string) => void process.stderr.write(text),
  };
  runCliMode(args, runCli, io)
    .then((code) => app.exit(code))
    .catch(() => app.exit(2));
}

async function showStartupFailure(error: unknown, dataDir: string): Promise<void> {
  logger.error('start-up failed', { error: String(error) });
  const text = startupFailureDialog(error, dataDir);
  await dialog.showMessageBox({ type: 'error', buttons: ['Avslutt'], defaultId: 0, noLink: true, ...text });
}

function startApp(): void {
  // One running app per user: a second start focuses the first window instead of opening the database twice.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Before 'ready': Chromium fixes scheme privileges at start-up. Standard + secure give app:// an origin and a
  // secure context like https; corsEnabled stays off so no other origin can read from it.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.setAppUserModelId('no.allmenn.app');

  const securityDeps = { isAppUrl, shell, logger };
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, securityDeps));

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // A journal system quits with its last window on every platform, so the database is closed, not left open.
  app.on('window-all-closed', () => app.quit());

  const start = async (): Promise<void> => {
    const dataDir = resolveDataDir(process.env, app.getPath('userData'));
    const appPath = app.getAppPath();
    hardenSession(session.defaultSession, logger);
    protocol.handle(
      APP_SCHEME,
      createRendererProtocolHandler({ root: rendererRoot(appPath), readFile: (file) => fs.readFile(file), logger }),
    );

    // The demo clinic sends its messages to simulated national services of its own (utilityProcesses).
    let sims: DemoSimulators | undefined;
    if (isDemoClinic(await clinicOf(dataDir), process.env)) {
      sims = await startDemoSimulators({ appPath, dataDir, logger }).catch((error: unknown) => {
        logger.error('demo simulators did not start', { error: String(error) });
        return undefined;
      });
    }

    let backend: Backend;
    try {
      backend = await startBackend({
        dataDir,
        isTrustedUrl: isAppUrl,
        logger,
        ...(sims && {
          delivery: {
            reseptformidlerUrl: sims.reseptformidler.url,
            ...(sims.spesialist && { helsenettUrl: sims.spesialist.url }),
          },
          ...(sims.sms && { sms: { gatewayUrl: sims.sms.url } }),
        }),
      });
    } catch (error) {
      sims?.stop();
      await showStartupFailure(error, dataDir);
      app.exit(1);
      return;
    }
    const unregisterIpc = registerIpc(ipcMain, backend.router);
    closeBeforeQuit(
      app,
      async () => {
        unregisterIpc();
        await backend.close();
        sims?.stop();
      },
      logger,
    );

    mainWindow = createMainWindow({
      preload: preloadPath(appPath),
      devTools: !app.isPackaged,
      events: backend.events,
      logger,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logger.error('start-up crashed', { error: String(error) });
      dialog.showErrorBox('Allmenn kunne ikke starte', 'Det oppstod en uventet feil. Kontakt IT-ansvarlig.');
      app.exit(1);
    });
}

const cliArgs = cliArguments(process.argv);
if (cliArgs === null) startApp();
else runCliAndExit(cliArgs);
