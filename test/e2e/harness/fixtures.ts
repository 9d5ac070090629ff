/**
 * The end-to-end fixture: a temp data folder, the real backend (router, services, SQLite) in the test process,
 * the built renderer on loopback, and `window.allmenn` wired to the router through Playwright.
 */
import { test as base, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend, type Backend } from '../../../electron/backend';
import type { InvokeRequest } from '../../../shared/api/client';
import { startReseptformidler } from '../../../simulators/reseptformidler/reseptformidler';
import { startSpesialist, type RunningSpesialist } from '../../../simulators/spesialist/spesialist';
import { serveRenderer } from './static-server';
import { windowApiScript } from './window-api-bundle';

export interface AppFixture {
  backend: Backend;
  dataDir: string;
  origin: string;
  /** Opens the app in the page and waits for it to draw. */
  open(): Promise<void>;
  /** Saves a named screenshot in test-results/screenshots for a person to look at. */
  screenshot(name: string): Promise<void>;
  /** The simulated reseptformidler, with `test.use({ withReseptformidler: true })`. */
  rf: ReseptformidlerFixture | undefined;
  /**
   * The simulated specialist service, with `test.use({ withSpesialist: true })` (starts the reseptformidler too).
   * Its answers come only when the test calls `advance()`, one step (assessment, epikrise) at a time.
   */
  spesialist: RunningSpesialist | undefined;
}

export interface ReseptformidlerFixture {
  url: string;
  /** The pharmacy's side: dispense by referansenummer, or by identity number and ReseptId. */
  dispense(body: { referansenummer: string } | { identityNumber: string; reseptId: string }): Promise<unknown>;
}

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Wires a page to the backend as one window; a second window (another PC's screen) takes another senderId. */
export async function connectPage(
  page: Page,
  backend: Pick<Backend, 'router' | 'events'>,
  senderId = 1,
): Promise<void> {
  await page.exposeBinding('__allmennInvoke', (source, request: InvokeRequest) =>
    backend.router({ id: senderId, url: source.frame.url(), isTopFrame: source.frame.parentFrame() === null }, request),
  );
  backend.events.attach(senderId, (message) => {
    page
      .evaluate(
        (m) => (window as unknown as { __allmennDeliver?: (x: unknown) => void }).__allmennDeliver?.(m),
        message,
      )
      .catch(() => undefined);
  });
  await page.addInitScript({ content: await windowApiScript() });
}

// Long enough that nothing comes on its own during a test; advance() brings each step when the test wants it.
const MANUAL_MS = 3_600_000;

export const test = base.extend<{ app: AppFixture; withReseptformidler: boolean; withSpesialist: boolean }>({
  withReseptformidler: [false, { option: true }],
  withSpesialist: [false, { option: true }],
  app: async ({ page, withReseptformidler, withSpesialist }, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-e2e-'));
    const server = await serveRenderer();
    const spesialist = withSpesialist
      ? await startSpesialist({
          port: 0,
          dataDir: path.join(dataDir, 'spesialist'),
          assessAfterMs: MANUAL_MS,
          epikriseAfterMs: MANUAL_MS,
        })
      : undefined;
    const rfServer =
      withReseptformidler || withSpesialist
        ? await startReseptformidler({ port: 0, dataDir: path.join(dataDir, 'reseptformidler') })
        : undefined;
    const backend = await startBackend({
      dataDir,
      isTrustedUrl: (url) => url.startsWith(`${server.origin}/`),
      workstation: 'e2e-pc',
      // A short interval so a test sees RF's answers within a second or two.
      ...(rfServer && {
        delivery: {
          reseptformidlerUrl: rfServer.url,
          intervalMs: 300,
          ...(spesialist && { helsenettUrl: spesialist.url }),
        },
      }),
    });
    const rf: ReseptformidlerFixture | undefined = rfServer && {
      url: rfServer.url,
      dispense: async (body) => {
        const response = await fetch(`${rfServer.url}/pharmacy/dispense`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`dispense failed: HTTP ${response.status} ${await response.text()}`);
        return (await response.json()) as unknown;
      },
    };
    await connectPage(page, backend);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const slug = testInfo.titlePath
      .slice(1)
      .join(' ')
      .replace(/[^a-z0-9æøå]+/gi, '-')
      .toLowerCase();
    await use({
      backend,
      dataDir,
      origin: server.origin,
      open: async () => {
        await page.goto(`${server.origin}/`);
      },
      screenshot: async (name) => {
        await page.screenshot({ path: path.join(SCREENSHOTS, `${slug}--${name}.png`), fullPage: true });
      },
      rf,
      spesialist,
    });
    await backend.close();
    await spesialist?.close();
    await rfServer?.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
