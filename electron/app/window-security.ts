/**
 * Guard: the security settings of every window. A window shows our own pages only, cannot open windows,
 * embed webviews or gain permissions, and links to the web go to the system browser through one checked path.
 */
import type { WebPreferences } from 'electron';
import type { Logger } from '../logger';
import { openExternalSafely, type ExternalOpener } from './external-links';

/** Options every BrowserWindow is created with; see https://www.electronjs.org/docs/latest/tutorial/security. */
export function secureWebPreferences(options: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Off: Chromium's spellchecker downloads dictionaries from Google, and journal text must not leave the PC.
    spellcheck: false,
    safeDialogs: true,
    devTools: options.devTools,
  };
}

/** The parts of Electron's webContents events that we use; Electron's objects satisfy these shapes. */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  url: string;
  isMainFrame: boolean;
}

export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

export interface WindowSecurityDeps {
  isAppUrl: (url: string) => boolean;
  shell: ExternalOpener;
  logger: Logger;
}

/** Only the origin goes to the log: a URL's path or query may carry something about a patient. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid-url';
  }
}

/**
 * Hardens one webContents. main.ts calls it from app's 'web-contents-created', so no webContents — window,
 * devtools or anything added later — escapes it.
 */
export function hardenWebContents(contents: WebContentsLike, deps: WindowSecurityDeps): void {
  // Electron emits will-frame-navigate first, for every frame, and skips will-navigate once it is cancelled
  // (shell/browser/electron_navigation_throttle.cc), so the link hand-off lives here, for the main frame only.
  contents.on('will-frame-navigate', (event) => {
    if (deps.isAppUrl(event.url)) return;
    event.preventDefault();
    deps.logger.warn('navigation blocked', { origin: originOf(event.url), mainFrame: event.isMainFrame });
    if (event.isMainFrame) openExternalSafely(deps.shell, event.url, deps.logger);
  });
  // Belt and braces should an Electron release stop emitting will-frame-navigate for some navigation.
  contents.on('will-navigate', (event) => {
    if (!deps.isAppUrl(event.url)) event.preventDefault();
  });
  // A redirect is never user intent: block it without opening anything.
  contents.on('will-redirect', (event) => {
    if (deps.isAppUrl(event.url)) return;
    event.preventDefault();
    deps.logger.warn('redirect blocked', { origin: originOf(event.url) });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.logger.warn('webview blocked');
  });
  // window.open and target=_blank: never a new Electron window; a web link goes to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(deps.shell, url, deps.logger);
    return { action: 'deny' };
  });
}

/**
 * Denies every permission (camera, microphone, notifications, geolocation, clipboard read, HID, ...). A feature
 * that needs one later gets an explicit, origin-checked exception here, not a blanket allow.
 */
export function hardenSession(session: SessionLike, logger: Logger): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    logger.warn('permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
