/**
 * Imports the list file from the national register. Each row is all or nothing (a savepoint per row); a bad row
 * never stops the good ones. The import adds and updates, never removes: patients absent from the file are
 * untouched, an empty optional field keeps what we have, and a new fastlege moves the patient to that list from
 * the import date with the history kept. Every created or changed patient gets its own audit row.
 */
import type { Kysely, Transaction } from 'kysely';
import { currentMembership } from '../../../../db/repositories/gp-lists.repository';
import {
  findPatientByIdentityNumber,
  insertPatient,
  updatePatient,
} from '../../../../db/repositories/patients.repository';
import { listUsers } from '../../../../db/repositories/users.repository';
import type { Database, PatientRow, PatientUpdate } from '../../../../db/schema';
import type { ImportIssue, ImportReport } from '../../../../shared/api/views';
import { osloDate } from '../../../../shared/rules/dates';
import { PERMISSIONS } from '../../../../shared/schemas/roles';
import { recordAudit } from '../../audit/audit.service';
import { requireRole } from '../../auth/authorize';
import type { ServiceContext } from '../../context';
import { newId } from '../../ids';
import { moveToList } from '../../lists/gp-lists.service';
import { ServiceError } from '../../service-error';
import { phoneDigits } from '../patient-view';
import { parseListFile } from './list-file.parser';
import { checkRecord, mapColumns, REQUIRED_COLUMNS, type ImportRow } from './list-file.rows';

const BATCH = 500;

export type ImportProgress = (done: number, total: number) => void;

function patchFor(existing: PatientRow, row: ImportRow, at: string): PatientUpdate {
  const next: PatientUpdate = {
    family_name: row.familyName,
    given_name: row.givenName,
    ...(row.middleName !== undefined && { middle_name: row.middleName }),
    ...(row.addressLine !== undefined && { address_line: row.addressLine }),
    ...(row.postalCode !== undefined && {
      postal_code: row.postalCode,
      city: row.city,
      kommune_number: row.kommuneNumber,
    }),
    ...(row.mobilePhone !== undefined && { mobile_phone: row.mobilePhone }),
    ...(row.otherPhone !== undefined && { other_phone: row.otherPhone }),
    ...(row.email !== undefined && { email: row.email }),
  };
  const changed = (Object.keys(next) as (keyof PatientUpdate)[]).filter((k) => next[k] !== existing[k]);
  if (changed.length === 0) return {};
  const phones = {
    mobile: next.mobile_phone ?? existing.mobile_phone,
    other: next.other_phone ?? existing.other_phone,
  };
  return { ...next, phone_digits: phoneDigits(phones.mobile, phones.other), updated_at: at };
}

