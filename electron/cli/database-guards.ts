/** Checks shared by the commands before they touch a data folder. */
import fs from 'node:fs';
import type { DatabaseConnection } from '../../db/connection';
import { assertNotNewer, readSchemaState } from '../../db/migrate';
import { databaseFile } from '../../db/paths';
import { readLiveLock } from '../data-dir-lock';
import { CliError } from './cli-error';

export function requireDatabase(dataDir: string): string {
  const file = databaseFile(dataDir);
  if (!fs.existsSync(file)) {
    throw new CliError('DATABASE_MISSING', `Fant ingen Allmenn-database i ${dataDir} (ventet ${file}).`);
  }
  return file;
}

/** The lock file names the process that has the database open; a stale lock (dead process) does not count. */
export function refuseWhileAppRuns(dataDir: string, action: string): void {
  const holder = readLiveLock(dataDir);
  if (holder) {
    throw new CliError(
      'APP_RUNNING',
      `Allmenn har databasen i ${dataDir} åpen (prosess ${holder.pid}, siden ${holder.since}). ` +
        `Avslutt Allmenn før du ${action}.`,
    );
  }
}

/**
 * For a command that writes clinic data: the schema must be exactly this app's. A newer one may have changed the
 * tables we would write; an older one is brought up to date by `migrate` (with its backup), not as a side effect.
 */
export function requireCurrentSchema(conn: DatabaseConnection, file: string): void {
  const state = readSchemaState(conn);
  assertNotNewer(state, file);
  if (state.pending.length > 0) {
    throw new CliError(
      'DATABASE_OUTDATED',
      `Databasen ${file} er fra en eldre versjon av Allmenn (mangler ${state.pending.join(', ')}). ` +
        'Kjør «migrate» først; ingenting er endret.',
    );
  }
}
