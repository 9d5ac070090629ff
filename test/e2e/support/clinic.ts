/**
 * Data for end-to-end tests, set up directly through the services with a system context (what the admin CLI
 * does), so each test drives through the UI only the behaviour it is about. Fictional people, Test Norge numbers.
 */
import { expect, type Page } from '@playwright/test';
import type { Backend } from '../../../electron/backend';
import type { AppFixture } from '../harness/fixtures';
import { systemContext } from '../../../electron/services/context';
import type { PatientCard } from '../../../shared/api/views';
import { testNorgeIdentityNumber } from '../../../shared/rules/synthetic-identity';
import { patientInputSchema, type PatientInput } from '../../../shared/schemas/patient.schema';

export const PASSWORD = 'riktig-hest-batteri';

/** The clinic's people; the doctors' HPR numbers are the ones in test/fixtures/fastlegeliste-blandet.csv. */
export const STAFF = {
  admin: { username: 'admin', displayName: 'Ada Administrator' },
  lege: { username: 'lise.lege', displayName: 'Lise Lege', hprNumber: '1000001' },
  lege2: { username: 'per.lege', displayName: 'Per Lege', hprNumber: '1000002' },
  sekretaer: { username: 'siri.sekretaer', displayName: 'Siri Sekretær' },
} as const;

export type StaffMember = keyof typeof STAFF;

function setupContext() {
  return systemContext('e2e-oppsett', 'e2e-pc', new Date());
}

/** A configured clinic: an administrator, two doctors and a helsesekretær. Returns the doctors' user ids. */
export async function seedClinic(backend: Backend): Promise<{ legeId: string; lege2Id: string }> {
  const ctx = setupContext();
  await backend.services.clinic.setup(ctx, {
    clinic: { name: 'Fjordbyen legesenter', organisationNumber: '974760673', herId: '81234' },
    admin: { ...STAFF.admin, password: PASSWORD },
  });
  const lege = await backend.services.users.create(ctx, { ...STAFF.lege, role: 'lege', password: PASSWORD });
  const lege2 = await backend.services.users.create(ctx, { ...STAFF.lege2, role: 'lege', password: PASSWORD });
  await backend.services.users.create(ctx, {
    ...STAFF.sekretaer,
    role: 'helsesekretaer',
    hprNumber: undefined,
    password: PASSWORD,
  });
  return { legeId: lege.id, lege2Id: lege2.id };
}

/** Registers a patient as the system would (not through the UI): for the people a test needs around it. */
export async function seedPatient(backend: Backend, patient: PatientInput): Promise<PatientCard> {
  return backend.services.patients.register(setupContext(), patientInputSchema.parse(patient));
}

/** A valid Test Norge number (month + 80) for a birth date and sex: the first individnummer that works. */
export function testNorgeNumber(birthDate: string, sex: 'female' | 'male'): string {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  for (let individ = year >= 2000 ? 500 : 0; individ < 1000; individ++) {
    if ((individ % 2 === 0) !== (sex === 'female')) continue;
    const number = testNorgeIdentityNumber({ year, month, day }, individ);
    if (number) return number;
  }
  throw new Error(`no Test Norge number for ${birthDate}`);
}

/** The same number with its last control digit changed: the check digits no longer hold. */
export function withWrongCheckDigit(number: string): string {
  const last = Number(number.at(-1));
  return `${number.slice(0, -1)}${(last + 1) % 10}`;
}

/** Opens the app and logs in through the login screen. */
export async function logIn(page: Page, app: Pick<AppFixture, 'open'>, who: StaffMember): Promise<void> {
  await app.open();
  await expect(page.getByRole('heading', { name: 'Logg inn' })).toBeVisible();
  await page.getByLabel('Brukernavn').fill(STAFF[who].username);
  await page.getByLabel('Passord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByTestId('current-user')).toContainText(STAFF[who].displayName);
}

/** Rows in the patients table, read straight from the database file. */
export function patientCount(backend: Backend): number {
  const row = backend.conn.sqlite.prepare('SELECT count(*) AS n FROM patients').get() as { n: number };
  return row.n;
}
