/**
 * The database handle the drug-catalogue repositories take. Until the catalogue tables are merged into Database
 * (db/schema.ts), Kysely<Database> is not a Kysely<DrugCatalogueTables> (Kysely is invariant in its schema), so the
 * app hands its handle over through drugCatalogueDb. After the merge: `DrugDatabase = Database` and
 * drugCatalogueDb returns its argument, and both can go.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import type { DrugCatalogueTables } from '../schema-drugs';

export type DrugDatabase = DrugCatalogueTables;
export type DrugDb = Kysely<DrugDatabase> | Transaction<DrugDatabase>;

/** The same connection, seen with the catalogue's tables (the migration that creates them is registered). */
export function drugCatalogueDb(db: Kysely<Database>): Kysely<DrugDatabase> {
  return db as unknown as Kysely<DrugDatabase>;
}
