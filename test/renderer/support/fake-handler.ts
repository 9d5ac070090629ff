/** The pieces the fake's handler modules share: the handler types and the way a handler refuses a call. */
import type { CallName, CallOutput, ParsedInput } from '../../../shared/api/contract';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { ApiError } from '../../../shared/api/result';
import type { Role } from '../../../shared/schemas/roles';

export type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N>;
export type Handlers = { [N in CallName]?: Handler<N> };

/** Thrown by a handler; the transport turns it into a failed Result, as the router does with a ServiceError. */
export class Refusal extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export function refuse(code: string, message: string, fields?: Record<string, string>): never {
  throw new Refusal(fields ? { code, message, fields } : { code, message });
}

/** The services' role check, with their message. */
export function requireRoleIn(role: Role | undefined, allowed: readonly Role[]): void {
  if (!role || !allowed.includes(role)) refuse(ErrorCode.forbidden, 'Du har ikke tilgang til dette med din rolle.');
}
