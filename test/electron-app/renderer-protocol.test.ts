import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererPath } from '../../electron/app/renderer-protocol';

const ROOT = path.resolve('/srv/allmenn/dist/renderer');
const WIN_ROOT = 'C:\\Program Files\\Allmenn\\resources\\app.asar\\dist\\renderer';

describe('renderer protocol path guard', () => {
  it('maps plain asset URLs to files inside the renderer folder', () => {
    expect(resolveRendererPath('app://allmenn/', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveRendererPath('app://allmenn/index.html', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveRendererPath('app://allmenn/assets/index-B4x9.js', ROOT)).toBe(
      path.join(ROOT, 'assets', 'index-B4x9.js'),
    );
    expect(resolveRendererPath('app://allmenn/index.html?from=login#top', ROOT)).toBe(path.join(ROOT, 'index.html'));
    expect(resolveRendererPath('app://allmenn/assets/logo%20stor.svg', ROOT)).toBe(
      path.join(ROOT, 'assets', 'logo stor.svg'),
    );
  });

  it.each([
    ['parent segment', 'app://allmenn/../allmenn.sqlite'],
    ['nested parent segments', 'app://allmenn/assets/../../../etc/passwd'],
    ['trailing parent segment', 'app://allmenn/assets/..'],
    ['current-directory segment', 'app://allmenn/./index.html'],
    ['encoded dots', 'app://allmenn/%2e%2e/allmenn.sqlite'],
    ['upper-case encoded dots', 'app://allmenn/%2E%2E/allmenn.sqlite'],
    ['half-encoded dots', 'app://allmenn/.%2e/allmenn.sqlite'],
    ['encoded slash', 'app://allmenn/assets%2f..%2f..%2fsecret'],
    ['encoded backslash', 'app://allmenn/..%5c..%5csecret'],
    ['literal backslash', 'app://allmenn/assets\\..\\..\\secret'],
    ['encoded NUL', 'app://allmenn/index.html%00.png'],
    ['absolute path after the host', 'app://allmenn//etc/passwd'],
    ['drive letter', 'app://allmenn/C:/Windows/win.ini'],
    ['empty segment (directory)', 'app://allmenn/assets/'],
    ['another host', 'app://other/index.html'],
    ['a look-alike host', 'app://allmenn.evil/index.html'],
    ['credentials', 'app://user@allmenn/index.html'],
    ['a port', 'app://allmenn:8080/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https with our host name', 'https://allmenn/index.html'],
    ['malformed percent-encoding', 'app://allmenn/%E0%A4%A'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveRendererPath(url, ROOT)).toBeNull();
  });

  it('treats a double-encoded dot as a literal file name that stays inside the root', () => {
    const file = resolveRendererPath('app://allmenn/%252e%252e/secret', ROOT);
    expect(file).toBe(path.join(ROOT, '%2e%2e', 'secret'));
  });

  it('applies the same rules to Windows paths', () => {
    expect(resolveRendererPath('app://allmenn/assets/x.js', WIN_ROOT, path.win32)).toBe(`${WIN_ROOT}\\assets\\x.js`);
    expect(resolveRendererPath('app://allmenn/C:/Windows/win.ini', WIN_ROOT, path.win32)).toBeNull();
    expect(resolveRendererPath('app://allmenn/D:secret', WIN_ROOT, path.win32)).toBeNull();
    expect(resolveRendererPath('app://allmenn/index.html:stream', WIN_ROOT, path.win32)).toBeNull();
    expect(resolveRendererPath('app://allmenn/..%5c..%5callmenn.sqlite', WIN_ROOT, path.win32)).toBeNull();
  });
});
