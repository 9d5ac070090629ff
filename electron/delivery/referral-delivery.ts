/**
 * Connects the delivery worker (electron/integrations/outbox) to the referrals service's hooks: the worker reports
 * the receiver's AppRec on a Henvisning (subject_type 'referral'); the hooks say what it means for the referral.
 * Incoming dialogmelding and epikrise belong to the clinical inbox, not here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { DeliveryHooks } from '../integrations/outbox/delivery-hooks.types';
import { createReferralDeliveryHooks } from '../services/referrals/referral-delivery-hooks';

export function referralDeliveryHooks(db: Kysely<Database>): DeliveryHooks {
  const hooks = createReferralDeliveryHooks(db);
  return {
    onAnswer: async (outgoing, answer, trx, now) => {
      await hooks.onAnswer(trx, outgoing, answer, now);
    },
  };
}
