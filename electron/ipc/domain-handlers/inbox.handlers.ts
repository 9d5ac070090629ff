/**
 * Handlers for the inbox calls: translate between the API and the services; rules and audit live in the services.
 * A change tells all windows 'inbox.changed' (no patient data in it), so every Innboks refetches.
 */
import type { inboxCalls } from '../../../shared/api/inbox.calls';
import type { CallEnv, DomainHandlers } from '../handler-kit';
import { requireCtx } from '../handler-kit';

function changed<T>(env: CallEnv, reason: string, value: T): T {
  env.events.emit('all', 'inbox.changed', { reason });
  return value;
}

export const inboxHandlers: DomainHandlers<keyof typeof inboxCalls> = {
  'inbox.list': (input, env) => env.services.inbox.list(requireCtx(env), input),
  'inbox.open': (input, env) => env.services.inbox.open(requireCtx(env), input.documentId),
  'inbox.match': async (input, env) => changed(env, 'koblet', await env.services.inbox.match(requireCtx(env), input)),
  'inbox.file': async (input, env) => changed(env, 'arkivert', await env.services.inbox.file(requireCtx(env), input)),
};
