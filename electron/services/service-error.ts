import type { ErrorCodeValue } from '../../shared/api/error-codes';

/** A refusal a person should read: a stable code plus a Norwegian message. The router turns it into a result. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCodeValue | (string & {}),
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
