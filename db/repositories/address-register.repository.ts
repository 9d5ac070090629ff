/** The address register of services a GP refers to (HER-id, organisation, kind of service). */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import type { AddressRegisterRow, AddressServiceKind } from '../schema-referrals';

type Db = Kysely<Database> | Transaction<Database>;

export async function countAddressEntries(db: Db): Promise<number> {
  const row = await db
    .selectFrom('address_register')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findAddressEntries(db: Db, herIds: readonly string[]): Promise<AddressRegisterRow[]> {
  if (herIds.length === 0) return [];
  return db.selectFrom('address_register').selectAll().where('her_id', 'in', herIds).execute();
}

export async function findAddressEntry(db: Db, herId: string): Promise<AddressRegisterRow | undefined> {
  return db.selectFrom('address_register').selectAll().where('her_id', '=', herId).executeTakeFirst();
}

/** Adds or replaces one entry; returns whether it was new. */
export async function upsertAddressEntry(db: Db, row: AddressRegisterRow): Promise<boolean> {
  const existing = await findAddressEntry(db, row.her_id);
  if (existing) {
    const { her_id: _id, ...rest } = row;
    await db.updateTable('address_register').set(rest).where('her_id', '=', row.her_id).execute();
    return false;
  }
  await db.insertInto('address_register').values(row).execute();
  return true;
}

/**
 * Active entries whose folded text holds every word of the query (name, department, specialty, place, HER-id),
 * sorted by name. The register is small (a real regional extract is a few thousand services), so a scan is fine;
 * a PostgreSQL twin would use ILIKE the same way.
 */
export async function searchAddressEntries(
  db: Db,
  q: { words: readonly string[]; kind?: AddressServiceKind | undefined; limit: number },
): Promise<AddressRegisterRow[]> {
  let query = db.selectFrom('address_register').selectAll().where('active', '=', 1);
  for (const word of q.words) {
    // LIKE's wildcards are dropped from the word rather than escaped (SQLite needs an ESCAPE clause for that).
    const plain = word.replace(/[\\%_]/g, '');
    if (plain) query = query.where('search_text', 'like', `%${plain}%`);
  }
  if (q.kind) query = query.where('service_kind', '=', q.kind);
  return query.orderBy('name').orderBy('department').limit(q.limit).execute();
}
