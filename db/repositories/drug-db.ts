/** The drug-catalogue repositories take the app's own handle: the catalogue tables are part of Database. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

export type DrugDatabase = Database;
export type DrugDb = Kysely<DrugDatabase> | Transaction<DrugDatabase>;

/** Kept so callers read as "the catalogue's view of this connection"; it is the same handle. */
export function drugCatalogueDb(db: Kysely<Database>): Kysely<DrugDatabase> {
  return db;
}
