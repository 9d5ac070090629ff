/**
 * The demo clinic: clinic and administrator through the clinic service's own setup, the other staff through the
 * users service's transaction helper, then fictional patients. Everything goes through the same code and audit as
 * a real clinic's setup, so a demo shows the real thing. Only the system (the CLI) may seed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClinicView, UserSummary } from '../../../shared/api/views';
import { newUserSchema, setupClinicSchema } from '../../../shared/schemas/clinic.schema';
import { requireRole } from '../auth/authorize';
import { hashPassword } from '../auth/password';
import { createClinicService } from '../clinic/clinic.service';
import type { ServiceContext } from '../context';
import { createUserInTransaction } from '../users/users.service';
import { DEMO_ADMIN, DEMO_CLINIC, DEMO_STAFF, type DemoLogin } from './demo-clinic';
import { seedDemoPatients } from './seed-patients';

export interface SeedDemoOptions {
  patients: number;
  seed: string | number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoClinicSummary {
  clinic: ClinicView;
  users: { user: UserSummary; password: string }[];
  patients: number;
}

export function createDemoService(db: Kysely<Database>) {
  return {
    async seed(ctx: ServiceContext, options: SeedDemoOptions): Promise<DemoClinicSummary> {
      // No role may seed from the app: a demo in a real clinic's database would mix fictional and real patients.
      requireRole(ctx, []);
      // scrypt runs on libuv's thread pool: hashing the staff while setup hashes the administrator saves ~300 ms.
      const staffHashed = Promise.all(
        DEMO_STAFF.map(async (login) => {
          const user = newUserSchema.parse(toNewUserInput(login));
          return { login, user, hash: await hashPassword(user.password) };
        }),
      );
      const [setup, staff] = await Promise.all([
        createClinicService(db).setup(
          ctx,
          setupClinicSchema.parse({
            clinic: DEMO_CLINIC,
            admin: {
              username: DEMO_ADMIN.username,
              displayName: DEMO_ADMIN.displayName,
              password: DEMO_ADMIN.password,
            },
          }),
        ),
        staffHashed,
      ]);
      const created = await db.transaction().execute(async (trx) => {
        const users: { user: UserSummary; password: string }[] = [];
        for (const { login, user, hash } of staff) {
          users.push({ user: await createUserInTransaction(trx, ctx, user, hash), password: login.password });
        }
        return users;
      });
      const outcome = await seedDemoPatients(db, ctx, {
        count: options.patients,
        seed: options.seed,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      return {
        clinic: setup.clinic,
        users: [{ user: setup.admin, password: DEMO_ADMIN.password }, ...created],
        patients: outcome.inserted,
      };
    },
  };
}
export type DemoService = ReturnType<typeof createDemoService>;

function toNewUserInput(login: DemoLogin) {
  return {
    username: login.username,
    displayName: login.displayName,
    role: login.role,
    hprNumber: login.hprNumber,
    password: login.password,
  };
}
