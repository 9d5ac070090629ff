/**
 * prescriptions.print: the patient's current prescriptions as a PDF to hand over (with the referansenummer of a
 * låst resept). Printing patient data is an audited read, like the journal extract.
 */
import type { Kysely } from 'kysely';
import { findClinic } from '../../../db/repositories/clinic.repository';
import { prescriptionsOfPatient } from '../../../db/repositories/prescriptions.repository';
import type { Database } from '../../../db/schema';
import { osloDate } from '../../../shared/rules/dates';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { requirePatient } from '../patients/patients.service';
import { renderMedicinesPdf } from './medicines-print.pdf';
import { views } from './prescription-views-load';

export function createPrescriptionPrintService(db: Kysely<Database>) {
  return {
    async print(ctx: ServiceContext, patientId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const { patient, clinic, current } = await db.transaction().execute(async (trx) => {
        const patient = await requirePatient(trx, patientId);
        const clinic = await findClinic(trx);
        const all = await views(trx, await prescriptionsOfPatient(trx, patientId), osloDate(ctx.now));
        const current = all.filter((p) => p.current);
        await recordAudit(trx, ctx, {
          action: 'prescription.print',
          patientId,
          detail: { prescriptions: current.map((p) => p.id), locked: current.filter((p) => p.locked).length },
        });
        return { patient, clinic, current };
      });
      const name = [patient.given_name, patient.middle_name, patient.family_name].filter(Boolean).join(' ');
      const bytes = await renderMedicinesPdf({
        clinic: clinic ? { name: clinic.name, organisationNumber: clinic.organisation_number } : null,
        patient: {
          name,
          identityType: patient.identity_type,
          identityNumber: patient.identity_number,
          birthDate: patient.birth_date,
        },
        printedBy: ctx.user.name,
        printedAt: ctx.now,
        prescriptions: current,
      });
      const fileName = `resepter-${patient.family_name.toLowerCase().replace(/[^a-zæøå0-9]+/g, '-')}-${osloDate(ctx.now)}.pdf`;
      return { fileName, bytes };
    },
  };
}
