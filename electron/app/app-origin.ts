/**
 * Where our own pages live. Every trust decision (IPC sender, navigation) compares against this one origin,
 * so a page from anywhere else — a link, a redirect, an injected frame — is never mistaken for the app.
 */

/** The privileged scheme that serves the built renderer; see registerSchemesAsPrivileged in main.ts. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'allmenn';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for a URL on our origin. A prefix check including the slash after the host is exact here: Chromium hands
 * us canonical URLs, and `app://allmenn.evil/`, `app://allmenn@evil/` or `app://allmenn:1/` do not match it.
 */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}
