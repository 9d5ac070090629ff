/** Next of kin and guardians. Ending a relation keeps it in history; nothing is deleted. */
import type { Kysely } from 'kysely';
import { endRelation, findRelation, insertRelation } from '../../../db/repositories/patient-relations.repository';
import type { Database } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { PatientCard } from '../../../shared/api/views';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import type { relationInputSchema } from '../../../shared/schemas/patient.schema';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { ServiceError } from '../service-error';
import { buildPatientCard } from './patient-card';
import { requirePatient } from './patients.service';

export type RelationData = z.output<typeof relationInputSchema>;

export function createPatientRelationsService(db: Kysely<Database>) {
  return {
    async add(ctx: ServiceContext, input: RelationData): Promise<PatientCard> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      return db.transaction().execute(async (trx) => {
        const patient = await requirePatient(trx, input.patientId);
        if (input.relatedPatientId) {
          if (input.relatedPatientId === patient.id) {
            throw new ServiceError(ErrorCode.invalidInput, 'En pasient kan ikke være knyttet til seg selv.');
          }
          await requirePatient(trx, input.relatedPatientId);
        }
        const id = newId();
        await insertRelation(trx, {
          id,
          patient_id: patient.id,
          kind: input.kind,
          related_patient_id: input.relatedPatientId ?? null,
          name: input.name ?? null,
          relation: input.relation ?? null,
          phone: input.phone ?? null,
          created_at: ctx.now.toISOString(),
          ended_at: null,
        });
        await recordAudit(trx, ctx, {
          action: 'patient.relation.add',
          patientId: patient.id,
          entityType: 'patient_relation',
          entityId: id,
          detail: { kind: input.kind },
        });
        return buildPatientCard(trx, patient, ctx);
      });
    },

    async end(ctx: ServiceContext, relationId: string): Promise<PatientCard> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      return db.transaction().execute(async (trx) => {
        const relation = await findRelation(trx, relationId);
        if (!relation || relation.ended_at) throw new ServiceError(ErrorCode.notFound, 'Fant ikke relasjonen.');
        await endRelation(trx, relation.id, ctx.now.toISOString());
        await recordAudit(trx, ctx, {
          action: 'patient.relation.end',
          patientId: relation.patient_id,
          entityType: 'patient_relation',
          entityId: relation.id,
        });
        return buildPatientCard(trx, await requirePatient(trx, relation.patient_id), ctx);
      });
    },
  };
}
