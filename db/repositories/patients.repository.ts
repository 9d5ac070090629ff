import type { Kysely, Transaction } from 'kysely';
import type { Database, NewPatientRow, PatientRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertPatients(db: Db, rows: readonly NewPatientRow[]): Promise<void> {
  // SQLite allows at most 32766 bound values per statement; 13 columns per row keeps a chunk well below.
  const chunk = 500;
  for (let i = 0; i < rows.length; i += chunk) {
    await db
      .insertInto('patients')
      .values(rows.slice(i, i + chunk))
      .execute();
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
