/**
 * Issue 7, Henvendelser: a booking SMS arrives through the requests service (what the SMS gateway worker calls),
 * is matched to Kari by birth date and name; the helsesekretær opens it in Henvendelser (Alt+6), goes to the
 * timebok for Kari with Alt+T (the timebok says whom it books for), answers and closes it confirming her
 * appointment on SMS, and finds the Timeavtaler and SMS-påminnelser on Kari's card. A fornye-resept request from Helsenorge goes to the doctor who
 * prescribed, who opens the patient's legemidler from it. Fictional patients only.
 */
import type { Page } from '@playwright/test';
import { systemContext } from '../../electron/services/context';
import { importDemoCatalogue } from '../../electron/services/drugs/demo-catalogue/import-demo-catalogue';
import { seedDemoSchedules } from '../../electron/services/timebok/demo-schedules';
import { prescriptionIssueSchema } from '../../shared/schemas/prescription.schema';
import { expect, test, type AppFixture } from './harness/fixtures';
import { logIn, seedClinic, seedPatient, STAFF, testNorgeNumber } from './support/clinic';
import { legeContext } from './support/journal';

test.use({ viewport: { width: 1500, height: 950 } });

// Her mobile is the number the booking SMS comes from: only then may the confirmation carry the time and place.
const KARI = {
  identityNumber: testNorgeNumber('1962-05-03', 'female'),
  givenName: 'Kari',
  familyName: 'Nordmann',
  mobilePhone: '91234567',
};

async function openHenvendelser(page: Page) {
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Henvendelser' })).toBeVisible();
}

