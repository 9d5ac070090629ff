import type { Kysely, Transaction } from 'kysely';
import { findClinic } from '../../../db/repositories/clinic.repository';
import { findUserByUsername, insertUser, listUsers } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { UserSummary } from '../../../shared/api/views';
import { type newUserSchema } from '../../../shared/schemas/clinic.schema';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import { hashPassword } from '../auth/password';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import {
  generatePrescriberTestCertificate,
  storePrescriberCertificate,
} from '../prescriptions/prescriber-test-certificate';
import { ServiceError } from '../service-error';
import { toUserSummary } from './user-view';

export type NewUser = z.output<typeof newUserSchema>;

/** Inserts a user and its audit row in the caller's transaction. */
export async function createUserInTransaction(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  user: NewUser,
  passwordHash: string,
): Promise<UserSummary> {
  if (await findUserByUsername(trx, user.username)) {
    throw new ServiceError(ErrorCode.usernameTaken, `Brukernavnet «${user.username}» er allerede i bruk.`, {
      username: 'Brukernavnet er allerede i bruk',
    });
  }
  const row = {
    id: newId(),
    username: user.username,
    display_name: user.displayName,
    role: user.role,
    hpr_number: user.hprNumber ?? null,
    password_hash: passwordHash,
    active: 1,
    created_at: ctx.now.toISOString(),
  };
  await insertUser(trx, row);
  await recordAudit(trx, ctx, {
    action: 'user.create',
    entityType: 'user',
    entityId: row.id,
    detail: { username: row.username, role: row.role },
  });
  return toUserSummary(row);
}

export function createUsersService(db: Kysely<Database>) {
  return {
    async list(ctx: ServiceContext): Promise<UserSummary[]> {
      requireRole(ctx, ['administrator']);
      return (await listUsers(db)).map(toUserSummary);
    },

    /** The clinic's active doctors, for choosing an author or a fastlege; names only, for every logged-in role. */
    async clinicians(ctx: ServiceContext): Promise<{ id: string; displayName: string }[]> {
      requireRole(ctx, ['lege', 'helsesekretaer', 'administrator']);
      return (await listUsers(db))
        .filter((u) => u.role === 'lege' && u.active === 1)
        .map((u) => ({ id: u.id, displayName: u.display_name }));
    },

    async create(ctx: ServiceContext, input: NewUser): Promise<UserSummary> {
      requireRole(ctx, ['administrator']);
      // Hash outside the transaction: it takes ~100 ms and must not hold the write lock.
      const hash = await hashPassword(input.password);
      // A lege signs prescriptions: give them a test certificate now (key generation, like hashing, outside
      // the transaction). See prescriber-test-certificate.ts for why this is a test certificate.
      const hpr = input.role === 'lege' ? input.hprNumber : undefined;
      const key = hpr
        ? await generatePrescriberTestCertificate({
            hprNummer: hpr,
            name: input.displayName,
            clinicName: (await findClinic(db))?.name ?? 'Allmenn',
            now: ctx.now,
          })
        : undefined;
      return db.transaction().execute(async (trx) => {
        const user = await createUserInTransaction(trx, ctx, input, hash);
        if (hpr && key) await storePrescriberCertificate(trx, user.id, hpr, key, ctx.now);
        return user;
      });
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
