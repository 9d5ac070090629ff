import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dev server injects an inline React Refresh preamble, <style> tags for CSS and a websocket for HMR, all of
 * which the strict CSP in index.html forbids. Relax it for `vite serve` only; the built app keeps the strict one.
 */
function devCsp(): Plugin {
  return {
    name: 'allmenn-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    },
  };
}

export default defineConfig({
  root,
  // Relative asset URLs: the app is served from app://allmenn/ in Electron and from a loopback http server in tests.
  base: './',
  plugins: [react(), devCsp()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Chromium in the pinned Electron; no legacy transforms needed.
    target: 'es2023',
    // Loaded from the local disk, not a network: one bundle is fine (React, Aksel, Query, Router ≈ 550 kB).
    chunkSizeWarningLimit: 1500,
  },
});
