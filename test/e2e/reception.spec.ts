/**
 * Issue 7 "Must show": the helsesekretær books a patient in the timebok ("Neste ledige", a free time, the patient by
 * name, Enter), registers the arrival, and adds a drop-in patient as haster, who goes ahead in the
 * queue; the doctor, in a second window, presses "Neste pasient" and lands in the journal with a new kontakt;
 * reception sees "Inne" and then "Ferdig" without reloading.
 */
import type { Page } from '@playwright/test';
import path from 'node:path';
import type { Backend } from '../../electron/backend';
import { systemContext } from '../../electron/services/context';
import { seedDemoSchedules } from '../../electron/services/timebok/demo-schedules';
import { connectPage, expect, test } from './harness/fixtures';
import { logIn, seedClinic, seedPatient, STAFF, testNorgeNumber } from './support/clinic';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

test.use({ viewport: { width: 1500, height: 950 } });

/**
 * The doctor works around the clock in 5-minute slots, so "Neste ledige" finds a time today whenever the test runs
 * (an arrival is for today's appointments only).
 */
async function scheduleAllDay(backend: Backend, doctorId: string): Promise<void> {
  const ctx = systemContext('e2e-oppsett', 'e2e-pc', new Date());
  const { resourceIds } = await seedDemoSchedules(backend.conn.db, ctx, {
    doctors: [{ id: doctorId, name: STAFF.lege.displayName }],
    validFrom: '2020-01-01',
  });
  await backend.services.timebok.schedules.setWeek(ctx, {
    resourceId: resourceIds[0]!,
    validFrom: '2020-01-01',
    days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      workStart: '00:00',
      workEnd: '23:55',
      slotMinutes: 5,
      urgentBlocks: [],
    })),
  });
}

/** Oslo's clock time now, 'HH:MM'. */
function osloClock(): string {
  return new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(
    new Date(),
  );
}

function queueRow(page: Page, name: string) {
  return page.getByTestId('queue-row').filter({ hasText: name });
}

