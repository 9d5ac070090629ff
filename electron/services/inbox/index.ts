/** The inbox services, wired to one database. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

export function createInboxServices(_db: Kysely<Database>) {
  return {};
}
