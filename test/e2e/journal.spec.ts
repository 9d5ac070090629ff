import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { logIn, seedClinic, seedPatient, testNorgeNumber } from './support/clinic';
import { expectSaved, seedSignedNote } from './support/journal';

const KARI = { identityNumber: testNorgeNumber('1962-05-03', 'female'), givenName: 'Kari', familyName: 'Nordmann' };

/** A clinic's doctor sits at a full-HD screen; the journal shows timeline, note and side panel side by side. */
test.use({ viewport: { width: 1600, height: 1000 } });

async function openKariByKeyboard(page: Page) {
  await expect(page.locator('#patient-search')).toBeFocused();
  await page.keyboard.type('kari nordm');
  await expect(page.getByRole('option', { name: /Nordmann, Kari/ })).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();
}

test.describe('journal', () => {
  test('a doctor writes, codes, measures and signs a note by keyboard, then corrects it and sees both versions', async ({
    page,
    app,
  }) => {
    await seedClinic(app.backend);
    const kari = await seedPatient(app.backend, KARI);
    await logIn(page, app, 'lege');
    await openKariByKeyboard(page);
    await expect(page.getByTestId('patient-journal')).toContainText('Ingen notater ennå.');
    await app.screenshot('01-card-with-journal');

    // Alt+J: the journal, cursor in its search box.
    await page.keyboard.press('Alt+J');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal – Kari Nordmann' })).toBeVisible();
    await expect(page.getByLabel('Søk i journalen')).toBeFocused();
    await expect(page.getByTestId('journal-list-status')).toHaveText('Ingen notater i journalen ennå.');
    await expect(page.getByTestId('problem-list')).toContainText('Ingen varige diagnoser registrert.');
    await expect(page.getByTestId('journal-cave')).toContainText('Ingen kjente CAVE');
    await app.screenshot('02-empty-journal');

    // Alt+N, Enter (Oppmøte is chosen): the note, cursor in Kontaktårsak.
    await page.keyboard.press('Alt+N');
    const dialog = page.getByRole('dialog', { name: 'Nytt notat' });
    await expect(dialog.getByRole('radio', { name: 'Oppmøte' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'Oppmøte' })).toBeFocused();
    await app.screenshot('03-new-note-contact-type');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const editor = page.getByTestId('note-editor');
    await expect(editor.getByLabel('Kontaktårsak')).toBeFocused();

    await page.keyboard.type('Hoste og feber i tre dager.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tørrhoste, feber opptil 38,5. Ingen tung pust.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Upåvirket. Rød svelg, lungene normale ved auskultasjon.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Trolig virusinfeksjon i øvre luftveier.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Råd om væske og hvile. Ny kontakt ved forverring.');

    // ICPC-2 by type-ahead: R74, ↓, Enter.
    await page.keyboard.press('Tab');
    await expect(editor.getByRole('combobox', { name: 'ICPC-2' })).toBeFocused();
    await page.keyboard.type('R74');
    const suggestions = editor.getByRole('listbox', { name: 'Forslag: ICPC-2' });
    await expect(suggestions.getByRole('option').first()).toContainText('Akutt øvre luftveisinfeksjon');
    await page.keyboard.press('ArrowDown');
    await app.screenshot('04-icpc2-type-ahead');
    await page.keyboard.press('Enter');
    const chosen = editor.getByTestId('chosen-diagnoses');
    await expect(chosen).toContainText('R74');
    await expect(chosen).toContainText('Hoveddiagnose');

    // Past the optional ICD-10 box to blood pressure.
    await page.keyboard.press('Tab');
    await expect(editor.getByRole('combobox', { name: 'ICD-10 (valgfritt)' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(editor.getByLabel('BT systolisk (mmHg)')).toBeFocused();
    await page.keyboard.type('142');
    await page.keyboard.press('Tab');
    await page.keyboard.type('88');
    await expectSaved(page);
    await app.screenshot('05-note-written');

    // F1 lists the journal's keys, fraser included.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Hurtigtaster' });
    await expect(help.getByRole('row', { name: /Signer notatet/ })).toContainText('Ctrl+Enter');
    await expect(help.getByRole('row', { name: /Nytt notat for pasienten/ })).toContainText('Alt+N');
    await expect(help.getByRole('row', { name: /sett inn frasen/ })).toContainText('Tab eller Mellomrom');
    await app.screenshot('05b-shortcut-help');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(editor.getByLabel('BT diastolisk (mmHg)')).toBeFocused();

    // Ctrl+Enter signs; the note is read-only.
    await page.keyboard.press('Control+Enter');
    const view = page.getByTestId('note-view');
    await expect(view.getByTestId('note-status')).toHaveText('Signert');
    await expect(editor).toHaveCount(0);
    await expect(view).toContainText('Trolig virusinfeksjon i øvre luftveier.');
    await expect(view).toContainText('R74 Akutt øvre luftveisinfeksjon (ICPC-2) · hoveddiagnose');
    await expect(view).toContainText('BT systolisk: 142 mmHg');
    await expect(view).toContainText('BT diastolisk: 88 mmHg');
    await expect(view.getByTestId('note-signature')).toContainText('av Lise Lege');
    await expect(view.getByRole('textbox')).toHaveCount(0);
    const entry = page.getByTestId('timeline-entry');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('R74 Akutt øvre luftveisinfeksjon');
    await expect(entry).toContainText('Signert');
    await app.screenshot('06-signed');

    // Rett notat: a reason is required, then the correction is written and signed.
    await page.keyboard.press('Alt+R');
    const reason = page.getByRole('dialog', { name: 'Rett notat' });
    await expect(reason.getByLabel('Begrunnelse')).toBeFocused();
    await page.keyboard.press('Control+Enter');
    await expect(reason).toContainText('Skriv en begrunnelse');
    await page.keyboard.type('Feil temperatur i anamnesen: målt 39,5.');
    await app.screenshot('07-correction-reason');
    await page.keyboard.press('Control+Enter');
    await expect(reason).toBeHidden();
    await expect(editor).toContainText('Begrunnelse: «Feil temperatur i anamnesen: målt 39,5.»');
    // The correction opens at the end of the last field; Shift+Tab back to Anamnese, replace its text.
    await expect(editor.getByLabel('Tiltak/plan (P)')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    await expect(editor.getByLabel('Anamnese (S)')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Tørrhoste, feber opptil 39,5. Ingen tung pust.');
    await expectSaved(page);
    await app.screenshot('08-correction-draft');
    await page.keyboard.press('Control+Enter');

    await expect(view.getByTestId('note-status')).toHaveText('Rettet');
    await expect(view).toContainText('Tørrhoste, feber opptil 39,5.');
    const versions = view.getByTestId('note-version');
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText('Versjon 2: Retting');
    await expect(versions.nth(0)).toContainText('Begrunnelse: «Feil temperatur i anamnesen: målt 39,5.»');
    await expect(versions.nth(0)).toContainText('Skrevet av Lise Lege');
    await expect(versions.nth(1)).toContainText('Versjon 1: Opprinnelig');
    await expect(versions.nth(1)).toContainText('Erstattet');
    await expect(versions.nth(1)).toContainText('Tørrhoste, feber opptil 38,5.');
    await expect(entry).toContainText('Rettet');
    await app.screenshot('09-corrected');
    await versions.nth(1).scrollIntoViewIfNeeded();
    await app.screenshot('10-both-versions');

    // Full-text search with the hits marked.
    await page.keyboard.press('Alt+J');
    await expect(page.getByLabel('Søk i journalen')).toBeFocused();
    await page.keyboard.type('virus');
    const hit = page.getByTestId('search-hit');
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark')).toHaveText(['virusinfeksjon']);
    await app.screenshot('11-search-highlight');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('timeline-entry')).toHaveCount(1);

    // Filters: by contact type and by diagnosis code, asked of main.
    await page.getByRole('button', { name: 'Filter' }).click();
    const filters = page.getByTestId('timeline-filters');
    await filters.getByLabel('Kontakttype').selectOption({ label: 'Telefon' });
    await expect(page.getByTestId('journal-list-status')).toHaveText('Ingen notater passer filteret.');
    await app.screenshot('11b-filter-none');
    await filters.getByLabel('Kontakttype').selectOption({ label: 'Oppmøte' });
    await filters.getByLabel('Diagnosekode').fill('r74');
    await expect(page.getByTestId('timeline-entry')).toHaveCount(1);
    await filters.getByLabel('Diagnosekode').fill('K86');
    await expect(page.getByTestId('journal-list-status')).toHaveText('Ingen notater passer filteret.');
    await filters.getByRole('button', { name: 'Nullstill filter' }).click();
    await expect(page.getByTestId('timeline-entry')).toHaveCount(1);

    // Journalutskrift: a PDF offered as a download.
    await page.getByRole('button', { name: 'Journalutskrift (PDF)' }).click();
    const extract = page.getByRole('dialog', { name: 'Journalutskrift (PDF)' });
    const download = page.waitForEvent('download');
    await extract.getByRole('button', { name: 'Lag PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    expect(file.suggestedFilename()).not.toContain(KARI.identityNumber);
    const bytes = await file.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p)));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Feilregistrer: a reason, then the note is marked, not deleted.
    await view.getByRole('button', { name: 'Feilregistrer' }).click();
    const markDialog = page.getByRole('dialog', { name: 'Feilregistrer notat' });
    await expect(markDialog.getByLabel('Begrunnelse')).toBeFocused();
    await page.keyboard.type('Skrevet i feil pasient.');
    await page.keyboard.press('Control+Enter');
    await expect(markDialog).toBeHidden();
    await expect(view.getByTestId('note-status')).toHaveText('Feilregistrert');
    await expect(view.getByTestId('entered-in-error')).toContainText('Begrunnelse: «Skrevet i feil pasient.»');
    await expect(view).toContainText('Tørrhoste, feber opptil 39,5.');
    await expect(entry).toContainText('Feilregistrert');
    await expect(view.getByTestId('note-version')).toHaveCount(3);
    await app.screenshot('12-entered-in-error');

    // A smaller screen: the problem list and CAVE move above the note, still beside the timeline.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.getByTestId('problem-list')).toBeInViewport();
    await app.screenshot('13-smaller-screen');

    const stored = app.backend.conn.sqlite
      .prepare(
        `SELECT v.version, v.kind, v.signed_at IS NOT NULL AS signed, v.change_reason FROM note_versions v
         JOIN journal_notes n ON n.id = v.note_id WHERE n.patient_id = ? ORDER BY v.version`,
      )
      .all(kari.id);
    expect(stored).toEqual([
      { version: 1, kind: 'original', signed: 1, change_reason: null },
      { version: 2, kind: 'retting', signed: 1, change_reason: 'Feil temperatur i anamnesen: målt 39,5.' },
      { version: 3, kind: 'feilregistrering', signed: 1, change_reason: 'Skrevet i feil pasient.' },
    ]);
  });

  test('the helsesekretær cannot open a note: no journal on the card, an honest message, and main refuses', async ({
    page,
    app,
  }) => {
    const { legeId } = await seedClinic(app.backend);
    const kari = await seedPatient(app.backend, KARI);
    const note = await seedSignedNote(app.backend, legeId, kari.id, {
      reasonForContact: 'Kontroll av blodtrykk',
      vurdering: 'Velregulert hypertensjon.',
    });

    await logIn(page, app, 'sekretaer');
    await openKariByKeyboard(page);
    await expect(page.getByTestId('patient-journal')).toHaveText(/Journalnotater er bare tilgjengelige for leger\./);
    await expect(page.getByText('Kontroll av blodtrykk')).toHaveCount(0);
    await app.screenshot('01-reception-card');

    // Alt+J is not there for the role; the address typed by hand says why instead of showing an empty journal.
    await page.keyboard.press('Alt+J');
    await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();
    await page.goto(`${app.origin}/#/pasienter/${kari.id}/journal/${note.id}`);
    await expect(page.getByTestId('journal-not-for-role')).toContainText(
      'Journalnotater er bare tilgjengelige for leger. Med din rolle ser du pasientens administrative opplysninger.',
    );
    await expect(page.getByText('Velregulert hypertensjon.')).toHaveCount(0);
    await app.screenshot('02-reception-journal-address');

    // The service itself refuses, whatever the UI shows.
    const answer = await page.evaluate((noteId) => window.allmenn?.journal.note({ noteId }), note.id);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const timeline = await page.evaluate((patientId) => window.allmenn?.journal.timeline({ patientId }), kari.id);
    expect(timeline).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
