import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, openExternalSafely } from '../../electron/app/external-links';
import { silentLogger } from '../../electron/logger';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.helsenorge.no/',
    'https://www.felleskatalogen.no/medisin/paracet?side=2#dosering',
    'https://eksempel.no:8443/sti',
    'HTTPS://EKSEMPEL.NO/',
  ])('accepts the plain https link %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['http', 'http://www.helsenorge.no/'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['our own scheme', 'app://allmenn/index.html'],
    ['a custom OS handler', 'ms-msdt:/id PCWDiagnostic'],
    ['mailto', 'mailto:lege@eksempel.no'],
    ['credentials', 'https://bruker:passord@eksempel.no/'],
    ['a look-alike host via userinfo', 'https://helsenorge.no@evil.example/'],
    ['a backslash', 'https://eksempel.no\\@evil.example/'],
    ['a backslash instead of slashes', 'https:\\\\evil.example/'],
    ['a third slash', 'https:///evil.example/'],
    ['no slashes', 'https:evil.example'],
    ['no host', 'https://'],
    ['a leading space', ' https://eksempel.no/'],
    ['a tab inside', 'https://eks\tempel.no/'],
    ['a newline', 'https://eksempel.no/\n'],
    ['an empty string', ''],
    ['a very long URL', `https://eksempel.no/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it('hands only safe links to the shell, normalised by the URL parser', () => {
    const opened: string[] = [];
    const shell = { openExternal: (url: string) => (opened.push(url), Promise.resolve()) };
    expect(openExternalSafely(shell, 'https://EKSEMPEL.no/a%20b', silentLogger)).toBe(true);
    expect(openExternalSafely(shell, 'file:///etc/passwd', silentLogger)).toBe(false);
    expect(opened).toEqual(['https://eksempel.no/a%20b']);
  });

  it('survives a shell that fails to open the link', async () => {
    const shell = { openExternal: () => Promise.reject(new Error('no browser')) };
    expect(openExternalSafely(shell, 'https://eksempel.no/', silentLogger)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});
