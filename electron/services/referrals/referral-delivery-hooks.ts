/**
 * What the receiver's AppRec means for a referral, for the delivery worker to call INSIDE its own transaction (the
 * one that records the answer on the outbox row), so the referral's state and the record of the answer commit
 * together. AppRec 1 (OK) or 3 (OK, feil i delmelding): the message is mottatt. AppRec 2 (avvist), or a refusal at
 * the door: avvist, with the receiver's reason in Norwegian; it is never resent on its own — the doctor decides.
 * Safe to run again after a rollback, and a second answer to the same message changes nothing.
 */
import type { Kysely, Transaction } from 'kysely';
import { recordReferralAppRec } from '../../../db/repositories/referrals.repository';
import type { Database, OutboxMessageRow } from '../../../db/schema';
import { APPREC_ERRORS } from '../../integrations/messages/code-lists';
import { REFERRAL_SUBJECT } from './referrals.service';

type Db = Kysely<Database> | Transaction<Database>;

export interface ReferralAppRec {
  outcome: 'answered' | 'rejected';
  /** 8258: '1' OK, '2' avvist, '3' OK med feil i delmelding; null when refused without an AppRec. */
  appRecStatus: string | null;
  errors: readonly { code: string; text: string }[];
}

export function referralRejectionReason(answer: ReferralAppRec): string {
  const parts = answer.errors.map((e) => {
    const name = (APPREC_ERRORS as Readonly<Record<string, string>>)[e.code];
    return e.text && e.text !== name ? (name ? `${name}: ${e.text}` : e.text) : (name ?? `Feilkode ${e.code}`);
  });
  return parts.length > 0 ? parts.join('; ') : 'Avvist av mottakeren uten begrunnelse.';
}

export function isAccepted(answer: ReferralAppRec): boolean {
  if (answer.outcome === 'rejected') return false;
  return answer.appRecStatus === null || answer.appRecStatus === '1' || answer.appRecStatus === '3';
}

export function createReferralDeliveryHooks(db: Kysely<Database>) {
  return {
    /** Returns false when the outbox row is not a referral message (another domain's answer). */
    async onAnswer(
      trx: Db | undefined,
      outgoing: OutboxMessageRow,
      answer: ReferralAppRec,
      now: Date,
    ): Promise<boolean> {
      if (outgoing.subject_type !== REFERRAL_SUBJECT) return false;
      const accepted = isAccepted(answer);
      await recordReferralAppRec(trx ?? db, outgoing.msg_id, {
        status: accepted ? 'ok' : 'avvist',
        at: now.toISOString(),
        rejectionReason: accepted ? null : referralRejectionReason(answer),
      });
      return true;
    },
  };
}
