/**
 * import-patients FILE: reads the fastlegeliste file from the national register into the patient register through
 * the same import service the app uses, audited as the CLI. Rejected rows are part of a finished import (exit 0);
 * a file that cannot be read or lacks a required column is a failure to run (exit 2) and imports nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase } from '../../../db/backup';
import { openDatabase } from '../../../db/connection';
import type { ImportIssue, ImportReport } from '../../../shared/api/views';
import { createPatientImportService } from '../../services/patients/import/patient-import.service';
import { cliActor } from '../cli-actor';
import { CliError } from '../cli-error';
import { refuseWhileAppRuns, requireCurrentSchema, requireDatabase } from '../database-guards';
import { formatCount } from '../format';
import type { Command } from './command';

/** Progress every this many rows at most: a 100 000-row file should not print 200 lines. */
const PROGRESS_EVERY = 5000;

export const importPatientsCommand: Command = {
  name: 'import-patients',
  summary: 'importer fastlegelistefilen FIL til pasientregisteret (legger til og oppdaterer, sletter aldri)',
  options: [],
  positionals: [{ name: 'FIL', description: 'listefilen (CSV med ; eller , i UTF-8 eller Windows-1252)' }],
  help: [
    'Hver linje står for seg: en linje med feil avvises med linjenummer, resten importeres.',
    'Avslutningskode 0 når importen er gjort, også om linjer ble avvist; 2 når den ikke kunne kjøres',
    '(ingenting importert): filen mangler eller kan ikke leses, en påkrevd kolonne mangler, Allmenn kjører.',
    'Med --json er siste linje rapporten alene: {"imported", "updated", "unchanged",',
    '"rejected": [{"line", "code", "message"}], "warnings": [{"line", "code", "message"}]}.',
  ],
  bareJson: true,

  async run({ dataDir, args, now, progress }) {
    const source = path.resolve(args.positionals[0] ?? '');
    const bytes = readListFile(source);
    const file = requireDatabase(dataDir);
    refuseWhileAppRuns(dataDir, 'du importerer pasienter');
    const conn = openDatabase(file, { mustExist: true });
    try {
      requireCurrentSchema(conn, file);
      progress(`Importerer ${source} …`);
      let reported = 0;
      const report = await createPatientImportService(conn.db).importListFile(cliActor(now), bytes, {
        fileName: path.basename(source),
        onProgress: (done, total) => {
          if (done - reported < PROGRESS_EVERY && done < total) return;
          reported = done;
          progress(`Rader: ${formatCount(done)} av ${formatCount(total)}`);
        },
      });
      return { exitCode: 0, json: reportJson(report), lines: reportLines(source, report) };
    } finally {
      await closeDatabase(conn);
    }
  },
};

function readListFile(source: string): Buffer {
  try {
    if (!fs.statSync(source).isFile()) throw new Error('not a file');
    return fs.readFileSync(source);
  } catch {
    throw new CliError('FILE_UNREADABLE', `Fant ingen lesbar fil ${source}.`);
  }
}

/** Exactly the report's fields, in a fixed order: scripts read this line, so nothing more may slip in. */
function reportJson(report: ImportReport): Record<string, unknown> {
  const issues = (list: readonly ImportIssue[]) => list.map(({ line, code, message }) => ({ line, code, message }));
  return {
    imported: report.imported,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: issues(report.rejected),
    warnings: issues(report.warnings),
  };
}

function reportLines(source: string, report: ImportReport): string[] {
  const issueLine = (i: ImportIssue) => `  linje ${i.line}: ${i.message} [${i.code}]`;
  return [
    `Importert fra ${source}:`,
    `  ${formatCount(report.imported)} nye pasienter, ${formatCount(report.updated)} oppdatert, ` +
      `${formatCount(report.unchanged)} uendret, ${formatCount(report.rejected.length)} linje(r) avvist, ` +
      `${formatCount(report.warnings.length)} advarsel(er).`,
    ...(report.rejected.length > 0
      ? ['', 'Avviste linjer (ikke importert; rett filen og importer på nytt):', ...report.rejected.map(issueLine)]
      : []),
    ...(report.warnings.length > 0 ? ['', 'Advarsler:', ...report.warnings.map(issueLine)] : []),
  ];
}
