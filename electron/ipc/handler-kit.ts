/** What every handler module shares: the call environment, the handler type and the session check. */
import type { CallName, CallOutput, ParsedInput } from '../../shared/api/contract';
import { ErrorCode } from '../../shared/api/error-codes';
import type { SessionStore } from '../services/auth/session-store';
import type { ServiceContext } from '../services/context';
import type { Services } from '../services/index';
import { ServiceError } from '../services/service-error';
import type { EventBus } from './event-bus';

export interface CallEnv {
  senderId: number;
  /** Null only for public calls made before login. */
  ctx: ServiceContext | null;
  where: { workstation: string; now: Date };
  services: Services;
  sessions: SessionStore;
  events: EventBus;
}

export type Handler<N extends CallName> = (input: ParsedInput<N>, env: CallEnv) => Promise<CallOutput<N>>;

/** The handlers of one domain's calls (e.g. `keyof typeof referralCalls`). */
export type DomainHandlers<Names extends CallName> = { [N in Names]: Handler<N> };

export function requireCtx(env: CallEnv): ServiceContext {
  if (!env.ctx) throw new ServiceError(ErrorCode.notLoggedIn, 'Du må logge inn først.');
  return env.ctx;
}
