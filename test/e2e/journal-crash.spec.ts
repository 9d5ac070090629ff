import { test as base, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../../electron/backend';
import { connectPageToChild, spawnBackend } from './harness/child-backend';
import { serveRenderer } from './harness/static-server';
import { logIn, seedClinic, seedPatient, testNorgeNumber } from './support/clinic';
import { expectSaved } from './support/journal';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

/** Issue 4: no keystroke older than this may be lost when the app dies. */
const MAX_LOSS_MS = 2000;

/** A doctor types at a steady pace; a long enough text that the typing never runs out before the kill. */
const TYPED =
  'Pasienten har hatt hoste og feber i fire dager, verst om natten. Ingen brystsmerter, ingen tung pust. ' +
  'Har tatt paracetamol med god effekt. Røyker ikke. Ingen kjent astma. Barnet hjemme har vært forkjølet. ' +
  'Spiser og drikker som vanlig, litt redusert allmenntilstand, ingen utslett, ingen nakkestivhet. ';
const KEY_INTERVAL_MS = 40;

interface Snapshot {
  at: number;
  length: number;
}

async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `journal-crash--${name}.png`), fullPage: true });
}

/** The longest text typed no later than `at`. */
function typedBy(snapshots: readonly Snapshot[], at: number): string {
  const last = snapshots.filter((s) => s.at <= at).at(-1);
  return TYPED.slice(0, last?.length ?? 0);
}

base.use({ viewport: { width: 1600, height: 1000 } });

