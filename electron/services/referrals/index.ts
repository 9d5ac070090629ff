/** The referrals services, wired to one database: the referrals themselves and the address register. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { createAddressRegisterService } from './address-register.service';
import { createReferralsService } from './referrals.service';

export function createReferralServices(db: Kysely<Database>) {
  const register = createAddressRegisterService(db);
  return {
    ...createReferralsService(db),
    searchRecipients: (...args: Parameters<typeof register.search>) => register.search(...args),
    importRegister: (...args: Parameters<typeof register.importFile>) => register.importFile(...args),
  };
}
export type ReferralServices = ReturnType<typeof createReferralServices>;
