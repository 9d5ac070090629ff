/** The queue services, wired to one database. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

export function createQueueServices(_db: Kysely<Database>) {
  return {};
}
