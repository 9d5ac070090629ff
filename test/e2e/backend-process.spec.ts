import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectPageToChild, spawnBackend } from './harness/child-backend';
import { serveRenderer } from './harness/static-server';

/** The rig for crash tests: the backend in a child process that a test can kill outright. */
base(
  'a killed backend is reported in Norwegian, and a restarted one carries on with the same data',
  async ({ page }) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-e2e-child-'));
    const server = await serveRenderer();
    try {
      const first = await spawnBackend(dataDir, server.origin);
      await connectPageToChild(page, first);
      await page.goto(`${server.origin}/`);
      await expect(page.getByRole('heading', { name: 'Sett opp legekontoret' })).toBeVisible();

      await first.kill();
      const afterKill = await page.evaluate(() => window.allmenn?.setup.status({}));
      expect(afterKill).toEqual({
        ok: false,
        error: { code: 'INTERNAL_ERROR', message: 'Kontakten med programmets kjerne ble brutt. Prøv igjen.' },
      });

      const second = await spawnBackend(dataDir, server.origin);
      const page2 = await page.context().newPage();
      await connectPageToChild(page2, second);
      await page2.goto(`${server.origin}/`);
      await expect(page2.getByRole('heading', { name: 'Sett opp legekontoret' })).toBeVisible();
      await second.kill();
    } finally {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
