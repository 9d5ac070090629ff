/**
 * Guard: maps an app:// request URL to a file strictly inside the built renderer folder, or refuses it.
 * Anything unusual is refused rather than normalised: the renderer only ever asks for plain asset paths.
 */
import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** The subset of node:path used here, so tests can run the Windows rules on any machine (path.win32). */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'sep'>;

const ENTRY_FILE = 'index.html';

/**
 * Percent-encodings of '.', '/', '\' and NUL. Chromium already collapses dot segments, so an encoded one reaching
 * us was written to slip past a decoder; no file the renderer ships needs them.
 */
const ENCODED_SEPARATOR_OR_DOT = /%(2e|2f|5c|00)/i;

/** A literal `.` or `..` segment; Chromium removes these, so one reaching us was crafted. */
const DOT_SEGMENT = /\/\.{1,2}(?:[/?#]|$)/;

/** A colon (Windows drive `C:` or stream `file:stream`), or a control character, including NUL. */
function hasUnsafeChar(segment: string): boolean {
  for (let i = 0; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || segment[i] === ':') return true;
  }
  return false;
}

/**
 * Returns the absolute file path for `requestUrl` inside `root`, or null when the URL is not a plain request for
 * a file of the renderer: another scheme or host, credentials or a port, backslashes, encoded dots or slashes,
 * `.`/`..` or empty segments, drive letters, or anything that would resolve outside `root`.
 * The site root (`app://allmenn/`) maps to index.html.
 */
export function resolveRendererPath(requestUrl: string, root: string, pathApi: PathApi = nodePath): string | null {
  if (requestUrl.includes('\\') || ENCODED_SEPARATOR_OR_DOT.test(requestUrl) || DOT_SEGMENT.test(requestUrl)) {
    return null;
  }

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '' || url.port !== '') return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (!pathname.startsWith('/')) return null;

  const relative = pathname === '/' ? ENTRY_FILE : pathname.slice(1);
  const segments = relative.split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (segment.includes('\\') || hasUnsafeChar(segment)) return null;
  }

  const resolvedRoot = pathApi.resolve(root);
  const file = pathApi.resolve(resolvedRoot, ...segments);
  // The checks above should make this unreachable; it is the last line of defence if one of them is wrong.
  if (!file.startsWith(resolvedRoot + pathApi.sep)) return null;
  return file;
}
