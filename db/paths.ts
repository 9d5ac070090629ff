import path from 'node:path';

/** The layout of a clinic's data folder. */
export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'allmenn.sqlite');
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function lockFile(dataDir: string): string {
  return path.join(dataDir, 'allmenn.lock');
}
