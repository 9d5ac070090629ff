import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/app/app-origin';
import {
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
  type NavigationEvent,
  type PreventableEvent,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/app/window-security';
import { silentLogger } from '../../electron/logger';

type Listener = (event: NavigationEvent & PreventableEvent) => void;

/** A stand-in for Electron's webContents: records listeners and lets the test fire them. */
class FakeWebContents implements WebContentsLike {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires `name` like Electron does and reports whether a listener called preventDefault. */
  fire(name: string, url = '', isMainFrame = true): boolean {
    let prevented = false;
    const event = { url, isMainFrame, preventDefault: () => void (prevented = true) };
    for (const listener of this.listeners.get(name) ?? []) listener(event);
    return prevented;
  }
}

function hardened() {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  const shell = { openExternal: (url: string) => (opened.push(url), Promise.resolve()) };
  hardenWebContents(contents, { isAppUrl, shell, logger: silentLogger });
  return { contents, opened };
}

describe('window security', () => {
  it('creates windows isolated, sandboxed and without Node, webviews or spellcheck', () => {
    expect(secureWebPreferences({ preload: '/app/preload.cjs', devTools: false })).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('lets the window navigate within the app', () => {
    const { contents, opened } = hardened();
    expect(contents.fire('will-frame-navigate', 'app://allmenn/index.html')).toBe(false);
    expect(contents.fire('will-navigate', 'app://allmenn/index.html')).toBe(false);
    expect(contents.fire('will-redirect', 'app://allmenn/index.html')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('blocks navigation to a foreign page and opens a web link in the system browser instead', () => {
    const { contents, opened } = hardened();
    expect(contents.fire('will-frame-navigate', 'https://www.helsenorge.no/')).toBe(true);
    expect(contents.fire('will-navigate', 'https://www.helsenorge.no/')).toBe(true);
    expect(opened).toEqual(['https://www.helsenorge.no/']);
  });

  it('blocks navigation to a local file or look-alike origin without opening anything', () => {
    const { contents, opened } = hardened();
    for (const url of ['file:///etc/passwd', 'app://allmenn.evil/index.html', 'http://127.0.0.1:3000/']) {
      expect(contents.fire('will-frame-navigate', url)).toBe(true);
      expect(contents.fire('will-navigate', url)).toBe(true);
    }
    expect(opened).toEqual([]);
  });

  it('blocks a subframe leaving the app without opening the browser for it', () => {
    const { contents, opened } = hardened();
    expect(contents.fire('will-frame-navigate', 'https://reklame.example/', false)).toBe(true);
    expect(opened).toEqual([]);
  });

  it('blocks redirects away from the app and never opens them', () => {
    const { contents, opened } = hardened();
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(opened).toEqual([]);
  });

  it('denies window.open, handing only safe web links to the system browser', () => {
    const { contents, opened } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://www.felleskatalogen.no/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://allmenn/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({
      action: 'deny',
    });
    expect(opened).toEqual(['https://www.felleskatalogen.no/']);
  });

  it('prevents attaching a webview', () => {
    const { contents } = hardened();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every permission request and check', () => {
    const installed: {
      request?: Parameters<SessionLike['setPermissionRequestHandler']>[0];
      check?: Parameters<SessionLike['setPermissionCheckHandler']>[0];
    } = {};
    hardenSession(
      {
        setPermissionRequestHandler: (handler) => void (installed.request = handler),
        setPermissionCheckHandler: (handler) => void (installed.check = handler),
      },
      silentLogger,
    );
    const { request, check } = installed;
    if (!request || !check) throw new Error('permission handlers were not installed');

    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'hid', 'openExternal']) {
      const answers: boolean[] = [];
      request({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(check({}, permission)).toBe(false);
    }
  });
});
