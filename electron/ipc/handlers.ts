/**
 * One handler per contract call; the mapped type makes a call without a handler a compile error.
 * Handlers translate between the API and the services; rules and audit live in the services.
 */
import type { CallName } from '../../shared/api/contract';
import type { SessionInfo } from '../../shared/api/views';
import type { ServiceContext } from '../services/context';
import { festBytesSource } from '../services/drugs/fest/fest-sources';
import { requireCtx, type CallEnv, type Handler } from './handler-kit';
import { inboxHandlers } from './domain-handlers/inbox.handlers';
import { queueHandlers } from './domain-handlers/queue.handlers';
import { referralHandlers } from './domain-handlers/referral.handlers';
import { requestsHandlers } from './domain-handlers/requests.handlers';
import { timebokHandlers } from './domain-handlers/timebok.handlers';

export type { CallEnv } from './handler-kit';
export type Handlers = { [N in CallName]: Handler<N> };

async function sessionInfo(env: CallEnv, userId: string): Promise<SessionInfo | null> {
  const user = await env.services.auth.currentUser(userId);
  if (!user) return null;
  return { user, clinic: await env.services.clinic.get() };
}

export const handlers: Handlers = {
  'setup.status': (_input, env) => env.services.clinic.status(),

  'setup.createClinic': async (input, env) => {
    const ctx: ServiceContext = {
      user: { id: null, name: input.admin.displayName },
      role: 'system',
      workstation: env.where.workstation,
      now: env.where.now,
    };
    const { clinic, admin } = await env.services.clinic.setup(ctx, input);
    env.sessions.start(env.senderId, {
      userId: admin.id,
      displayName: admin.displayName,
      role: admin.role,
      startedAt: env.where.now,
    });
    return { user: admin, clinic };
  },

  'auth.login': async (input, env) => {
    const user = await env.services.auth.login(env.where, input);
    env.sessions.start(env.senderId, {
      userId: user.id,
      displayName: user.displayName,
      role: user.role,
      startedAt: env.where.now,
    });
    return { user, clinic: await env.services.clinic.get() };
  },

  'auth.session': async (_input, env) => {
    const session = env.ctx?.user.id ? await sessionInfo(env, env.ctx.user.id) : null;
    return session;
  },

  'auth.logout': async (_input, env) => {
    const ctx = requireCtx(env);
    await env.services.auth.logout(ctx);
    env.sessions.end(env.senderId);
    env.events.emit(env.senderId, 'session.ended', { reason: 'logout' });
    return null;
  },

  'users.list': (_input, env) => env.services.users.list(requireCtx(env)),
  'users.create': (input, env) => env.services.users.create(requireCtx(env), input),
  'users.clinicians': (_input, env) => env.services.users.clinicians(requireCtx(env)),
  'audit.recent': (input, env) => env.services.audit.recent(requireCtx(env), input.limit ?? 100),

  'patients.search': (input, env) => env.services.patients.search(requireCtx(env), input),
  'patients.recent': (_input, env) => env.services.patients.recent(requireCtx(env)),
  'patients.open': (input, env) => env.services.patients.open(requireCtx(env), input.patientId),
  'patients.register': (input, env) => env.services.patients.register(requireCtx(env), input),
  'patients.update': (input, env) => env.services.patients.update(requireCtx(env), input.patientId, input.patient),
  'patients.merge': (input, env) => env.services.patientMerge.merge(requireCtx(env), input),
  'patients.addRelation': (input, env) => env.services.relations.add(requireCtx(env), input),
  'patients.import': (input, env) =>
    env.services.patientImport.importListFile(requireCtx(env), Buffer.from(input.contentBase64, 'base64'), {
      fileName: input.fileName,
      onProgress: (done, total) =>
        env.events.emit(env.senderId, 'progress', { task: 'patients.import', done, total, label: input.fileName }),
    }),
  'patients.endRelation': (input, env) => env.services.relations.end(requireCtx(env), input.relationId),

  'cave.add': (input, env) => env.services.cave.add(requireCtx(env), input),
  'cave.revise': (input, env) => env.services.cave.revise(requireCtx(env), input),

  'journal.start': (input, env) => env.services.journal.start(requireCtx(env), input),
  'journal.saveDraft': (input, env) => env.services.journal.saveDraft(requireCtx(env), input),
  'journal.sign': (input, env) => env.services.journal.sign(requireCtx(env), input),
  'journal.startCorrection': (input, env) => env.services.journal.startCorrection(requireCtx(env), input),
  'journal.markEnteredInError': (input, env) => env.services.journal.markEnteredInError(requireCtx(env), input),
  'journal.discardDraft': (input, env) => env.services.journal.discardDraft(requireCtx(env), input),
  'journal.timeline': (input, env) => env.services.journalRead.timeline(requireCtx(env), input),
  'journal.note': (input, env) => env.services.journalRead.note(requireCtx(env), input.noteId),
  'journal.search': (input, env) => env.services.journalRead.search(requireCtx(env), input),
  'journal.problemList': (input, env) => env.services.journalRead.problemList(requireCtx(env), input.patientId),
  'journal.myDrafts': (_input, env) => env.services.journalRead.myDrafts(requireCtx(env)),
  'journal.extract': async (input, env) => {
    const file = await env.services.journalExtract.extractFile(requireCtx(env), input);
    return { fileName: file.fileName, pdfBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'snippets.list': (_input, env) => env.services.snippets.list(requireCtx(env)),
  'snippets.save': (input, env) => env.services.snippets.save(requireCtx(env), input),
  'snippets.remove': (input, env) => env.services.snippets.remove(requireCtx(env), input.id),

  'drugs.search': (input, env) => env.services.drugs.search(requireCtx(env), input),
  'drugs.catalogue': (_input, env) => env.services.drugs.catalogue(requireCtx(env)),
  'drugs.importFest': async (input, env) => {
    const source = festBytesSource(input.fileName, Buffer.from(input.contentBase64, 'base64'));
    const result = await env.services.festImport.importCatalogue(requireCtx(env), source, {
      onProgress: (done, total) =>
        env.events.emit(env.senderId, 'progress', { task: 'drugs.importFest', done, total, label: input.fileName }),
    });
    return {
      source: result.source,
      fileName: result.fileName,
      fileBytes: result.fileBytes,
      retrievedAt: result.retrievedAt,
      counts: {
        products: result.counts.products,
        packages: result.counts.packages,
        substances: result.counts.substances,
        ingredients: result.counts.ingredients,
        refundGroups: result.counts.refundGroups,
        refundCodes: result.counts.refundCodes,
        conditions: result.counts.conditions,
        interactions: result.counts.interactions,
      },
      skipped: result.skipped,
      durationMs: result.durationMs,
    };
  },

  'prescriptions.check': (input, env) => env.services.prescriptions.check(requireCtx(env), input),
  'prescriptions.issue': (input, env) => env.services.prescriptions.issue(requireCtx(env), input),
  'prescriptions.list': (input, env) => env.services.prescriptions.list(requireCtx(env), input.patientId),
  'prescriptions.renew': (input, env) => env.services.prescriptions.renew(requireCtx(env), input),
  'prescriptions.revoke': (input, env) => env.services.prescriptions.revoke(requireCtx(env), input),
  'prescriptions.requestRfList': (input, env) =>
    env.services.prescriptions.requestRfList(requireCtx(env), input.patientId),
  'prescriptions.rfList': (input, env) => env.services.prescriptions.rfList(requireCtx(env), input.patientId),
  'prescriptions.print': async (input, env) => {
    const file = await env.services.prescriptions.print(requireCtx(env), input.patientId);
    return { fileName: file.fileName, pdfBase64: Buffer.from(file.bytes).toString('base64') };
  },

  'lists.overview': (_input, env) => env.services.lists.overview(requireCtx(env)),
  'lists.setCeiling': (input, env) => env.services.lists.setCeiling(requireCtx(env), input),
  'lists.assign': async (input, env) => {
    await env.services.lists.assign(requireCtx(env), input);
    return null;
  },
  'lists.remove': async (input, env) => {
    await env.services.lists.remove(requireCtx(env), input);
    return null;
  },
  'lists.changes': (input, env) => env.services.lists.changes(requireCtx(env), input),
  'lists.waitingList': (input, env) => env.services.lists.waitingList(requireCtx(env), input.doctorId),
  'lists.addToWaitingList': async (input, env) => {
    await env.services.lists.addToWaitingList(requireCtx(env), input);
    return null;
  },
  'lists.grantFromWaiting': async (input, env) => {
    await env.services.lists.grantFromWaiting(requireCtx(env), input);
    return null;
  },
  'lists.closeWaiting': async (input, env) => {
    await env.services.lists.closeWaiting(requireCtx(env), input);
    return null;
  },

  ...referralHandlers,
  ...inboxHandlers,
  ...timebokHandlers,
  ...queueHandlers,
  ...requestsHandlers,
};
