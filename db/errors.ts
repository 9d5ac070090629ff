/** Failures of the database layer that callers must tell apart; each maps to a Norwegian message upstream. */
export type DatabaseErrorCode =
  'DATABASE_TOO_NEW' | 'DATABASE_LOCKED' | 'DATABASE_UNREADABLE' | 'DATABASE_MISSING' | 'DATABASE_EXISTS';

export class DatabaseError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}
