/** The referrals services, wired to one database. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

export function createReferralServices(_db: Kysely<Database>) {
  return {};
}
