/** The queue (venterom) services, wired to one database: reachable as `env.services.queue`. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { createQueueService } from './queue.service';

export function createQueueServices(db: Kysely<Database>) {
  return createQueueService(db);
}