export function createPatientImportService(db: Kysely<Database>) {
  async function applyRow(
    trx: Transaction<Database>,
    ctx: ServiceContext,
    row: ImportRow,
    doctorsByHpr: ReadonlyMap<string, string>,
    today: string,
    warnings: ImportIssue[],
  ): Promise<'imported' | 'updated' | 'unchanged'> {
    const at = ctx.now.toISOString();
    const existing = await findPatientByIdentityNumber(trx, row.identityNumber);
    let patientId: string;
    let outcome: 'imported' | 'updated' | 'unchanged';
    let fields: string[] = [];
    if (!existing) {
      patientId = newId();
      await insertPatient(trx, {
        id: patientId,
        identity_number: row.identityNumber,
        identity_type: row.identityType,
        birth_date: row.birthDate,
        sex: row.sex,
        given_name: row.givenName,
        middle_name: row.middleName ?? null,
        family_name: row.familyName,
        address_line: row.addressLine ?? null,
        postal_code: row.postalCode ?? null,
        city: row.city ?? null,
        kommune_number: row.kommuneNumber ?? null,
        mobile_phone: row.mobilePhone ?? null,
        other_phone: row.otherPhone ?? null,
        phone_digits: phoneDigits(row.mobilePhone, row.otherPhone),
        email: row.email ?? null,
        created_at: at,
        updated_at: at,
      });
      outcome = 'imported';
    } else {
      patientId = existing.id;
      const patch = patchFor(existing, row, at);
      fields = Object.keys(patch).filter((k) => k !== 'updated_at' && k !== 'phone_digits');
      if (fields.length > 0) await updatePatient(trx, patientId, patch);
      outcome = fields.length > 0 ? 'updated' : 'unchanged';
    }

    if (row.fastlegeHpr) {
      const doctorId = doctorsByHpr.get(row.fastlegeHpr);
      if (!doctorId) {
        warnings.push({
          line: row.line,
          code: 'UNKNOWN_HPR',
          message: `Ingen lege ved legekontoret har HPR-nummer ${row.fastlegeHpr}; pasienten er ikke satt på noen liste.`,
        });
      } else if ((await currentMembership(trx, patientId, today))?.doctor_id !== doctorId) {
        if (await moveToList(trx, ctx, patientId, doctorId, today, 'import')) {
          fields.push('fastlege');
          if (outcome === 'unchanged') outcome = 'updated';
        }
      }
    }
    if (outcome !== 'unchanged') {
      await recordAudit(trx, ctx, {
        action: outcome === 'imported' ? 'patient.import.create' : 'patient.import.update',
        patientId,
        detail: { line: row.line, ...(fields.length > 0 && { fields }) },
      });
    }
    return outcome;
  }

  return {
    async importListFile(
      ctx: ServiceContext,
      bytes: Uint8Array,
      options: { fileName?: string; onProgress?: ImportProgress } = {},
    ): Promise<ImportReport> {
      requireRole(ctx, PERMISSIONS.patientImport);
      const file = parseListFile(bytes);
      const columns = mapColumns(file.header);
      const missing = REQUIRED_COLUMNS.filter((c) => columns.index[c] === undefined);
      if (missing.length > 0) {
        throw new ServiceError(
          'IMPORT_MISSING_COLUMN',
          `Filen mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnene'} ${missing.join(', ')} i overskriften. Ingenting er importert.`,
        );
      }
      const report: ImportReport = { imported: 0, updated: 0, unchanged: 0, rejected: [], warnings: [] };
      for (const name of columns.unknown) {
        report.warnings.push({ line: 1, code: 'UNKNOWN_COLUMN', message: `Ukjent kolonne «${name}» er hoppet over.` });
      }
      for (const m of file.malformed) report.rejected.push({ line: m.line, code: 'MALFORMED_ROW', message: m.message });

      const doctorsByHpr = new Map(
        (await listUsers(db)).flatMap((u) =>
          u.role === 'lege' && u.active === 1 && u.hpr_number ? [[u.hpr_number, u.id] as const] : [],
        ),
      );
      const today = osloDate(ctx.now);
      const accepted = new Map<string, number>();
      const total = file.records.length;
      for (let start = 0; start < total; start += BATCH) {
        const trx = await db.startTransaction().execute();
        try {
          for (const record of file.records.slice(start, start + BATCH)) {
            const checked = checkRecord(record, columns);
            if (!checked.ok) {
              report.rejected.push(checked.rejection);
              continue;
            }
            const earlier = accepted.get(checked.row.identityNumber);
            if (earlier !== undefined) {
              report.rejected.push({
                line: record.line,
                code: 'DUPLICATE_IN_FILE',
                message: `Fødselsnummeret står allerede på linje ${earlier} i filen.`,
              });
              continue;
            }
            const rowWarnings = [...checked.warnings];
            const savepoint = await trx.savepoint('row').execute();
            try {
              const outcome = await applyRow(savepoint, ctx, checked.row, doctorsByHpr, today, rowWarnings);
              await savepoint.releaseSavepoint('row').execute();
              report[outcome]++;
              report.warnings.push(...rowWarnings);
              accepted.set(checked.row.identityNumber, record.line);
            } catch (error) {
              await savepoint.rollbackToSavepoint('row').execute();
              report.rejected.push({
                line: record.line,
                code: 'ROW_FAILED',
                message: `Linjen kunne ikke lagres: ${error instanceof ServiceError ? error.message : 'uventet feil'}.`,
              });
            }
          }
          await trx.commit().execute();
        } catch (error) {
          await trx.rollback().execute();
          throw error;
        }
        options.onProgress?.(Math.min(start + BATCH, total), total);
      }
      await recordAudit(db, ctx, {
        action: 'patient.import',
        detail: {
          fileName: options.fileName ?? null,
          encoding: file.encoding,
          imported: report.imported,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected.length,
        },
      });
      report.rejected.sort((a, b) => a.line - b.line);
      report.warnings.sort((a, b) => a.line - b.line);
      return report;
    },
  };
}
export type PatientImportService = ReturnType<typeof createPatientImportService>;
