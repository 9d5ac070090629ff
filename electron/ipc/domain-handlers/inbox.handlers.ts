/** Handlers for the inbox calls: translate between the API and the services; rules and audit live in the services. */
import type { inboxCalls } from '../../../shared/api/inbox.calls';
import type { DomainHandlers } from '../handler-kit';

export const inboxHandlers: DomainHandlers<keyof typeof inboxCalls> = {};
