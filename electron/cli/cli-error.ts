/**
 * The CLI's exit codes are a contract with scripts: 0 the command did its job, 1 it ran and found a problem it
 * reports, 2 it could not run. CliError is a refusal before or instead of running, always exit 2.
 */
export const ExitCode = {
  ok: 0,
  problemsFound: 1,
  cannotRun: 2,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export type CliErrorCode =
  | 'BAD_ARGUMENTS'
  | 'UNKNOWN_COMMAND'
  | 'APP_RUNNING'
  | 'FILE_UNREADABLE'
  | 'FILE_EXISTS'
  | 'TARGET_DIR_MISSING'
  | 'NOT_ALLMENN_DATABASE'
  | 'BACKUP_IN_USE'
  | 'BACKUP_DAMAGED'
  | 'DATABASE_MISSING'
  | 'DATABASE_EXISTS'
  | 'DATABASE_TOO_NEW'
  | 'DATABASE_OUTDATED';

export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    /** Norwegian, for the person at the terminal. */
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
