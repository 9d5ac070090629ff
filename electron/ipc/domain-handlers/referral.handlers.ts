/** Handlers for the referral calls: translate between the API and the services; rules and audit live in the services. */
import type { referralCalls } from '../../../shared/api/referral.calls';
import type { DomainHandlers } from '../handler-kit';

export const referralHandlers: DomainHandlers<keyof typeof referralCalls> = {};
