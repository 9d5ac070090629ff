/**
 * integrity-check: read-only, so it is safe while Allmenn runs. Exit 1 with the list of problems if any;
 * a database from a newer app cannot be judged by this one and is refused (exit 2).
 */
import { closeDatabase } from '../../../db/backup';
import { openDatabase } from '../../../db/connection';
import { checkIntegrity, type IntegrityReport } from '../../../db/integrity';
import { formatCount } from '../format';
import { requireDatabase } from '../database-guards';
import type { Command } from './command';

/** A file too damaged to read is a finding (exit 1), not a failure to run: the check has done its job. */
function damagedReport(error: unknown): IntegrityReport {
  if ((error as { code?: unknown }).code !== 'SQLITE_CORRUPT') throw error;
  const message = error instanceof Error ? error.message : String(error);
  return {
    problems: [
      {
        code: 'sqlite_integrity',
        message: `Databasefilen er så skadet at den ikke kan leses (${message}). Gjenopprett fra en sikkerhetskopi.`,
        count: 1,
        examples: [],
      },
    ],
    checked: { migrations: 0, users: 0, patients: 0, auditEvents: 0 },
  };
}

export const integrityCheckCommand: Command = {
  name: 'integrity-check',
  summary: 'sjekk databasefilen og appens regler (endrer ingenting)',
  options: [],
  positionals: [],

  async run({ dataDir, progress }) {
    const file = requireDatabase(dataDir);
    const conn = openDatabase(file, { mustExist: true, readonly: true });
    try {
      progress(`Sjekker ${file} …`);
      const { checked, problems } = await checkIntegrity(conn).catch((error: unknown) => damagedReport(error));
      const scope =
        `${formatCount(checked.patients)} pasienter, ${formatCount(checked.users)} brukere, ` +
        `${formatCount(checked.auditEvents)} hendelser i revisjonsloggen`;
      return {
        exitCode: problems.length === 0 ? 0 : 1,
        json: { databaseFile: file, problems, checked },
        lines:
          problems.length === 0
            ? [`Ingen problemer funnet i ${file} (${scope}).`]
            : [
                `Fant ${problems.length} problem(er) i ${file} (${scope}):`,
                ...problems.map(
                  (p) =>
                    `  - ${p.message} [${p.code}]` + (p.examples.length ? ` Eksempler: ${p.examples.join(', ')}` : ''),
                ),
              ],
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
