/**
 * Whole-file operations on a clinic database: online backup, staging a backup for restore, and swapping the file.
 * A half-written file must never carry the final name, so every copy is written under a temporary name and renamed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, toDatabaseError, type DatabaseConnection } from './connection';
import { DatabaseError } from './errors';

/**
 * Closes the connection and its raw handle. Kysely's SQLite driver closes the handle only if Kysely itself ran a
 * query on it (kysely SqliteDriver.destroy); a connection used only through `.sqlite` would stay open and keep
 * its -wal/-shm files.
 */
export async function closeDatabase(conn: DatabaseConnection): Promise<void> {
  await conn.close();
  if (conn.sqlite.open) conn.sqlite.close();
}

/** The files SQLite keeps beside a database in WAL mode. */
export function sidecarFiles(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`];
}

/** True if a write-ahead log with content sits beside the file: the file alone is then not the whole database. */
export function hasPendingWal(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * Online backup through SQLite's backup API: consistent even while the app writes, and it includes what is still
 * in the WAL. Refuses to overwrite `target`.
 */
export async function backupDatabase(
  conn: DatabaseConnection,
  target: string,
): Promise<{ file: string; bytes: number }> {
  if (fs.existsSync(target)) {
    throw new DatabaseError('DATABASE_EXISTS', `Filen ${target} finnes allerede; velg et annet filnavn.`);
  }
  const partial = `${target}.partial-${process.pid}`;
  try {
    await conn.sqlite.backup(partial);
    fsyncFile(partial);
    // Checked again: the backup may have taken a while, and someone may have put a file there meanwhile.
    if (fs.existsSync(target)) {
      throw new DatabaseError('DATABASE_EXISTS', `Filen ${target} finnes allerede; velg et annet filnavn.`);
    }
    fs.renameSync(partial, target);
    fsyncDirectory(path.dirname(target));
  } finally {
    removeQuietly([partial, ...sidecarFiles(partial)]);
  }
  return { file: target, bytes: fs.statSync(target).size };
}

/**
 * Keeps a copy of a database that is about to be replaced, through the backup API. A damaged file cannot go through
 * that API; its raw bytes (and WAL) are copied instead, since restoring is exactly what one does with a damaged
 * database and the copy may still be worth something to someone who knows SQLite.
 */
export async function preserveDatabase(file: string, target: string): Promise<{ file: string; raw: boolean }> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  let conn: DatabaseConnection | undefined;
  try {
    conn = openDatabase(file, { mustExist: true });
    await backupDatabase(conn, target);
    return { file: target, raw: false };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const damaged = code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'DATABASE_UNREADABLE';
    if (!damaged) throw error instanceof DatabaseError ? error : toDatabaseError(error, file);
  } finally {
    if (conn) await closeDatabase(conn);
  }
  fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
  if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${target}-wal`, fs.constants.COPYFILE_EXCL);
  return { file: target, raw: true };
}

/** Copies a database file as it lies, to a private name in `dir`, so checks and the swap work on the same bytes. */
export function stageDatabaseFile(source: string, dir: string): string {
  const staged = path.join(dir, `.restore-${process.pid}-${Date.now()}.sqlite`);
  try {
    fs.copyFileSync(source, staged, fs.constants.COPYFILE_EXCL);
    fsyncFile(staged);
  } catch (error) {
    discardStagedFile(staged);
    throw new DatabaseError(
      'DATABASE_UNREADABLE',
      `Filen ${source} kunne ikke leses: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return staged;
}

export function discardStagedFile(staged: string): void {
  removeQuietly([staged, ...sidecarFiles(staged)]);
}

/**
 * Puts `staged` in place of `target` with one rename, so the database is at every moment either the old file or
 * the new one. Stale -wal/-shm go first: an old WAL replayed onto the new file would corrupt it.
 * Every connection to both files must be closed.
 */
export function replaceDatabaseFile(staged: string, target: string): void {
  removeQuietly([...sidecarFiles(staged), ...sidecarFiles(target)]);
  fs.renameSync(staged, target);
  fsyncDirectory(path.dirname(target));
}

/** Removes a database and its sidecars: only for a file this process has just created and failed to fill. */
export function deleteNewDatabase(file: string): void {
  removeQuietly([file, ...sidecarFiles(file)]);
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable on POSIX; Windows cannot open a directory for this and does not need it. */
function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported on this platform
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function removeQuietly(files: readonly string[]): void {
  for (const file of files) fs.rmSync(file, { force: true });
}
