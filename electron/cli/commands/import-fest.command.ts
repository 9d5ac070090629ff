/**
 * import-fest FILE: replaces the drug catalogue with the one in an M30 FEST file from DMP (or Allmenn's demo
 * catalogue), through the app's own importer: one transaction, so a broken file leaves the old catalogue as it
 * was (exit 2, code FEST_INVALID). The file is streamed; the full extract is several hundred MB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase } from '../../../db/backup';
import { openDatabase } from '../../../db/connection';
import { drugCatalogueDb } from '../../../db/repositories/drug-db';
import { createFestImportService, type FestImportResult } from '../../services/drugs/fest-import.service';
import { festFileSource } from '../../services/drugs/fest/fest-sources';
import { cliActor } from '../cli-actor';
import { CliError } from '../cli-error';
import { refuseWhileAppRuns, requireCurrentSchema, requireDatabase } from '../database-guards';
import { formatBytes, formatCount, formatSeconds } from '../format';
import type { Command } from './command';

/** A progress line per tenth of the file: a 400 MB extract should not print thousands of lines. */
const PROGRESS_STEPS = 10;

export const importFestCommand: Command = {
  name: 'import-fest',
  summary: 'erstatt legemiddelkatalogen med FEST-filen FIL (M30 fra DMP); en feil i filen endrer ingenting',
  options: [],
  positionals: [{ name: 'FIL', description: 'FEST-uttrekket (M30, XML i UTF-8)' }],
  help: [
    'Hele katalogen byttes i én transaksjon: en fil som er ødelagt eller ikke er FEST, avvises (avslutningskode 2,',
    'kode FEST_INVALID) og den gamle katalogen står urørt. Med --json er siste linje {"command", "ok", "file",',
    '"source", "retrievedAt", "namespace", "counts", "skipped", "durationMs"}.',
  ],

  async run({ dataDir, args, now, progress }) {
    const file = path.resolve(args.positionals[0] ?? '');
    requireReadableFile(file);
    const databaseFile = requireDatabase(dataDir);
    refuseWhileAppRuns(dataDir, 'du importerer legemiddelkatalogen');
    const conn = openDatabase(databaseFile, { mustExist: true });
    try {
      requireCurrentSchema(conn, databaseFile);
      const source = festFileSource(file);
      progress(`Importerer ${file} (${formatBytes(source.size)}) …`);
      let step = 0;
      const result = await createFestImportService(drugCatalogueDb(conn.db)).importCatalogue(cliActor(now), source, {
        onProgress: (read, total) => {
          const reached = total > 0 ? Math.floor((read / total) * PROGRESS_STEPS) : PROGRESS_STEPS;
          if (reached <= step) return;
          step = reached;
          progress(`Lest ${formatBytes(read)} av ${formatBytes(total)} (${Math.round((read / total) * 100)} %)`);
        },
      });
      // The audit row is written by the importer, inside the import's transaction.
      return { exitCode: 0, json: resultJson(file, result), lines: resultLines(file, result) };
    } finally {
      await closeDatabase(conn);
    }
  },
};

function requireReadableFile(file: string): void {
  try {
    if (!fs.statSync(file).isFile()) throw new Error('not a file');
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new CliError('FILE_UNREADABLE', `Fant ingen lesbar fil ${file}.`);
  }
}

function resultJson(file: string, r: FestImportResult): Record<string, unknown> {
  return {
    file,
    source: r.source,
    retrievedAt: r.retrievedAt,
    namespace: r.namespace,
    counts: r.counts,
    skipped: r.skipped,
    durationMs: r.durationMs,
  };
}

function resultLines(file: string, r: FestImportResult): string[] {
  const c = r.counts;
  return [
    `Legemiddelkatalogen er erstattet med ${file}${r.source === 'demo' ? ' (DEMOKATALOG, ikke FEST)' : ''}.`,
    `  FEST hentet ${r.retrievedAt}, format ${r.namespace}.`,
    `  ${formatCount(c.products)} legemidler, ${formatCount(c.packages)} pakninger, ` +
      `${formatCount(c.substances)} virkestoffgrupper, ${formatCount(c.ingredients)} virkestoffer.`,
    `  ${formatCount(c.refundGroups)} refusjonsgrupper med ${formatCount(c.refundCodes)} refusjonskoder, ` +
      `${formatCount(c.conditions)} vilkår, ${formatCount(c.interactions)} interaksjoner.`,
    `  Hoppet over: ${formatCount(r.skipped.withdrawn)} utgåtte eller tomme oppføringer, ` +
      `${formatCount(r.skipped.olderVersions)} eldre versjoner. Tid: ${formatSeconds(r.durationMs)}.`,
  ];
}
