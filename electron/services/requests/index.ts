/** The requests services, wired to one database. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

export function createRequestsServices(_db: Kysely<Database>) {
  return {};
}
