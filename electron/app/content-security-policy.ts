/**
 * The Content-Security-Policy and companion headers sent with every app:// response, the page and each asset.
 * Only our own origin may supply scripts, styles, fonts and connections; nothing may frame us or be framed.
 */

/**
 * style-src needs no 'unsafe-inline': the Aksel components set styles through the CSSOM (element.style), which
 * CSP does not govern, and Vite's production build emits CSS files, not <style> tags. Aksel's stylesheet points
 * at fonts on cdn.nav.no; those are blocked on purpose (no network from the UI) and the system font is used
 * until the renderer bundles the fonts itself.
 */
const DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  // Vite inlines small images as data: URLs (build.assetsInlineLimit).
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'frame-src': "'none'",
  'frame-ancestors': "'none'",
  'form-action': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};