test.describe('reception: venterom', () => {
  test('arrival, a haster drop-in ahead of the booked patient, "Neste pasient" opens the journal, inne then ferdig', async ({
    page,
    app,
  }) => {
    // A 20-minute konsultasjon a good ten minutes ahead must end by 23:55: after 23:15 no time is left today.
    test.skip(osloClock() >= '23:15', 'no bookable time left today in Oslo');
    const { legeId } = await seedClinic(app.backend);
    await scheduleAllDay(app.backend, legeId);
    await seedPatient(app.backend, {
      identityNumber: testNorgeNumber('1962-05-03', 'female'),
      givenName: 'Kari',
      familyName: 'Nordmann',
    });
    const ola = await seedPatient(app.backend, {
      identityNumber: testNorgeNumber('1985-09-14', 'male'),
      givenName: 'Ola',
      familyName: 'Hansen',
    });

    // Reception books Kari in the timebok: N for the next free times, one of them, the patient by name, Enter.
    await logIn(page, app, 'sekretaer');
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('grid')).toBeVisible();
    await page.keyboard.press('n');
    // The third free time, a good ten minutes ahead: the first may have begun by the time the booking is made.
    const free = page.getByRole('dialog').getByRole('list', { name: 'Ledige timer' }).getByRole('button').nth(2);
    await expect(free).toBeVisible();
    await free.click();
    const booking = page.getByRole('dialog', { name: `Ny time hos ${STAFF.lege.displayName}` });
    await expect(booking).toBeVisible();
    await page.keyboard.type('kari nordm');
    await expect(booking.getByRole('option', { name: /Kari Nordmann/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(booking.getByTestId('chosen-patient')).toContainText('Kari Nordmann');
    // Focus moves to Type once the patient is chosen; Enter there books.
    await expect(booking.getByLabel('Type')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(booking).toBeHidden();
    await expect(page.getByText(/Kari Nordmann er booket/)).toBeVisible();
    await app.screenshot('00-booked');

    // Reception's venterom.
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { level: 1, name: 'Venterom' })).toBeVisible();
    await expect(page.getByLabel('Finn pasient med time')).toBeFocused();

    // The doctor's window, logged in beside it.
    const doctor = await page.context().newPage();
    await connectPage(doctor, app.backend, 2);
    await logIn(doctor, { open: () => doctor.goto(`${app.origin}/`).then(() => undefined) }, 'lege');
    await doctor.keyboard.press('Alt+3');
    await expect(doctor.getByRole('button', { name: /Neste pasient/ })).toBeFocused();
    await expect(doctor.getByText('Ingen i køen i dag.')).toBeVisible();

    // Arrival: Alt+A to the search among today's booked, Enter registers the match.
    await expect(page.getByTestId('expected-row')).toHaveCount(1);
    await page.keyboard.press('Alt+A');
    await expect(page.getByLabel('Finn pasient med time')).toBeFocused();
    await page.keyboard.type('kari');
    await expect(page.getByTestId('expected-row')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(queueRow(page, 'Kari Nordmann')).toHaveAttribute('data-status', 'venter');
    await expect(page.getByTestId('expected-row')).toHaveCount(0);
    await app.screenshot('01-arrival-registered');

    // A drop-in as haster (Alt+D), found by name in the dialog.
    await page.keyboard.press('Alt+D');
    const dialog = page.getByRole('dialog', { name: 'Ny drop-in-pasient' });
    await expect(dialog.getByRole('combobox', { name: 'Pasient' })).toBeFocused();
    await page.keyboard.type('ola hansen');
    await expect(dialog.getByRole('option', { name: /Hansen, Ola/ })).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('drop-in-patient')).toContainText('Ola Hansen');
    await dialog.getByRole('radio', { name: /Haster/ }).check();
    await dialog.getByLabel('Merknad (valgfritt)').fill('sjansetime');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reception-venterom--02-drop-in-dialog.png') });
    await dialog.getByRole('button', { name: 'Sett i køen' }).click();
    await expect(dialog).toBeHidden();

    // Haster goes ahead of the booked patient, in both windows, without a reload.
    const rows = page.getByTestId('queue-row');
    await expect(rows.nth(0)).toContainText('Ola Hansen');
    await expect(rows.nth(0).getByTestId('triage')).toHaveText('Haster');
    await expect(rows.nth(1)).toContainText('Kari Nordmann');
    await app.screenshot('03-haster-ahead');
    const doctorRows = doctor.getByTestId('queue-row');
    await expect(doctorRows.nth(0)).toContainText('Ola Hansen');
    await expect(doctorRows.nth(1)).toContainText('Kari Nordmann');
    await doctor.screenshot({
      path: path.join(SCREENSHOTS, 'reception-venterom--04-doctor-queue.png'),
      fullPage: true,
    });

    // The doctor takes the next patient (Alt+P): Ola's journal, with a new kontakt open.
    await doctor.keyboard.press('Alt+P');
    await expect(doctor).toHaveURL(new RegExp(`/pasienter/${ola.id}/journal/[0-9a-f-]{36}$`));
    await expect(doctor.getByRole('heading', { level: 1, name: 'Journal – Ola Hansen' })).toBeVisible();
    await expect(doctor.getByTestId('note-editor')).toBeVisible();
    await doctor.screenshot({
      path: path.join(SCREENSHOTS, 'reception-venterom--05-journal-opened.png'),
      fullPage: true,
    });
    const notes = await app.backend.conn.db
      .selectFrom('journal_notes')
      .select(['patient_id', 'contact_type'])
      .execute();
    expect(notes).toEqual([{ patient_id: ola.id, contact_type: 'oppmote' }]);

    // Reception sees Ola inne, pushed from main.
    await expect(queueRow(page, 'Ola Hansen')).toHaveAttribute('data-status', 'inne');
    await expect(queueRow(page, 'Ola Hansen').getByTestId('queue-status')).toHaveText('Inne');
    await expect(rows.nth(0)).toContainText('Kari Nordmann');
    await app.screenshot('06-inne');

    // The doctor finishes: back to the venterom, "Ferdig" on Ola's row; reception sees Ferdig.
    await doctor.keyboard.press('Alt+3');
    await queueRow(doctor, 'Ola Hansen')
      .getByRole('button', { name: /Ferdig/ })
      .click();
    await expect(queueRow(doctor, 'Ola Hansen')).toHaveAttribute('data-status', 'ferdig');
    await expect(queueRow(page, 'Ola Hansen').getByTestId('queue-status')).toHaveText('Ferdig');
    await app.screenshot('07-ferdig');
    await doctor.close();
  });
});
