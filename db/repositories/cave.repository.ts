import type { Kysely, Transaction } from 'kysely';
import type { CaveVersionRow, Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

/** The newest version of each CAVE entry of a patient: its current state (including inactive and in error). */
export async function currentCaveEntries(db: Db, patientId: string): Promise<CaveVersionRow[]> {
  const rows = await db
    .selectFrom('cave_versions')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('entry_id')
    .orderBy('version', 'desc')
    .execute();
  const latest = new Map<string, CaveVersionRow>();
  for (const row of rows) if (!latest.has(row.entry_id)) latest.set(row.entry_id, row);
  return [...latest.values()].sort((a, b) => a.noted_on.localeCompare(b.noted_on));
}

export async function latestCaveVersion(db: Db, entryId: string): Promise<CaveVersionRow | undefined> {
  return db
    .selectFrom('cave_versions')
    .selectAll()
    .where('entry_id', '=', entryId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertCaveVersion(db: Db, row: CaveVersionRow): Promise<void> {
  await db.insertInto('cave_versions').values(row).execute();
}

export async function reassignCave(db: Db, fromId: string, toId: string): Promise<void> {
  await db.updateTable('cave_versions').set({ patient_id: toId }).where('patient_id', '=', fromId).execute();
}