test('the helsesekretær answers a booking SMS matched to the patient and closes it', async ({ app, page }) => {
  const { legeId, lege2Id } = await seedClinic(app.backend);
  const system = systemContext('e2e-oppsett', 'e2e-pc', new Date());
  const { resourceIds } = await seedDemoSchedules(app.backend.conn.db, system, {
    doctors: [
      { id: legeId, name: STAFF.lege.displayName },
      { id: lege2Id, name: STAFF.lege2.displayName },
    ],
    validFrom: '2020-01-01',
  });
  const kari = await seedPatient(app.backend, KARI);
  // Kari already has a konsultasjon with the doctor on a coming working day, to confirm on SMS.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const timebok = app.backend.services.timebok.appointments;
  const [slot] = (
    await timebok.nextFree(system, {
      resourceId: resourceIds[0]!,
      appointmentType: 'konsultasjon',
      from: tomorrow,
      count: 20,
    })
  ).filter((s) => !s.urgent);
  const booked = await timebok.book(system, {
    patientId: kari.id,
    resourceId: resourceIds[0]!,
    appointmentType: 'konsultasjon',
    startsAt: slot!.startsAt,
    channel: 'sms',
  });
  // What the SMS gateway worker does with a message from the gateway's inbox.
  const received = await app.backend.services.requests.inbox.receiveSms(system, {
    gatewayId: 'e2e-sms-1',
    from: '+4791234567',
    text: 'TIME 030562 Kari Nordmann Trenger time neste uke, helst formiddag',
    receivedAt: new Date().toISOString(),
  });
  expect(received.created).toBe(true);

  await logIn(page, app, 'sekretaer');
  await openHenvendelser(page);
  const row = page.getByTestId('request-row').filter({ hasText: 'SMS-timebestilling' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Pasient funnet');
  await expect(row).toContainText('Kari Nordmann (03.05.1962)');
  await row.focus();
  await page.keyboard.press('Enter');

  const detail = page.getByTestId('request-detail');
  await expect(detail.getByRole('heading', { name: 'SMS-timebestilling – Kari Nordmann' })).toBeFocused();
  await expect(detail.getByTestId('request-message')).toContainText('Trenger time neste uke');
  await expect(detail.getByRole('region', { name: 'Historikk' })).toContainText('Knyttet til pasient');
  await app.screenshot('requests-01-sms-matched');

  // Alt+T: the timebok, opened to book for Kari.
  await page.keyboard.press('Alt+T');
  await expect(page.getByRole('heading', { level: 1, name: 'Timebok' })).toBeVisible();
  await expect(page.getByTestId('booking-for-patient')).toContainText(
    'Bestiller time for Kari Nordmann, født 03.05.1962',
  );
  await app.screenshot('requests-02-timebok-for-patient');

  // Back to the request: Alt+B to the answer, Ctrl+Enter sends and closes.
  await openHenvendelser(page);
  await page.getByTestId('request-row').filter({ hasText: 'SMS-timebestilling' }).focus();
  await page.keyboard.press('Enter');
  await expect(detail.getByRole('heading', { name: 'SMS-timebestilling – Kari Nordmann' })).toBeFocused();
  await page.keyboard.press('Alt+B');
  await expect(page.getByRole('textbox', { name: 'Svar' })).toBeFocused();
  await page.keyboard.type('Time bekreftet på SMS.');
  const confirm = page.getByRole('combobox', { name: 'Time som bekreftes på SMS' });
  await expect(confirm.locator('option')).toHaveCount(2);
  await confirm.selectOption({ index: 1 });
  await expect(confirm).toHaveValue(booked.appointment.id);
  await page.getByRole('textbox', { name: 'Svar' }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(detail.getByTestId('request-answer')).toContainText('Time bekreftet på SMS.');
  await expect(detail.getByText('Besvart', { exact: true })).toBeVisible();
  await expect(page.getByTestId('request-row').filter({ hasText: 'SMS-timebestilling' })).toHaveCount(0);
  // The confirmation waits in the SMS outbox for the gateway worker: to the sender, with the time, no health data.
  const outbox = await app.backend.conn.db
    .selectFrom('sms_outbox')
    .select(['to_phone', 'text', 'purpose'])
    .where('request_id', '=', received.requestId)
    .execute();
  expect(outbox).toHaveLength(1);
  expect(outbox[0]).toMatchObject({ purpose: 'confirmation' });
  expect(outbox[0]!.text).toContain(`kl. ${booked.appointment.localStart.replace(':', '.')}`);
  await app.screenshot('requests-03-answered');

  // Kari's card: Timeavtaler (the coming one, and a way to book) and SMS-påminnelser by the contact details.
  await page.keyboard.press('Alt+1');
  await expect(page.locator('#patient-search')).toBeFocused();
  await page.keyboard.type('kari nordm');
  await expect(page.getByRole('option', { name: /Nordmann, Kari/ })).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeVisible();
  const appointments = page.getByTestId('patient-appointments');
  const coming = appointments.getByRole('table', { name: 'Kommende' });
  await expect(coming.getByRole('row')).toHaveCount(2);
  await expect(coming).toContainText(`kl. ${booked.appointment.localStart}`);
  await expect(coming).toContainText(STAFF.lege.displayName);
  await expect(coming).toContainText('Konsultasjon');
  await expect(coming).toContainText('Booket');
  await expect(appointments.getByText('Ingen tidligere timer.')).toBeVisible();
  await expect(appointments.getByRole('link', { name: 'Bestill time' })).toBeVisible();
  await expect(page.getByTestId('patient-sms').getByRole('checkbox', { name: /påminnelse på SMS/ })).toBeVisible();
  await appointments.scrollIntoViewIfNeeded();
  await app.screenshot('requests-04-patient-card');
});

/** Kari with a Klacid prescription from the doctor (fictional, the demo catalogue). */
async function seedKariWithPrescription(app: AppFixture): Promise<{ patientId: string; prescriptionId: string }> {
  const { legeId } = await seedClinic(app.backend);
  await importDemoCatalogue(app.backend.services.festImport, systemContext('e2e', 'e2e-pc', new Date()));
  const kari = await seedPatient(app.backend, KARI);
  const klacid = await app.backend.conn.db
    .selectFrom('drug_packages as p')
    .innerJoin('drug_products as pr', 'pr.id', 'p.product_id')
    .select('p.id')
    .where('pr.name', '=', 'Klacid')
    .orderBy('p.varenr')
    .executeTakeFirstOrThrow();
  const issued = await app.backend.services.prescriptions.issue(
    legeContext(legeId),
    prescriptionIssueSchema.parse({
      patientId: kari.id,
      packageId: klacid.id,
      dssn: '1 tablett 2 ganger daglig i 7 dager',
      packages: 1,
      reit: 0,
      kind: 'hvit',
    }),
  );
  return { patientId: kari.id, prescriptionId: issued.prescription.id };
}

test('a fornye-resept request goes to the doctor, who opens the legemidler from it', async ({ app, page }) => {
  const { patientId, prescriptionId } = await seedKariWithPrescription(app);
  await app.backend.services.requests.inbox.receive(systemContext('helsenorge', 'e2e-pc', new Date()), {
    kind: 'fornye_resept',
    patientId,
    prescriptionId,
    message: 'Kan jeg få fornyet resepten? Jeg har to tabletter igjen.',
    externalId: 'e2e-hn-1',
  });

  await logIn(page, app, 'lege');
  await openHenvendelser(page);
  await page.getByRole('checkbox', { name: 'Bare sendt til meg' }).check();
  const row = page.getByTestId('request-row').filter({ hasText: 'Fornye resept' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`til ${STAFF.lege.displayName}`);
  await row.focus();
  await page.keyboard.press('Enter');

  const detail = page.getByTestId('request-detail');
  await expect(detail.getByRole('heading', { name: 'Fornye resept – Kari Nordmann' })).toBeFocused();
  await expect(detail.getByTestId('request-message')).toContainText('to tabletter igjen');
  await expect(detail.getByTestId('request-prescription')).toContainText('Klacid');
  await app.screenshot('requests-05-fornye-resept');

  await detail.getByRole('button', { name: 'Åpne legemiddellisten for å fornye' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Legemidler – Kari Nordmann' })).toBeVisible();
  await expect(page.getByText(/Klacid/).first()).toBeVisible();
  await app.screenshot('requests-06-legemidler');
});
