/**
 * Authorization lives in services: the UI may hide a button, but only this decides.
 * The CLI acts as 'system' and is trusted like the administrator who runs it on the clinic's PC.
 */
import { ErrorCode } from '../../../shared/api/error-codes';
import type { Role } from '../../../shared/schemas/roles';
import type { ServiceContext } from '../context';
import { ServiceError } from '../service-error';

export function requireRole(ctx: ServiceContext, allowed: readonly Role[]): void {
  if (ctx.role === 'system') return;
  if (!allowed.includes(ctx.role)) {
    throw new ServiceError(ErrorCode.forbidden, 'Du har ikke tilgang til dette med din rolle.');
  }
}
