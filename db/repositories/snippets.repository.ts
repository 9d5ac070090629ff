import type { Kysely, Transaction } from 'kysely';
import type { Database, SnippetRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function snippetsOf(db: Db, ownerId: string): Promise<SnippetRow[]> {
  return db.selectFrom('snippets').selectAll().where('owner_id', '=', ownerId).orderBy('keyword').execute();
}

export async function upsertSnippet(db: Db, row: SnippetRow): Promise<void> {
  await db
    .insertInto('snippets')
    .values(row)
    .onConflict((oc) => oc.columns(['owner_id', 'keyword']).doUpdateSet({ body: row.body, updated_at: row.updated_at }))
    .execute();
}

export async function deleteSnippet(db: Db, ownerId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom('snippets')
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