base(
  'a backend killed while a draft is typed loses no keystroke older than 2 s; the draft is offered back; integrity-check is clean',
  async ({ page }) => {
    base.setTimeout(120_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-e2e-crash-'));
    const server = await serveRenderer();
    try {
      // The clinic, its doctor and a patient, set up in this process before the child backend takes the folder.
      const setup = await startBackend({ dataDir, isTrustedUrl: () => false, workstation: 'e2e-oppsett' });
      await seedClinic(setup);
      await seedPatient(setup, {
        identityNumber: testNorgeNumber('1962-05-03', 'female'),
        givenName: 'Kari',
        familyName: 'Nordmann',
      });
      await setup.close();

      const first = await spawnBackend(dataDir, server.origin);
      await connectPageToChild(page, first);
      const open = async () => {
        await page.goto(`${server.origin}/`);
      };
      await logIn(page, { open }, 'lege');
      await expect(page.locator('#patient-search')).toBeFocused();
      await page.keyboard.type('kari nordm');
      await expect(page.getByRole('option', { name: /Nordmann, Kari/ })).toHaveCount(1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();
      await page.keyboard.press('Alt+N');
      await page.keyboard.press('Enter');
      const editor = page.getByTestId('note-editor');
      await expect(editor.getByLabel('Kontaktårsak')).toBeFocused();
      await page.keyboard.type('Hoste og feber');
      await page.keyboard.press('Tab');
      await expect(editor.getByLabel('Anamnese (S)')).toBeFocused();

      // Type steadily; note the moment T; go on typing; kill the backend 2.5 s after T.
      const snapshots: Snapshot[] = [];
      const typingStarted = Date.now();
      let textAtT = '';
      let timeT = 0;
      let killedAt = 0;
      let kill: Promise<void> | null = null;
      for (let i = 0; i < TYPED.length; i++) {
        await page.keyboard.type(TYPED.charAt(i));
        snapshots.push({ at: Date.now(), length: i + 1 });
        const elapsed = Date.now() - typingStarted;
        if (timeT === 0 && elapsed >= 3000) {
          timeT = Date.now();
          textAtT = TYPED.slice(0, i + 1);
        }
        if (kill === null && timeT !== 0 && Date.now() - timeT >= 2500) {
          killedAt = Date.now();
          kill = first.kill();
        }
        // A little more typing after the kill, into a backend that is gone.
        if (kill !== null && Date.now() - killedAt >= 700) break;
        await page.waitForTimeout(KEY_INTERVAL_MS);
      }
      expect(kill, 'the typing ran out before the kill').not.toBeNull();
      await kill;
      const mustHave = typedBy(snapshots, killedAt - MAX_LOSS_MS);
      expect(mustHave.length).toBeGreaterThanOrEqual(textAtT.length);

      // The failed saves are said, not swallowed.
      const status = page.getByTestId('autosave-status');
      await expect(status).toHaveAttribute('data-state', 'error');
      await expect(status).toContainText('Kontakten med programmets kjerne ble brutt');
      await screenshot(page, '01-backend-killed-while-typing');

      // A new backend on the same data folder; the app opened again; the draft is offered back.
      const second = await spawnBackend(dataDir, server.origin);
      const page2 = await page.context().newPage();
      await page.close();
      await connectPageToChild(page2, second);
      await logIn(
        page2,
        {
          open: async () => {
            await page2.goto(`${server.origin}/`);
          },
        },
        'lege',
      );
      const offer = page2.getByTestId('my-drafts');
      await expect(offer).toContainText(/Du har et usignert utkast for Kari Nordmann, sist lagret \d{2}\.\d{2}\.\d{4}/);
      await screenshot(page2, '02-draft-offered-back');

      const drafts = await page2.evaluate(() => window.allmenn?.journal.myDrafts({}));
      if (!drafts?.ok || drafts.value.length !== 1)
        throw new Error(`expected one draft, got ${JSON.stringify(drafts)}`);
      const draft = drafts.value[0]!;
      const note = await page2.evaluate((noteId) => window.allmenn?.journal.note({ noteId }), draft.noteId);
      if (!note?.ok || !note.value.draft) throw new Error(`expected the draft, got ${JSON.stringify(note)}`);
      const saved = note.value.draft.fields.anamnese;
      expect(note.value.draft.fields.reasonForContact).toBe('Hoste og feber');
      // Everything typed up to 2 s before the kill is there (and nothing that was never typed).
      expect(saved.startsWith(mustHave), `saved ${saved.length} chars, needed ${mustHave.length}`).toBe(true);
      expect(TYPED.startsWith(saved)).toBe(true);
      const lostMs = killedAt - (snapshots.find((s) => s.length > saved.length)?.at ?? killedAt);
      base.info().annotations.push({
        type: 'autosave',
        description: `typed ${typedBy(snapshots, killedAt).length} chars before the kill, ${saved.length} saved; the oldest lost keystroke was ${lostMs} ms before the kill`,
      });

      // Carrying on: the editor opens with the saved text, and typing goes on from there.
      await offer.getByRole('button', { name: 'Fortsett utkastet for Kari Nordmann' }).click();
      const editor2 = page2.getByTestId('note-editor');
      await expect(editor2.getByLabel('Anamnese (S)')).toHaveValue(saved);
      await expect(editor2.getByLabel('Kontaktårsak')).toHaveValue('Hoste og feber');
      // The cursor is back where the typing stopped, and the typing goes on into the new backend.
      await expect(editor2.getByLabel('Anamnese (S)')).toBeFocused();
      await page2.keyboard.type(' Fortsetter.');
      await expectSaved(page2);
      await expect(editor2.getByLabel('Anamnese (S)')).toHaveValue(`${saved} Fortsetter.`);
      await screenshot(page2, '03-draft-continued');

      await second.kill();

      // The database after two hard kills: SQLite's own checks and the app's invariants.
      const check = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'electron/cli/main.ts', 'integrity-check', '--data-dir', dataDir, '--json'],
        { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      );
      const report = JSON.parse(check.stdout.trimEnd().split('\n').at(-1) ?? '{}') as {
        ok?: boolean;
        problems?: unknown[];
      };
      expect(report.problems, check.stderr).toEqual([]);
      expect(report.ok).toBe(true);
      expect(check.status).toBe(0);
    } finally {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
);
