import type { Page } from '@playwright/test';
import type { Backend } from '../../electron/backend';
import { draftSchema } from '../../shared/schemas/journal.schema';
import { expect, test } from './harness/fixtures';
import { ensureDemoRegister } from '../../electron/services/referrals/address-register.service';
import { logIn, seedClinic, seedPatient, testNorgeNumber } from './support/clinic';
import { legeContext } from './support/journal';

/**
 * A doctor refers a patient with the keyboard (issue 6, "Must show", first half): from Kari's card to the compose
 * page, recipient by type-ahead, hastegrad, problemstilling, diagnosis pre-filled from the journal, Ctrl+Enter to
 * sign and send; the Henvisninger room then shows it as sendt with its history. The second test is the whole
 * "Must show" with the simulated specialist service: its AppRec (Mottatt), advance() to the assessment (Vurdert,
 * with frist), advance() to the epikrise (Epikrise mottatt), which the doctor reads in Innboks and files with Alt+G.
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

/** On the compose page: recipient by type-ahead, Ordinær, Utredning, problemstilling and what is asked for. */
async function fillReferralByKeyboard(page: Page) {
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
}

/** The clinic, a lege, and Kari with a signed note about her knee (L96), as the journal would have it. */
async function seedKariWithNote(backend: Backend) {
  const { legeId } = await seedClinic(backend);
  // The demo register (test HER-ids) is seed-demo's; this clinic loads it as the demo does.
  await backend.conn.db.transaction().execute((trx) => ensureDemoRegister(trx, new Date()));
  const kari = await seedPatient(backend, KARI);
  const ctx = legeContext(legeId);
  const note = await backend.services.journal.start(ctx, { patientId: kari.id, contactType: 'oppmote' });
  await backend.services.journal.saveDraft(
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
  await backend.services.journal.sign(ctx, { noteId: note.id, versionId: note.current.id });
  return { legeId, kari };
}

test('a doctor refers a patient from the keyboard and follows it in Henvisninger', async ({ app, page }) => {
  await seedKariWithNote(app.backend);

  await logIn(page, app, 'lege');
  await openKariByKeyboard(page);
  // Henvisninger (Alt+5), then Ny henvisning for the patient in context (Alt+I).
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Henvisninger' })).toBeVisible();
  await page.keyboard.press('Alt+I');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny henvisning – Kari Nordmann' })).toBeVisible();
  await fillReferralByKeyboard(page);
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

test.describe('with the simulated specialist service', () => {
  test.use({ withSpesialist: true });

  test('a referral is received, assessed and answered with an epikrise the doctor files; tracking shows each step', async ({
    app,
    page,
  }) => {
    test.setTimeout(120_000);
    const { legeId, kari } = await seedKariWithNote(app.backend);
    const spesialist = app.spesialist!;

    await logIn(page, app, 'lege');
    await openKariByKeyboard(page);
    // Straight from Kari's card: Alt+I opens a new referral for her.
    await page.keyboard.press('Alt+I');
    await expect(page.getByRole('heading', { level: 1, name: 'Ny henvisning – Kari Nordmann' })).toBeVisible();
    await fillReferralByKeyboard(page);
    await app.screenshot('01-compose-from-card');
    await page.keyboard.press('Control+Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'Henvisninger' })).toBeVisible();
    const detail = page.getByTestId('referral-detail');
    const events = page.getByTestId('referral-events');
    const list = page.getByTestId('referral-list');
    await expect(events).toContainText('Sendt til Ortopedisk poliklinikk');
    await app.screenshot('02-sendt');

    // The service's AppRec comes through the delivery worker; the room asks again every few seconds.
    await expect(detail.getByText('Mottatt', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(events).toContainText('Mottatt (applikasjonskvittering OK)');
    await expect(detail).toContainText('Skal være vurdert innen');
    await app.screenshot('03-mottatt');

    expect(spesialist.advance()).toBe(1);
    await expect(detail.getByText('Vurdert', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(detail).toContainText('Frist for nødvendig helsehjelp:');
    await expect(events).toContainText(
      /Vurdert av spesialisthelsetjenesten – Rett til nødvendig helsehjelp\. Frist for helsehjelp \d{2}\.\d{2}\.\d{4}/,
    );
    await expect(list).toContainText('Frist ');
    await app.screenshot('04-vurdert');

    expect(spesialist.advance()).toBe(1);
    await expect(detail.getByText('Epikrise mottatt', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(events).toContainText('Epikrise mottatt');
    await app.screenshot('05-epikrise-mottatt');

    // Innboks (Alt+4): the assessment and the epikrise wait for the doctor, matched to Kari.
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('heading', { level: 1, name: 'Innboks' })).toBeVisible();
    const inbox = page.getByRole('listbox', { name: 'Dokumenter i innboksen' });
    await expect(inbox.getByRole('option')).toHaveCount(2);
    const titles = await inbox.getByRole('option').allTextContents();
    const epikriseAt = titles.findIndex((t) => /Epikrise/.test(t));
    expect(epikriseAt).toBeGreaterThanOrEqual(0);
    await inbox.focus();
    for (let i = 0; i < epikriseAt; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const doc = page.getByRole('article');
    await expect(doc.getByRole('heading', { name: /^Epikrise/ })).toBeVisible();
    await expect(doc).toContainText('Nordmann');
    await expect(doc).not.toContainText('<');
    await app.screenshot('06-innboks-epikrise');

    await page.keyboard.press('Alt+G');
    await expect(page.getByText(/Epikrise er arkivert i journalen til Nordmann, Kari/)).toBeVisible();
    await expect(inbox.getByRole('option')).toHaveCount(1);
    await app.screenshot('07-innboks-arkivert');

    // Henvisninger (Alt+5): the list and the history show every step.
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { level: 1, name: 'Henvisninger' })).toBeVisible();
    await expect(list).toContainText('Kari Nordmann');
    await expect(list).toContainText('Epikrise mottatt');
    await list.getByRole('button', { name: 'Kari Nordmann' }).click();
    for (const step of [
      'Utkast opprettet',
      'Sendt til Ortopedisk poliklinikk',
      'Mottatt (applikasjonskvittering OK)',
      'Vurdert av spesialisthelsetjenesten',
      'Time hos spesialisten',
      'Epikrise mottatt',
    ]) {
      await expect(events).toContainText(step);
    }
    await app.screenshot('08-tracking-every-step');

    const db = app.backend.conn.db;
    const documents = await db
      .selectFrom('incoming_documents')
      .select(['kind', 'status', 'patient_id', 'filed_by'])
      .orderBy('kind')
      .execute();
    expect(documents).toEqual([
      { kind: 'dialogmelding', status: 'til_behandling', patient_id: kari.id, filed_by: null },
      { kind: 'epikrise', status: 'arkivert', patient_id: kari.id, filed_by: legeId },
    ]);
    const spesReferrals = (await fetch(`${spesialist.url}/admin/referrals`).then((r) => r.json())) as unknown[];
    expect(spesReferrals).toHaveLength(1);
    expect(spesReferrals[0]).toMatchObject({ state: 'epikrise', hastegrad: 'N' });
  });
});
