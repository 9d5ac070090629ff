/**
 * Many rows in one statement, for seeding a large register (seed-demo, the benchmarks). The app's services write
 * one row at a time through their own repositories; these inserts skip nothing those do at the database level.
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { CaveVersionTable, Database, ListMembershipTable, PatientRelationTable } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

/** SQLite allows at most 32766 bound values per statement; 500 rows of up to 16 columns stay well below. */
const ROWS_PER_STATEMENT = 500;

/** The slices of `rows` that each go into one statement. */
function statements<T>(rows: readonly T[]): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) slices.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return slices;
}

export async function insertMemberships(db: Db, rows: readonly Insertable<ListMembershipTable>[]): Promise<void> {
  for (const slice of statements(rows)) await db.insertInto('list_memberships').values(slice).execute();
}

export async function insertRelations(db: Db, rows: readonly Insertable<PatientRelationTable>[]): Promise<void> {
  for (const slice of statements(rows)) await db.insertInto('patient_relations').values(slice).execute();
}

export async function insertCaveVersions(db: Db, rows: readonly Insertable<CaveVersionTable>[]): Promise<void> {
  for (const slice of statements(rows)) await db.insertInto('cave_versions').values(slice).execute();
}
