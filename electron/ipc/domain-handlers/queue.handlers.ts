/**
 * Handlers for the queue calls: translate between the API and the services; rules and audit live in the services.
 * Every change tells all windows 'queue.changed' (no patient data in it), so every venterom refetches.
 */
import type { queueCalls } from '../../../shared/api/queue.calls';
import type { CallEnv, DomainHandlers } from '../handler-kit';
import { requireCtx } from '../handler-kit';

function changed<T>(env: CallEnv, reason: string, value: T): T {
  env.events.emit('all', 'queue.changed', { reason });
  return value;
}

export const queueHandlers: DomainHandlers<keyof typeof queueCalls> = {
  'queue.today': (input, env) => env.services.queue.today(requireCtx(env), input),
  'queue.expected': (input, env) => env.services.queue.expected(requireCtx(env), input),
  'queue.registerArrival': async (input, env) =>
    changed(env, 'ankommet', await env.services.queue.registerArrival(requireCtx(env), input)),
  'queue.addDropIn': async (input, env) =>
    changed(env, 'drop_in', await env.services.queue.addDropIn(requireCtx(env), input)),
  'queue.changeTriage': async (input, env) =>
    changed(env, 'triage', await env.services.queue.changeTriage(requireCtx(env), input)),
  'queue.callNext': async (_input, env) => {
    const ctx = requireCtx(env);
    const called = await env.services.queue.callNext(ctx, (patientId, appointmentId) =>
      env.services.journal.start(ctx, {
        patientId,
        contactType: 'oppmote',
        ...(appointmentId ? { appointmentId } : {}),
      }),
    );
    return called ? changed(env, 'inne', called) : called;
  },
  'queue.markDone': async (input, env) =>
    changed(env, 'ferdig', await env.services.queue.markDone(requireCtx(env), input)),
  'queue.markLeft': async (input, env) =>
    changed(env, 'gatt', await env.services.queue.markLeft(requireCtx(env), input)),
};
