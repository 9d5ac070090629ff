/**
 * restore FILE: replaces the clinic's database with a backup. Refused while Allmenn has the database open, for a
 * file that is not an Allmenn database, and for a backup from a newer app. The current database is copied to the
 * backups folder first, the swap is one rename, and the restore is audited in the restored database.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  closeDatabase,
  discardStagedFile,
  hasPendingWal,
  preserveDatabase,
  replaceDatabaseFile,
  stageDatabaseFile,
} from '../../../db/backup';
import { openDatabase, type DatabaseConnection } from '../../../db/connection';
import { quickCheck } from '../../../db/integrity';
import { readSchemaState, type SchemaState } from '../../../db/migrate';
import { backupsDir, databaseFile } from '../../../db/paths';
import { openClinicDatabase } from '../../backend';
import { acquireLock } from '../../data-dir-lock';
import { recordAudit } from '../../services/audit/audit.service';
import { cliActor } from '../cli-actor';
import { CliError } from '../cli-error';
import { refuseWhileAppRuns } from '../database-guards';
import type { Command } from './command';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'gjenopprett databasen fra en sikkerhetskopi FIL (Allmenn må være avsluttet)',
  options: [],
  positionals: [{ name: 'FIL', description: 'sikkerhetskopien som skal tilbake' }],

  async run({ dataDir, args, now, progress }) {
    const source = path.resolve(args.positionals[0] ?? '');
    if (!isReadableFile(source)) {
      throw new CliError('FILE_UNREADABLE', `Fant ingen lesbar fil ${source}.`);
    }
    refuseWhileAppRuns(dataDir, 'du gjenoppretter');
    if (hasPendingWal(source)) {
      throw new CliError(
        'BACKUP_IN_USE',
        `Ved siden av ${source} ligger en ${path.basename(source)}-wal med innhold: filen er i bruk eller ble ikke ` +
          'lukket riktig, og filen alene er ikke hele databasen. Bruk en sikkerhetskopi laget med «backup».',
      );
    }

    fs.mkdirSync(dataDir, { recursive: true });
    const releaseLock = acquireLock(dataDir, now);
    let staged: string | undefined;
    try {
      // Everything below works on a private copy: what is checked is exactly what is put in place.
      staged = stageDatabaseFile(source, dataDir);
      progress(`Sjekker ${source} …`);
      const backupSchema = await vetBackup(staged, source);

      const current = databaseFile(dataDir);
      let preRestoreCopy: string | null = null;
      if (fs.existsSync(current)) {
        const stamp = now.toISOString().replace(/[:.]/g, '-');
        const target = path.join(backupsDir(dataDir), `allmenn-before-restore-${stamp}.sqlite`);
        progress(`Tar vare på databasen slik den er nå: ${target}`);
        preRestoreCopy = (await preserveDatabase(current, target)).file;
      }

      progress('Bytter ut databasen …');
      replaceDatabaseFile(staged, current);

      // A backup from an older app is brought up to date now, the way the app does at start-up, so the audit row
      // below goes into the schema this app knows.
      const { conn, migration } = await openClinicDatabase(dataDir, now);
      try {
        await recordAudit(conn.db, cliActor(now), {
          action: 'database.restore',
          detail: { source, preRestoreCopy, migrationsApplied: migration.applied },
        });
        return {
          exitCode: 0,
          json: {
            databaseFile: current,
            source,
            preRestoreCopy,
            backupSchema,
            migrationsApplied: migration.applied,
          },
          lines: [
            `Databasen i ${dataDir} er gjenopprettet fra ${source}.`,
            preRestoreCopy
              ? `Databasen slik den var før gjenopprettingen: ${preRestoreCopy}`
              : 'Det fantes ingen database i mappen fra før.',
            ...(migration.applied.length > 0
              ? [`Sikkerhetskopien var fra en eldre versjon og er oppdatert: ${migration.applied.join(', ')}`]
              : []),
          ],
        };
      } finally {
        await closeDatabase(conn);
      }
    } finally {
      if (staged) discardStagedFile(staged);
      releaseLock();
    }
  },
};

function isReadableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.R_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The staged copy must be an undamaged Allmenn database this app is not too old for. Returns its migrations. */
async function vetBackup(staged: string, source: string): Promise<string[]> {
  let conn: DatabaseConnection | undefined;
  try {
    let state: SchemaState;
    try {
      conn = openDatabase(staged, { mustExist: true, readonly: true });
      state = readSchemaState(conn);
    } catch (error) {
      throw notAllmenn(source, staged, error);
    }
    if (state.applied.length === 0) throw notAllmenn(source, staged, null);
    if (state.unknown.length > 0) {
      throw new CliError(
        'DATABASE_TOO_NEW',
        `Sikkerhetskopien ${source} er laget av en nyere versjon av Allmenn (${state.unknown.join(', ')}). ` +
          'Oppdater programmet før du gjenoppretter; ingenting er endret.',
      );
    }
    let damage: string[];
    try {
      damage = quickCheck(conn);
    } catch (error) {
      // Badly damaged pages make SQLite throw instead of listing what it found.
      damage = [error instanceof Error ? error.message : String(error)];
    }
    if (damage.length > 0) {
      throw new CliError(
        'BACKUP_DAMAGED',
        `Sikkerhetskopien ${source} er skadet (${damage.slice(0, 3).join('; ')}); ingenting er endret.`,
      );
    }
    return state.applied;
  } finally {
    if (conn) await closeDatabase(conn);
  }
}

function notAllmenn(source: string, staged: string, cause: unknown): CliError {
  // Messages from the database layer name the private copy; the person knows the file by its own name.
  const reason = cause instanceof Error ? ` (${cause.message.replaceAll(staged, source)})` : '';
  return new CliError('NOT_ALLMENN_DATABASE', `${source} er ikke en Allmenn-database${reason}; ingenting er endret.`);
}
