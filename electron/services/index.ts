import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { createAuditService } from './audit/audit.service';
import { createAuthService } from './auth/auth.service';
import { createClinicService } from './clinic/clinic.service';
import { createUsersService } from './users/users.service';

/** Every service, wired to one database. Plain Node: runs in tests, the CLI and Electron's main alike. */
export function createServices(db: Kysely<Database>) {
  return {
    audit: createAuditService(db),
    auth: createAuthService(db),
    clinic: createClinicService(db),
    users: createUsersService(db),
  };
}
export type Services = ReturnType<typeof createServices>;
