/** Handlers for the requests calls: translate between the API and the services; rules and audit live in the services. */
import type { requestsCalls } from '../../../shared/api/requests.calls';
import type { CallEnv, DomainHandlers } from '../handler-kit';
import { requireCtx } from '../handler-kit';

/** Every window refreshes its Henvendelser list when a request arrives, is matched or answered. */
function changed<T extends { id: string }>(env: CallEnv, view: T): T {
  env.events.emit('all', 'requests.changed', { requestId: view.id });
  return view;
}

export const requestsHandlers: DomainHandlers<keyof typeof requestsCalls> = {
  'requests.list': (input, env) => env.services.requests.inbox.list(requireCtx(env), input),
  'requests.get': (input, env) => env.services.requests.inbox.get(requireCtx(env), input.requestId),
  'requests.answer': async (input, env) =>
    changed(env, await env.services.requests.inbox.answer(requireCtx(env), input)),
  'requests.match': async (input, env) => changed(env, await env.services.requests.inbox.match(requireCtx(env), input)),
  'requests.receive': async (input, env) =>
    changed(env, await env.services.requests.inbox.receive(requireCtx(env), input)),
  'requests.consent': (input, env) => env.services.requests.sms.consent(requireCtx(env), input.patientId),
  'requests.setConsent': (input, env) => env.services.requests.sms.setConsent(requireCtx(env), input),
  'requests.smsSettings': (_input, env) => env.services.requests.sms.settings(requireCtx(env)),
  'requests.setSmsSettings': (input, env) => env.services.requests.sms.setSettings(requireCtx(env), input),
  'requests.upcomingAppointments': (input, env) =>
    env.services.requests.inbox.upcomingAppointments(requireCtx(env), input.patientId),
  'requests.smsLog': (input, env) => env.services.requests.sms.log(requireCtx(env), input.patientId),
};
