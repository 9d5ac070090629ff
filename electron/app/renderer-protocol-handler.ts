/**
 * Serves the built renderer on app://allmenn/ for protocol.handle. Takes the file reader as a parameter so it
 * runs in plain Node tests; every response, errors included, carries the security headers.
 */
import nodePath from 'node:path';
import type { Logger } from '../logger';
import { SECURITY_HEADERS } from './content-security-policy';
import { resolveRendererPath, type PathApi } from './renderer-protocol';

export interface RendererProtocolOptions {
  /** The built renderer folder (dist/renderer), possibly inside the asar. */
  root: string;
  readFile: (file: string) => Promise<Uint8Array>;
  logger: Logger;
  pathApi?: PathApi;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts are refused by Chromium unless served with a JavaScript MIME type, so this map is not cosmetic. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export function createRendererProtocolHandler(
  options: RendererProtocolOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveRendererPath(request.url, options.root, options.pathApi);
    if (file === null) {
      options.logger.warn('app protocol: refused request', { url: request.url.slice(0, 200) });
      return plain(404, 'Not found');
    }
    let body: Uint8Array;
    try {
      body = await options.readFile(file);
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' },
    });
  };
}
