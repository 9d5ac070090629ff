/**
 * Merging a record registered under the clinic's own H-nummer into the person's real record once the
 * fødselsnummer or D-nummer is known. Nothing is lost or deleted: relations, CAVE and list history move to the
 * real record; the H-nummer record stays, marked as merged and pointing to it. Audit rows stay where they were
 * written (the log is never rewritten); the innsynslogg of the real record includes the merged record's.
 */
import type { Kysely } from 'kysely';
import { reassignCave } from '../../../db/repositories/cave.repository';
import { reassignListRows } from '../../../db/repositories/gp-lists.repository';
import { reassignRelations } from '../../../db/repositories/patient-relations.repository';
import { updatePatient } from '../../../db/repositories/patients.repository';
import type { Database } from '../../../db/schema';
import type { PatientCard } from '../../../shared/api/views';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { ServiceError } from '../service-error';
import { buildPatientCard } from './patient-card';
import { requirePatient } from './patients.service';

export function createPatientMergeService(db: Kysely<Database>) {
  return {
    async merge(ctx: ServiceContext, input: { sourceId: string; targetId: string }): Promise<PatientCard> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      return db.transaction().execute(async (trx) => {
        const source = await requirePatient(trx, input.sourceId);
        const target = await requirePatient(trx, input.targetId);
        if (source.identity_type !== 'hnr-clinic') {
          throw new ServiceError(
            'MERGE_SOURCE_NOT_H_NUMBER',
            'Bare en journal med legekontorets eget H-nummer kan slås sammen inn i en annen.',
          );
        }
        if (source.merged_into_id) {
          throw new ServiceError('MERGE_ALREADY_DONE', 'Denne journalen er allerede slått sammen.');
        }
        if (target.id === source.id || target.identity_type === 'hnr-clinic' || target.merged_into_id) {
          throw new ServiceError('MERGE_TARGET_INVALID', 'Velg pasientens journal med fødselsnummer eller D-nummer.');
        }
        if (target.birth_date !== source.birth_date) {
          throw new ServiceError(
            'MERGE_BIRTH_DATE_MISMATCH',
            'Fødselsdatoene er ulike. Kontroller at det er samme person.',
          );
        }
        await reassignRelations(trx, source.id, target.id);
        await reassignCave(trx, source.id, target.id);
        await reassignListRows(trx, source.id, target.id);
        // Contact details the real record lacks are kept from the H-nummer record.
        await updatePatient(trx, target.id, {
          mobile_phone: target.mobile_phone ?? source.mobile_phone,
          other_phone: target.other_phone ?? source.other_phone,
          phone_digits: target.phone_digits ?? source.phone_digits,
          email: target.email ?? source.email,
          preferred_language: target.preferred_language ?? source.preferred_language,
          updated_at: ctx.now.toISOString(),
        });
        await updatePatient(trx, source.id, {
          status: 'sammenslaatt',
          merged_into_id: target.id,
          updated_at: ctx.now.toISOString(),
        });
        const detail = { sourceIdentityType: source.identity_type, sourceId: source.id, targetId: target.id };
        await recordAudit(trx, ctx, { action: 'patient.merge', patientId: target.id, detail });
        await recordAudit(trx, ctx, { action: 'patient.merged_away', patientId: source.id, detail });
        return buildPatientCard(trx, await requirePatient(trx, target.id), ctx);
      });
    },
  };
}
