/**
 * Kritisk informasjon (CAVE). Clinical data: doctors only. Every change is a new version with author, time and
 * reason; an entry registered in error is marked so, never deleted. Changes are audited in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { insertCaveVersion, latestCaveVersion } from '../../../db/repositories/cave.repository';
import type { CaveVersionRow, Database } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { PatientCard } from '../../../shared/api/views';
import type { caveAddSchema, caveReviseSchema } from '../../../shared/schemas/cave.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { buildPatientCard } from '../patients/patient-card';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { atcName } from '../../../shared/reference/atc';

export type CaveAdd = z.output<typeof caveAddSchema>;
export type CaveRevise = z.output<typeof caveReviseSchema>;

function allergen(input: { allergenAtc?: string | undefined; allergenText?: string | undefined }): {
  code: string | null;
  text: string;
} {
  if (input.allergenAtc) {
    const name = atcName(input.allergenAtc);
    if (!name) throw new ServiceError(ErrorCode.invalidInput, 'Ukjent ATC-kode', { allergenAtc: 'Ukjent ATC-kode' });
    return { code: input.allergenAtc, text: input.allergenText || name };
  }
  return { code: null, text: input.allergenText ?? '' };
}

export function createCaveService(db: Kysely<Database>) {
  return {
    async add(ctx: ServiceContext, input: CaveAdd): Promise<PatientCard> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const { code, text } = allergen(input);
      return db.transaction().execute(async (trx) => {
        const patient = await requirePatient(trx, input.patientId);
        const row: CaveVersionRow = {
          id: newId(),
          entry_id: newId(),
          version: 1,
          patient_id: patient.id,
          allergen_code: code,
          allergen_code_system: code ? 'ATC' : null,
          allergen_text: text,
          reaction: input.reaction ?? null,
          severity: input.severity,
          certainty: input.certainty,
          source: input.source,
          noted_on: input.notedOn,
          status: 'aktiv',
          change_reason: null,
          recorded_at: ctx.now.toISOString(),
          recorded_by: ctx.user.id ?? '',
        };
        await insertCaveVersion(trx, row);
        await recordAudit(trx, ctx, {
          action: 'cave.add',
          patientId: patient.id,
          entityType: 'cave_entry',
          entityId: row.entry_id,
        });
        return buildPatientCard(trx, patient, ctx);
      });
    },

    async revise(ctx: ServiceContext, input: CaveRevise): Promise<PatientCard> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const { code, text } = allergen(input);
      return db.transaction().execute(async (trx) => {
        const latest = await latestCaveVersion(trx, input.entryId);
        if (!latest) throw new ServiceError(ErrorCode.notFound, 'Fant ikke CAVE-opplysningen.');
        const row: CaveVersionRow = {
          ...latest,
          id: newId(),
          version: latest.version + 1,
          allergen_code: code,
          allergen_code_system: code ? 'ATC' : null,
          allergen_text: text,
          reaction: input.reaction ?? null,
          severity: input.severity,
          certainty: input.certainty,
          source: input.source,
          noted_on: input.notedOn,
          status: input.status,
          change_reason: input.reason,
          recorded_at: ctx.now.toISOString(),
          recorded_by: ctx.user.id ?? '',
        };
        await insertCaveVersion(trx, row);
        await recordAudit(trx, ctx, {
          action: 'cave.revise',
          patientId: latest.patient_id,
          entityType: 'cave_entry',
          entityId: latest.entry_id,
          detail: { version: row.version, status: row.status },
        });
        return buildPatientCard(trx, await requirePatient(trx, latest.patient_id), ctx);
      });
    },
  };
}
export type CaveService = ReturnType<typeof createCaveService>;
