import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { findClinic, insertClinic } from '../../../db/repositories/clinic.repository';
import type { ClinicRow, Database } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { ClinicView, SetupStatus, UserSummary } from '../../../shared/api/views';
import type { setupClinicSchema } from '../../../shared/schemas/clinic.schema';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { ServiceError } from '../service-error';
import { createUserInTransaction } from '../users/users.service';

export type SetupClinic = z.output<typeof setupClinicSchema>;

function prefixFields(fields: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}.${k}`, v]));
}

export function toClinicView(row: ClinicRow): ClinicView {
  return { name: row.name, organisationNumber: row.organisation_number, herId: row.her_id };
}

export function createClinicService(db: Kysely<Database>) {
  return {
    async status(): Promise<SetupStatus> {
      return { configured: (await findClinic(db)) !== undefined };
    },

    async get(): Promise<ClinicView> {
      const row = await findClinic(db);
      if (!row) throw new ServiceError(ErrorCode.notConfigured, 'Legekontoret er ikke satt opp ennå.');
      return toClinicView(row);
    },

    /** First start: the clinic and its first administrator, in one transaction. Refused once a clinic exists. */
    async setup(ctx: ServiceContext, input: SetupClinic): Promise<{ clinic: ClinicView; admin: UserSummary }> {
      const hash = await hashPassword(input.admin.password);
      return db.transaction().execute(async (trx) => {
        if (await findClinic(trx)) {
          throw new ServiceError(ErrorCode.alreadyConfigured, 'Legekontoret er allerede satt opp.');
        }
        const row: ClinicRow = {
          id: newId(),
          name: input.clinic.name,
          organisation_number: input.clinic.organisationNumber,
          her_id: input.clinic.herId,
          created_at: ctx.now.toISOString(),
        };
        await insertClinic(trx, row);
        await recordAudit(trx, ctx, {
          action: 'clinic.setup',
          entityType: 'clinic',
          entityId: row.id,
          detail: { name: row.name, organisationNumber: row.organisation_number, herId: row.her_id },
        });
        const admin = await createUserInTransaction(
          trx,
          ctx,
          { ...input.admin, role: 'administrator', hprNumber: undefined, password: input.admin.password },
          hash,
        ).catch((error: unknown) => {
          // The form's field is admin.username, not username.
          if (error instanceof ServiceError && error.fields) {
            throw new ServiceError(error.code, error.message, prefixFields(error.fields, 'admin'));
          }
          throw error;
        });
        return { clinic: toClinicView(row), admin };
      });
    },
  };
}
export type ClinicService = ReturnType<typeof createClinicService>;
