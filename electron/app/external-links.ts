/**
 * Guard: the one way a link leaves the app for the system browser. Only plain https URLs pass, parsed with the
 * URL parser (never string prefixes); everything else — http, file, javascript, custom schemes — is dropped.
 */
import type { Logger } from '../logger';

/** What we need of Electron's `shell`; passed in so this runs in plain Node tests. */
export interface ExternalOpener {
  openExternal(url: string): Promise<void>;
}

/** Windows' ShellExecute truncates or rejects longer command lines; nothing legitimate is this long. */
const MAX_URL_LENGTH = 2048;

/**
 * The written form must already be `https://host...`: the parser would otherwise turn `https:///host`,
 * `https:\\host` or `https:host` into a URL with a different host than a reader of the link expects.
 */
const PLAIN_HTTPS_PREFIX = /^https:\/\/[^/\\]/i;

export function isSafeExternalUrl(url: string): boolean {
  if (url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  // The URL parser silently strips tabs and newlines and trims spaces; a URL that needs that was not typed by us.
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return false;
  }
  if (!PLAIN_HTTPS_PREFIX.test(url) || url.includes('\\')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  // `https://trusted.no@evil.example/` reads as trusted.no to a person; refuse credentials outright.
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}

/**
 * Opens `url` in the system browser if it is safe; returns whether it was handed over. Only the origin is logged:
 * a query string may carry something about a patient.
 */
export function openExternalSafely(opener: ExternalOpener, url: string, logger: Logger): boolean {
  if (!isSafeExternalUrl(url)) {
    logger.warn('external link refused', { scheme: url.split(':', 1)[0]?.slice(0, 20) ?? '' });
    return false;
  }
  const href = new URL(url).href;
  opener.openExternal(href).catch((error: unknown) => {
    logger.warn('external link could not be opened', { origin: new URL(href).origin, error: String(error) });
  });
  return true;
}
