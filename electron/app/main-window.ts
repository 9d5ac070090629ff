/** The main window: created with the secure preferences, wired to the backend's events, shown when painted. */
import { BrowserWindow } from 'electron';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../logger';
import { EVENT_CHANNEL } from '../../shared/api/contract';
import { APP_ENTRY_URL } from './app-origin';
import { secureWebPreferences } from './window-security';

export interface MainWindowOptions {
  preload: string;
  devTools: boolean;
  events: EventBus;
  logger: Logger;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Allmenn',
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({ preload: options.preload, devTools: options.devTools }),
  });
  const contents = window.webContents;

  // Events for this window go to its own webContents; the id is what the router keys sessions on too.
  const detach = options.events.attach(contents.id, (message) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, message);
  });
  contents.once('destroyed', detach);

  window.once('ready-to-show', () => window.show());
  // Without this a missing or broken renderer build leaves an invisible window and an app that seems hung.
  contents.on('did-fail-load', (_event, errorCode, errorDescription) => {
    options.logger.error('main window failed to load', { errorCode, errorDescription });
    if (!window.isVisible()) window.show();
  });
  contents.on('render-process-gone', (_event, details) => {
    options.logger.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
  });

  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    options.logger.error('main window load rejected', { error: String(error) });
  });
  return window;
}
