/** Handlers for the requests calls: translate between the API and the services; rules and audit live in the services. */
import type { requestsCalls } from '../../../shared/api/requests.calls';
import type { DomainHandlers } from '../handler-kit';

export const requestsHandlers: DomainHandlers<keyof typeof requestsCalls> = {};
