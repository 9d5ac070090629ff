/**
 * Issue 7: the helsesekretær books a patient from the keyboard in the timebok — the day view with both doctors side
 * by side, arrows to the time, Enter, the patient by name, Enter, Enter — then moves the appointment with F and
 * cancels it with A and a reason. Schedules are set up through the services first (what the demo seeding does).
 */
import { systemContext } from '../../electron/services/context';
import { seedDemoSchedules } from '../../electron/services/timebok/demo-schedules';
import { expect, test } from './harness/fixtures';
import { logIn, seedClinic, seedPatient, STAFF, testNorgeNumber } from './support/clinic';

test.use({ viewport: { width: 1500, height: 950 } });

test('the helsesekretær books, moves and cancels an appointment with the keyboard', async ({ app, page }) => {
  const { legeId, lege2Id } = await seedClinic(app.backend);
  const ctx = systemContext('e2e-oppsett', 'e2e-pc', new Date());
  const { resourceIds } = await seedDemoSchedules(app.backend.conn.db, ctx, {
    doctors: [
      { id: legeId, name: STAFF.lege.displayName },
      { id: lege2Id, name: STAFF.lege2.displayName },
    ],
    validFrom: '2020-01-01',
  });
  // Every day a working day, so the test does not depend on which weekday it runs.
  for (const resourceId of resourceIds) {
    await app.backend.services.timebok.schedules.setWeek(ctx, {
      resourceId,
      validFrom: '2020-01-01',
      days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        workStart: '08:00',
        workEnd: '15:30',
        lunchStart: '11:20',
        lunchEnd: '12:00',
        slotMinutes: 20,
        urgentBlocks: [{ start: '14:00', end: '15:00' }],
      })),
    });
  }
  await seedPatient(app.backend, {
    identityNumber: testNorgeNumber('1968-05-14', 'female'),
    givenName: 'Kari',
    familyName: 'Nordmann',
  });

  await logIn(page, app, 'sekretaer');
  await page.keyboard.press('Alt+2');
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  await expect(page.getByRole('columnheader', { name: STAFF.lege.displayName })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: STAFF.lege2.displayName })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: /kl\. 08:00/ }).first()).toBeFocused();

  // Tomorrow, 09:00, the second doctor.
  await page.keyboard.press('PageDown');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('gridcell', { name: `${STAFF.lege2.displayName} kl. 09:00: ledig` })).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: `Ny time hos ${STAFF.lege2.displayName}` });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('kari nordm');
  await expect(dialog.getByRole('option', { name: /Kari Nordmann/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('chosen-patient')).toContainText('Kari Nordmann, født 14.05.1968');
  await expect(dialog.getByLabel('Type')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Kari Nordmann er booket/)).toBeVisible();
  const booked = page.getByRole('gridcell', {
    name: new RegExp(`${STAFF.lege2.displayName} kl. 09:00: Kari Nordmann`),
  });
  await expect(booked).toBeVisible();
  await expect(booked).toBeFocused();
  await app.screenshot('timebok-01-booked');

  // F moves: one slot down, Enter places it.
  await page.keyboard.press('f');
  await expect(page.getByRole('status').filter({ hasText: 'Flytter timen' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Timen er flyttet/)).toBeVisible();
  const moved = page.getByRole('gridcell', { name: new RegExp(`${STAFF.lege2.displayName} kl. 09:20: Kari Nordmann`) });
  await expect(moved).toBeVisible();

  // A cancels with a reason; the time is free again.
  await moved.focus();
  await page.keyboard.press('a');
  const cancel = page.getByRole('dialog', { name: 'Avlys time' });
  await expect(cancel).toBeVisible();
  await page.keyboard.type('Pasienten ringte og avbestilte');
  await page.keyboard.press('Enter');
  await expect(cancel).toBeHidden();
  await expect(page.getByRole('gridcell', { name: `${STAFF.lege2.displayName} kl. 09:20: ledig` })).toBeVisible();
  await app.screenshot('timebok-02-after-cancel');

  await page.getByRole('radio', { name: 'Uke' }).click();
  await expect(page.getByRole('grid', { name: /^Uke for / })).toBeVisible();
  await app.screenshot('timebok-03-week');
  await page.getByRole('radio', { name: 'Arbeidsplaner' }).click();
  await expect(page.getByRole('heading', { name: 'Ukeplan' })).toBeVisible();
  await app.screenshot('timebok-04-schedules');

  const rows = await app.backend.conn.db.selectFrom('appointments').select(['status']).orderBy('booked_at').execute();
  expect(rows.map((r) => r.status).sort()).toEqual(['avlyst', 'flyttet']);
});
