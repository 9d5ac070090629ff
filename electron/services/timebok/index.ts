/** The timebok services, wired to one database. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { createSchedulesService } from './schedules.service';
import { createTimebokService } from './timebok.service';

export function createTimebokServices(db: Kysely<Database>) {
  return {
    schedules: createSchedulesService(db),
    appointments: createTimebokService(db),
  };
}

export type TimebokServices = ReturnType<typeof createTimebokServices>;
