/** The referral calls and events of the contract; contract.ts gathers them into its registries. */
import { call, event } from './call-spec';
import type {
  RecipientView,
  ReferralComposeView,
  ReferralDetailView,
  ReferralListItem,
  RegisterImportReport,
} from './referral-views';
import {
  recipientSearchSchema,
  referralCancelSchema,
  referralChangeSchema,
  referralComposeSchema,
  referralIdSchema,
  referralListSchema,
  referralSaveSchema,
  registerImportSchema,
} from '../schemas/referral.schema';

export const referralCalls = {
  'referrals.compose': call<ReferralComposeView>()(referralComposeSchema),
  'referrals.recipients': call<RecipientView[]>()(recipientSearchSchema),
  'referrals.saveDraft': call<ReferralDetailView>()(referralSaveSchema),
  'referrals.send': call<ReferralDetailView>()(referralSaveSchema),
  'referrals.change': call<ReferralDetailView>()(referralChangeSchema),
  'referrals.cancel': call<ReferralDetailView>()(referralCancelSchema),
  'referrals.discard': call<ReferralDetailView>()(referralIdSchema),
  'referrals.list': call<ReferralListItem[]>()(referralListSchema),
  'referrals.get': call<ReferralDetailView>()(referralIdSchema),
  'referrals.letter': call<{ fileName: string; pdfBase64: string }>()(referralIdSchema),
  'referrals.importRegister': call<RegisterImportReport>()(registerImportSchema),
} as const;

export const referralEvents = {
  /** A referral was sent, changed or cancelled in this clinic: tracking lists refresh. */
  'referrals.changed': event<{ referralId: string }>(),
} as const;
