/** The requests services, wired to one database: the requests inbox, SMS consent and set-up, and reminders. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ServiceContext } from '../context';
import { seedDemoRequests } from './demo-requests';
import { createRequestsService } from './requests.service';
import { createSmsSettingsService } from './sms-settings.service';
import { planReminders } from './sms-reminders';

export function createRequestsServices(db: Kysely<Database>) {
  const inbox = createRequestsService(db);
  return {
    inbox,
    sms: createSmsSettingsService(db),
    /** Writes the reminders now due to the SMS outbox (the backend's timer calls it; see electron/delivery/sms-*). */
    planReminders: (now: Date) => planReminders(db, now),
    /** A few requests and SMS for a demo clinic (after its patients are seeded); idempotent. */
    seedDemo: (ctx: ServiceContext) => seedDemoRequests(db, inbox, ctx),
  };
}
export type RequestsServices = ReturnType<typeof createRequestsServices>;
