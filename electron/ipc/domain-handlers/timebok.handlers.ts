/** Handlers for the timebok calls: translate between the API and the services; rules and audit live in the services. */
import type { timebokCalls } from '../../../shared/api/timebok.calls';
import type { DomainHandlers } from '../handler-kit';

export const timebokHandlers: DomainHandlers<keyof typeof timebokCalls> = {};
