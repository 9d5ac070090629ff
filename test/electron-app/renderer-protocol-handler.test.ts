import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app/content-security-policy';
import { createRendererProtocolHandler } from '../../electron/app/renderer-protocol-handler';
import { silentLogger } from '../../electron/logger';
import { useTempDir } from '../support/temp-dir';

describe('app:// protocol handler', () => {
  const tempDir = useTempDir();

  function serve() {
    const base = tempDir();
    const root = path.join(base, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Allmenn</title>');
    fs.writeFileSync(path.join(root, 'assets', 'index.js'), 'export {};');
    fs.writeFileSync(path.join(root, 'assets', 'index.css'), 'body{}');
    fs.writeFileSync(path.join(base, 'allmenn.sqlite'), 'journal');
    const handler = createRendererProtocolHandler({
      root,
      readFile: (file) => fs.promises.readFile(file),
      logger: silentLogger,
    });
    return (url: string, method = 'GET') => handler(new Request(url, { method }));
  }

  it('is strict: scripts, styles and connections from our origin only, no framing, no forms, no base', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*|https?:/);
  });

  it('serves the page and its assets with their types and the security headers', async () => {
    const get = serve();
    const page = await get('app://allmenn/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Allmenn</title>');

    const script = await get('app://allmenn/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://allmenn/assets/index.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404, still with the policy, for a missing file or a path outside the renderer', async () => {
    const get = serve();
    for (const url of ['app://allmenn/missing.js', 'app://allmenn/%2e%2e/allmenn.sqlite', 'app://allmenn/assets']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('journal');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const get = serve();
    expect((await get('app://allmenn/index.html', 'POST')).status).toBe(405);
    const head = await get('app://allmenn/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
