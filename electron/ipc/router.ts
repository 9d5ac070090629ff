/**
 * The IPC router: the only door from a window into main. Checks, in order: the sender is our own top frame,
 * the call is in the contract, there is a session (unless the call is public), the input parses; then runs
 * the handler. Session before parsing, so a window without a session learns nothing about valid payloads. Every answer is a result envelope; no stack trace or SQL ever crosses.
 */
import type { z } from 'zod';
import { calls, isCallName, type CallName } from '../../shared/api/contract';
import { ErrorCode } from '../../shared/api/error-codes';
import { fail, ok, type Result } from '../../shared/api/result';
import type { Logger } from '../logger';
import type { SessionStore } from '../services/auth/session-store';
import type { ServiceContext } from '../services/context';
import type { Services } from '../services/index';
import { ServiceError } from '../services/service-error';
import type { EventBus } from './event-bus';
import { handlers, type CallEnv } from './handlers';

export interface SenderInfo {
  /** Stable per window (webContents id). */
  id: number;
  /** URL of the frame that sent the message. */
  url: string;
  isTopFrame: boolean;
}

export interface RouterDeps {
  services: Services;
  sessions: SessionStore;
  events: EventBus;
  logger: Logger;
  workstation: string;
  clock: () => Date;
  isTrustedUrl: (url: string) => boolean;
}

export type Router = (sender: SenderInfo, request: unknown) => Promise<Result<unknown>>;

export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function createRouter(deps: RouterDeps): Router {
  return async (sender, request) => {
    if (!sender.isTopFrame || !deps.isTrustedUrl(sender.url)) {
      deps.logger.warn('ipc refused: untrusted sender', { url: sender.url });
      return fail(ErrorCode.untrustedSender, 'Forespørselen kom ikke fra Allmenn og ble avvist.');
    }
    const { call, input } = (request ?? {}) as { call?: unknown; input?: unknown };
    if (!isCallName(call)) {
      return fail(ErrorCode.unknownCall, 'Ukjent forespørsel.');
    }
    const spec = calls[call];

    const now = deps.clock();
    let ctx: ServiceContext | null = null;
    const touched = deps.sessions.touch(sender.id, now);
    if ('session' in touched) {
      ctx = {
        user: { id: touched.session.userId, name: touched.session.displayName },
        role: touched.session.role,
        workstation: deps.workstation,
        now,
      };
    } else if (touched.expired) {
      deps.events.emit(sender.id, 'session.ended', { reason: 'expired' });
    }
    if (spec.access === 'session' && !ctx) {
      return fail(ErrorCode.notLoggedIn, 'Du er ikke logget inn. Logg inn for å fortsette.');
    }
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail(ErrorCode.invalidInput, 'Noen felt er ikke fylt ut riktig.', zodFields(parsed.error));
    }

    const env: CallEnv = {
      senderId: sender.id,
      ctx,
      where: { workstation: deps.workstation, now },
      services: deps.services,
      sessions: deps.sessions,
      events: deps.events,
    };
    try {
      const handler = handlers[call] as (input: unknown, env: CallEnv) => Promise<unknown>;
      return ok(await handler(parsed.data, env));
    } catch (error) {
      if (error instanceof ServiceError) return fail(error.code, error.message, error.fields);
      deps.logger.error('ipc call failed', { call: call satisfies CallName, error: String(error) });
      return fail(ErrorCode.internal, 'Noe gikk galt. Forsøk igjen, og kontakt IT-ansvarlig om det gjentar seg.');
    }
  };
}
