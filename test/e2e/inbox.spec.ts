/**
 * Issue 6 item 5, Innboks end to end: an epikrise about Kari and a Status på henvisning about someone the clinic
 * does not know arrive (imported through the same service as `import-message`); the doctor opens Innboks with
 * Alt+4, sees the unmatched one first with its reason, walks the list with the keyboard, reads the epikrise as text
 * and files it with Alt+G; it becomes a signed note in Kari's journal.
 */
import { systemContext } from '../../electron/services/context';
import { epikriseMessage, statusMessage } from '../inbox/inbox-fixtures';
import { expect, test } from './harness/fixtures';
import { logIn, seedClinic, seedPatient, testNorgeNumber } from './support/clinic';

const KARI = { identityNumber: testNorgeNumber('1962-05-03', 'female'), givenName: 'Kari', familyName: 'Nordmann' };

test.use({ viewport: { width: 1500, height: 1000 } });

test('a lege reads an epikrise in Innboks and files it into the journal by keyboard', async ({ app, page }) => {
  const { legeId } = await seedClinic(app.backend);
  const kari = await seedPatient(app.backend, KARI);
  const cli = systemContext('cli (e2e)', 'e2e-pc', new Date());
  const encode = (xml: string) => new TextEncoder().encode(xml);
  await app.backend.services.inbox.importMessage(
    cli,
    encode(epikriseMessage({ msgId: 'e2e-epikrise-1', fnr: KARI.identityNumber })),
  );
  await app.backend.services.inbox.importMessage(
    cli,
    encode(statusMessage({ msgId: 'e2e-status-1', fnr: testNorgeNumber('1990-01-01', 'male') })),
  );

  await logIn(page, app, 'lege');
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Innboks' })).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Dokumenter i innboksen' });
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(page.getByTestId('inbox-queue-notice')).toContainText('Ett dokument venter');
  await expect(list.getByRole('option').first()).toContainText('Ukjent pasient');

  // Focus marks the first (the queue); Enter opens it and shows why it waits.
  await list.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dialogmelding: Status på henvisning' })).toBeVisible();
  await expect(page.getByText(/Fant ingen pasient med fødselsnummer \d{11}\./)).toBeVisible();
  await app.screenshot('01-innboks-uavklart');

  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const doc = page.getByRole('article');
  await expect(doc.getByRole('heading', { name: 'Epikrise: Sykehusepikrise' })).toBeVisible();
  await expect(doc.getByRole('region', { name: 'Diagnoser' })).toContainText('Endokarditt');
  await expect(doc.getByRole('region', { name: 'Legemidler' })).toContainText('Furix');
  await expect(doc.getByRole('region', { name: 'Vurdering' })).toContainText('ferdigbehandlet');
  await expect(doc).not.toContainText('<');
  await app.screenshot('02-innboks-epikrise');

  await page.keyboard.press('Alt+G');
  await expect(page.getByText(/Epikrise er arkivert i journalen til Nordmann, Kari/)).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(1);
  await app.screenshot('03-innboks-arkivert');

  const filed = await app.backend.conn.db
    .selectFrom('incoming_documents')
    .selectAll()
    .where('msg_id', '=', 'e2e-epikrise-1')
    .executeTakeFirstOrThrow();
  expect(filed).toMatchObject({ status: 'arkivert', filed_by: legeId, patient_id: kari.id });
  const note = await app.backend.conn.db
    .selectFrom('journal_notes')
    .selectAll()
    .where('id', '=', filed.journal_note_id!)
    .executeTakeFirstOrThrow();
  expect(note).toMatchObject({ patient_id: kari.id, status: 'signert', author_id: legeId });
  const reads = await app.backend.conn.db
    .selectFrom('audit_events')
    .select(['action', 'patient_id'])
    .where('action', 'in', ['inbox.read', 'inbox.file'])
    .execute();
  expect(reads).toContainEqual({ action: 'inbox.read', patient_id: kari.id });
  expect(reads).toContainEqual({ action: 'inbox.file', patient_id: kari.id });
});
