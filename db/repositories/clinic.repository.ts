import type { Kysely, Transaction } from 'kysely';
import type { ClinicRow, Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function findClinic(db: Db): Promise<ClinicRow | undefined> {
  return db.selectFrom('clinic').selectAll().executeTakeFirst();
}

export async function insertClinic(db: Db, row: ClinicRow): Promise<void> {
  await db.insertInto('clinic').values(row).execute();
}
