/**
 * The envelope every call across the process boundary answers with. A failure carries a stable `code`
 * for code and a Norwegian `message` for a person; never a stack trace or SQL.
 */
export interface ApiError {
  code: string;
  message: string;
  /** Field path (dot-separated) to a Norwegian message, for forms. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: string, message: string, fields?: Record<string, string>): Result<never> {
  return fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
}
