/** Checks shared by the commands before they touch a data folder. */
import fs from 'node:fs';
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
