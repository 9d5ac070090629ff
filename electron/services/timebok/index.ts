/** The timebok services, wired to one database. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

export function createTimebokServices(_db: Kysely<Database>) {
  return {};
}
