import type { Kysely, Transaction } from 'kysely';
import type { Database, NewPatientRow, PatientRow, PatientUpdate } from '../schema';
import { indexPatientNames } from './patient-search.repository';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertPatients(db: Db, rows: readonly NewPatientRow[]): Promise<void> {
  // SQLite allows at most 32766 bound values per statement; 13 columns per row keeps a chunk well below.
  const chunk = 500;
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    await db.insertInto('patients').values(slice).execute();
    await indexPatientNames(
      db,
      slice.map((r) => r.id),
      true,
    );
  }
}

export async function countPatients(db: Db): Promise<number> {
  const row = await db
    .selectFrom('patients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPatientByIdentityNumber(db: Db, identityNumber: string): Promise<PatientRow | undefined> {
  return db.selectFrom('patients').selectAll().where('identity_number', '=', identityNumber).executeTakeFirst();
}

export async function findPatientById(db: Db, id: string): Promise<PatientRow | undefined> {
  return db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPatientsByIds(db: Db, ids: readonly string[]): Promise<PatientRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('patients').selectAll().where('id', 'in', ids).execute();
}

export async function insertPatient(db: Db, row: NewPatientRow): Promise<void> {
  await db.insertInto('patients').values(row).execute();
  await indexPatientNames(db, [row.id], true);
}

export async function updatePatient(db: Db, id: string, patch: PatientUpdate): Promise<void> {
  await db.updateTable('patients').set(patch).where('id', '=', id).execute();
  if (patch.given_name !== undefined || patch.middle_name !== undefined || patch.family_name !== undefined) {
    await indexPatientNames(db, [id]);
  }
}

/** Identity numbers already taken among candidates (used when the clinic generates an H-nummer). */
export async function takenIdentityNumbers(db: Db, candidates: readonly string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await db
    .selectFrom('patients')
    .select('identity_number')
    .where('identity_number', 'in', candidates)
    .execute();
  return new Set(rows.map((r) => r.identity_number));
}
