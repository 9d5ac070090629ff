/**
 * Journal extract (journalutskrift) as a PDF: for the patient's right of access and for transferring the journal to a
 * new fastlege. Doctors only; the read is audited in the same transaction, so the innsynslogg shows every extract.
 */
import type { Kysely } from 'kysely';
import { findClinic } from '../../../db/repositories/clinic.repository';
import {
  extractDiagnoses,
  extractMeasurements,
  extractNotes,
  extractSignedVersions,
  type ExtractFilter,
} from '../../../db/repositories/journal-extract.repository';
import type { Database, PatientRow } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import { osloDate } from '../../../shared/rules/dates';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { nextDay, osloDayStart } from './extract/extract-format';
import { buildJournalExtract } from './extract/journal-extract.model';
import { renderJournalExtractPdf } from './extract/journal-extract.pdf';
import { userNames } from './note-detail';

export interface JournalExtractInput {
  patientId: string;
  /** First calendar day (YYYY-MM-DD, Oslo time) to include; absent = from the first note. */
  from?: string | undefined;
  /** Last calendar day (YYYY-MM-DD, Oslo time) to include; absent = up to the newest note. */
  to?: string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function periodFilter(input: JournalExtractInput): ExtractFilter {
  const fields: Record<string, string> = {};
  if (input.from !== undefined && !ISO_DATE.test(input.from)) fields.from = 'Skriv datoen som ÅÅÅÅ-MM-DD';
  if (input.to !== undefined && !ISO_DATE.test(input.to)) fields.to = 'Skriv datoen som ÅÅÅÅ-MM-DD';
  if (input.from && input.to && input.from > input.to) fields.to = 'Sluttdatoen er før startdatoen';
  if (Object.keys(fields).length > 0) throw new ServiceError(ErrorCode.invalidInput, 'Ugyldig periode.', fields);
  return {
    patientId: input.patientId,
    fromInstant: input.from ? osloDayStart(input.from) : undefined,
    toInstant: input.to ? osloDayStart(nextDay(input.to)) : undefined,
  };
}

/** A file name that says what the file is without putting the identity number in folder listings. */
export function journalExtractFileName(patient: Pick<PatientRow, 'given_name' | 'family_name'>, now: Date): string {
  const name = `${patient.given_name} ${patient.family_name}`.replace(/[^\p{L}\p{N} -]+/gu, '').trim();
  return `Journalutskrift ${name} ${osloDate(now)}.pdf`;
}

export function createJournalExtractService(db: Kysely<Database>) {
  return {
    async extract(ctx: ServiceContext, input: JournalExtractInput): Promise<Uint8Array> {
      return (await this.extractFile(ctx, input)).bytes;
    },

    /** The PDF with the file name it should be saved under. */
    async extractFile(
      ctx: ServiceContext,
      input: JournalExtractInput,
    ): Promise<{ fileName: string; bytes: Uint8Array }> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const filter = periodFilter(input);
      let fileName = '';
      const extract = await db.transaction().execute(async (trx) => {
        const patient = await requirePatient(trx, input.patientId);
        fileName = journalExtractFileName(patient, ctx.now);
        const [clinic, notes, versions, diagnoses, measurements, names] = await Promise.all([
          findClinic(trx),
          extractNotes(trx, filter),
          extractSignedVersions(trx, filter),
          extractDiagnoses(trx, filter),
          extractMeasurements(trx, filter),
          userNames(trx),
        ]);
        await recordAudit(trx, ctx, {
          action: 'journal.extract',
          patientId: patient.id,
          detail: { from: input.from ?? null, to: input.to ?? null, notes: notes.length },
        });
        return buildJournalExtract(
          { clinic, patient, notes, versions, diagnoses, measurements, names },
          { period: { from: input.from, to: input.to }, printedAt: ctx.now, printedBy: ctx.user.name },
        );
      });
      // Drawn after the commit: the read is what the audit records, and the single connection is not held while
      // a long journal is laid out.
      return { fileName, bytes: await renderJournalExtractPdf(extract) };
    },
  };
}
export type JournalExtractService = ReturnType<typeof createJournalExtractService>;
