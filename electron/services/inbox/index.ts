/** The inbox services, wired to one database. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { createInboxService } from './inbox.service';

export function createInboxServices(db: Kysely<Database>) {
  return createInboxService(db);
}
