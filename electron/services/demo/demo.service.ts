/**
 * The demo clinic: clinic and administrator through the clinic service's own setup, the other staff through the
 * users service's transaction helper, each doctor's listetak through the fastlegeliste service, then fictional
 * patients with their lists, guardians and CAVE, the demo drug catalogue, the timebok (schedules and appointments)
 * and a few patient requests and SMS for Henvendelser. Everything but the bulk patient rows goes through the same code
 * and audit as a real clinic's setup, so a demo shows the real thing. Only the system (the CLI) may seed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClinicView, UserSummary } from '../../../shared/api/views';
import { newUserSchema, setupClinicSchema } from '../../../shared/schemas/clinic.schema';
import { requireRole } from '../auth/authorize';
import { hashPassword } from '../auth/password';
import { createClinicService } from '../clinic/clinic.service';
import type { ServiceContext } from '../context';
import { importDemoCatalogue } from '../drugs/demo-catalogue/import-demo-catalogue';
import { createFestImportService } from '../drugs/fest-import.service';
import { createGpListsService } from '../lists/gp-lists.service';
import { ensureDemoRegister } from '../referrals/address-register.service';
import { createRequestsServices } from '../requests';
import { seedDemoTimebok } from '../timebok/demo-schedules';
import { createUserInTransaction } from '../users/users.service';
import { DEMO_ADMIN, DEMO_CLINIC, DEMO_STAFF, type DemoLogin } from './demo-clinic';
import type { DemoDoctor } from './demo-lists';
import { seedDemoPatients } from './seed-patients';

export interface SeedDemoOptions {
  patients: number;
  seed: string | number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoStaff {
  clinic: ClinicView;
  users: { user: UserSummary; password: string }[];
  /** The doctors with their listetak, in the order of the demo logins. */
  doctors: (DemoDoctor & { username: string })[];
}

export interface DemoClinicSummary {
  clinic: ClinicView;
  users: { user: UserSummary; password: string }[];
  patients: number;
  lists: { username: string; listCeiling: number; listLength: number }[];
  guardianRelations: number;
  caveEntries: number;
  /** The demo drug catalogue (FEST format, marked as demo): products and packages imported. */
  drugCatalogue: { products: number; packages: number; interactions: number };
  /** The timebok: a resource per doctor plus a nurse and a lab, the standard week, fictional appointments. */
  timebok: { resources: number; appointments: number };
  /** Requests in Henvendelser (Helsenorge-like and SMS); none without patients. */
  requests: number;
}

export function createDemoService(db: Kysely<Database>) {
  /** Clinic, logins and listetak: the demo clinic without patients. */
  async function seedStaff(ctx: ServiceContext): Promise<DemoStaff> {
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
      const users: { user: UserSummary; password: string; listCeiling?: number }[] = [];
      for (const { login, user, hash } of staff) {
        users.push({
          user: await createUserInTransaction(trx, ctx, user, hash),
          password: login.password,
          ...(login.listCeiling !== undefined && { listCeiling: login.listCeiling }),
        });
      }
      return users;
    });
    const doctors: DemoStaff['doctors'] = [];
    const lists = createGpListsService(db);
    for (const { user, listCeiling } of created) {
      if (user.role !== 'lege' || listCeiling === undefined) continue;
      await lists.setCeiling(ctx, { doctorId: user.id, listCeiling });
      doctors.push({ id: user.id, username: user.username, listCeiling });
    }
    return {
      clinic: setup.clinic,
      users: [
        { user: setup.admin, password: DEMO_ADMIN.password },
        ...created.map(({ user, password }) => ({ user, password })),
      ],
      doctors,
    };
  }

  return {
    seedStaff,

    async seed(ctx: ServiceContext, options: SeedDemoOptions): Promise<DemoClinicSummary> {
      requireRole(ctx, []);
      const staff = await seedStaff(ctx);
      const outcome = await seedDemoPatients(db, ctx, {
        count: options.patients,
        seed: options.seed,
        doctors: staff.doctors,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      const catalogue = await importDemoCatalogue(createFestImportService(db), ctx);
      // Henvisninger need receivers: the demo register, whose HER-ids are test values (never in a real clinic).
      await db.transaction().execute((trx) => ensureDemoRegister(trx, ctx.now));
      // The reception's rooms need something to show: schedules and appointments, then a few requests and SMS.
      const timebok = await seedDemoTimebok(db, ctx, { now: ctx.now });
      const requests = await createRequestsServices(db).seedDemo(ctx);
      return {
        clinic: staff.clinic,
        users: staff.users,
        patients: outcome.inserted,
        lists: staff.doctors.map((d, i) => ({
          username: d.username,
          listCeiling: d.listCeiling,
          listLength: outcome.listLengths[i] ?? 0,
        })),
        guardianRelations: outcome.guardianRelations,
        caveEntries: outcome.caveEntries,
        drugCatalogue: {
          products: catalogue.counts.products,
          packages: catalogue.counts.packages,
          interactions: catalogue.counts.interactions,
        },
        timebok: { resources: timebok.resourceIds.length, appointments: timebok.appointments },
        requests: requests.requests,
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
