/**
 * Login and logout. Every attempt is audited, failed ones too, with the reason kept in the audit row but never
 * told to the person (an unknown user and a wrong password look the same from outside).
 */
import type { Kysely } from 'kysely';
import { findUserById, findUserByUsername } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { UserSummary } from '../../../shared/api/views';
import { recordAudit } from '../audit/audit.service';
import type { ServiceContext } from '../context';
import { ServiceError } from '../service-error';
import { toUserSummary } from '../users/user-view';
import { decoyHash, verifyPassword } from './password';

export const WRONG_CREDENTIALS_MESSAGE = 'Feil brukernavn eller passord.';

export function createAuthService(db: Kysely<Database>) {
  return {
    async login(
      where: { workstation: string; now: Date },
      input: { username: string; password: string },
    ): Promise<UserSummary> {
      const user = await findUserByUsername(db, input.username);
      const valid = await verifyPassword(input.password, user?.password_hash ?? (await decoyHash()));
      const reason = !user ? 'unknown_user' : user.active !== 1 ? 'inactive_user' : valid ? null : 'wrong_password';
      const ctx: ServiceContext = {
        user: { id: user?.id ?? null, name: user?.display_name ?? input.username },
        role: user ? toUserSummary(user).role : 'system',
        workstation: where.workstation,
        now: where.now,
      };
      await recordAudit(db, ctx, {
        action: 'auth.login',
        outcome: reason ? 'failure' : 'success',
        detail: reason ? { username: input.username, reason } : { username: input.username },
      });
      if (reason || !user) throw new ServiceError(ErrorCode.wrongCredentials, WRONG_CREDENTIALS_MESSAGE);
      return toUserSummary(user);
    },

    async logout(ctx: ServiceContext): Promise<void> {
      await recordAudit(db, ctx, { action: 'auth.logout' });
    },

    async expired(ctx: ServiceContext): Promise<void> {
      await recordAudit(db, ctx, { action: 'auth.session_expired' });
    },

    async currentUser(userId: string): Promise<UserSummary | undefined> {
      const row = await findUserById(db, userId);
      return row && row.active === 1 ? toUserSummary(row) : undefined;
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
