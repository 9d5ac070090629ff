/** Handlers for the queue calls: translate between the API and the services; rules and audit live in the services. */
import type { queueCalls } from '../../../shared/api/queue.calls';
import type { DomainHandlers } from '../handler-kit';

export const queueHandlers: DomainHandlers<keyof typeof queueCalls> = {};
