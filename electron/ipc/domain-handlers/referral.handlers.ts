/** Handlers for the referral calls: translate between the API and the services; rules and audit live in the services. */
import type { referralCalls } from '../../../shared/api/referral.calls';
import type { ReferralDetailView } from '../../../shared/api/referral-views';
import { requireCtx, type CallEnv, type DomainHandlers } from '../handler-kit';

function changed(env: CallEnv, view: ReferralDetailView): ReferralDetailView {
  // Every window hears it, the reception's and the administrator's too: say which referral, never whose.
  env.events.emit('all', 'referrals.changed', { referralId: view.id });
  return view;
}

export const referralHandlers: DomainHandlers<keyof typeof referralCalls> = {
  'referrals.compose': (input, env) => env.services.referrals.compose(requireCtx(env), input.patientId),
  'referrals.recipients': (input, env) => env.services.referrals.searchRecipients(requireCtx(env), input),
  'referrals.saveDraft': (input, env) => env.services.referrals.saveDraft(requireCtx(env), input),
  'referrals.send': async (input, env) => changed(env, await env.services.referrals.send(requireCtx(env), input)),
  'referrals.change': async (input, env) => changed(env, await env.services.referrals.change(requireCtx(env), input)),
  'referrals.cancel': async (input, env) => changed(env, await env.services.referrals.cancel(requireCtx(env), input)),
  'referrals.discard': (input, env) => env.services.referrals.discard(requireCtx(env), input.referralId),
  'referrals.list': (input, env) => env.services.referrals.list(requireCtx(env), input),
  'referrals.get': (input, env) => env.services.referrals.get(requireCtx(env), input.referralId),
  'referrals.letter': async (input, env) => {
    const file = await env.services.referrals.letter(requireCtx(env), input.referralId);
    return { fileName: file.fileName, pdfBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'referrals.importRegister': (input, env) => env.services.referrals.importRegister(requireCtx(env), input),
};
