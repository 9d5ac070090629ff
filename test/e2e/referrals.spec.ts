import type { Page } from '@playwright/test';
import { draftSchema } from '../../shared/schemas/journal.schema';
import { expect, test } from './harness/fixtures';
import { logIn, seedClinic, seedPatient, testNorgeNumber } from './support/clinic';
import { legeContext } from './support/journal';

/**
 * A doctor refers a patient with the keyboard (issue 6, "Must show", first half): from Kari's card to the compose
 * page, recipient by type-ahead, hastegrad, problemstilling, diagnosis pre-filled from the journal, Ctrl+Enter to
 * sign and send; the Henvisninger room then shows it as sendt with its history. The lead extends this with the
 * specialist simulator (AppRec, assessment, epikrise).
 */
const KARI = { identityNumber: testNorgeNumber('1962-05-03', 'female'), givenName: 'Kari', familyName: 'Nordmann' };

test.use({ viewport: { width: 1600, height: 1000 } });

async function openKariByKeyboard(page: Page) {
  await expect(page.locator('#patient-search')).toBeFocused();
  await page.keyboard.type('kari nordm');
  await expect(page.getByRole('option', { name: /Nordmann, Kari/ })).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();
}

test('a doctor refers a patient from the keyboard and follows it in Henvisninger', async ({ app, page }) => {
  const { legeId } = await seedClinic(app.backend);
  const kari = await seedPatient(app.backend, KARI);
  const ctx = legeContext(legeId);
  const note = await app.backend.services.journal.start(ctx, { patientId: kari.id, contactType: 'oppmote' });
  await app.backend.services.journal.saveDraft(
    ctx,
    draftSchema.parse({
      noteId: note.id,
      versionId: note.current.id,
      fields: {
        reasonForContact: 'Vondt i kneet',
        anamnese: 'Smerter i høyre kne i tre måneder.',
        funn: 'Positiv McMurray.',
        vurdering: 'Mistenkt meniskskade.',
        tiltak: '',
      },
      diagnoses: [{ system: 'ICPC-2', code: 'L96', isMain: true, isLasting: false }],
      measurements: [],
    }),
  );
  await app.backend.services.journal.sign(ctx, { noteId: note.id, versionId: note.current.id });

  await logIn(page, app, 'lege');
  await openKariByKeyboard(page);
  // Henvisninger (Alt+5), then Ny henvisning for the patient in context (Alt+I).
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Henvisninger' })).toBeVisible();
  await page.keyboard.press('Alt+I');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny henvisning – Kari Nordmann' })).toBeVisible();
  await expect(page.locator('#referral-recipient-search')).toBeFocused();
  await expect(page.getByRole('checkbox', { name: /ICPC-2 L96/ })).toBeChecked();

  await page.keyboard.type('haugesund ortoped');
  await expect(page.getByRole('listbox', { name: 'Treff i adresseregisteret' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('chosen-recipient')).toContainText('Test-HER-id');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  // Hastegrad: the radio group takes focus on its first option; Space picks Ordinær.
  await page.getByRole('radio', { name: 'Ordinær' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: 'Utredning' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('textbox', { name: 'Problemstilling' }).focus();
  await page.keyboard.type('Smerter i høyre kne i tre måneder, mistenkt meniskskade.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Vurdering av artroskopi.');
  await app.screenshot('01-referral-compose');
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Henvisninger' })).toBeVisible();
  const detail = page.getByTestId('referral-detail');
  await expect(detail).toContainText('Sendt');
  await expect(page.getByTestId('referral-events')).toContainText('Sendt til Ortopedisk poliklinikk');
  await expect(page.getByTestId('referral-list')).toContainText('Kari Nordmann');
  await app.screenshot('02-referral-tracking');

  const outbox = await app.backend.conn.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('subject_type', '=', 'referral')
    .execute();
  expect(outbox).toHaveLength(1);
  expect(outbox[0]).toMatchObject({ kind: 'HENVISNING', receiver_her_id: '999900103' });
});
