import type { ApiError, Result } from '../../../shared/api/result';

/**
 * A failed Result as a thrown error, so TanStack Query sees a failure. Keeps the stable `code`, the Norwegian
 * `message` for the person and the per-field messages for forms.
 */
export class ApiCallError extends Error implements ApiError {
  readonly code: string;
  readonly fields?: Record<string, string>;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    if (error.fields) this.fields = error.fields;
  }
}

export function isApiCallError(error: unknown): error is ApiCallError {
  return error instanceof ApiCallError;
}

/** The value of a successful Result; throws ApiCallError for a failed one. */
export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ApiCallError(settled.error);
  return settled.value;
}

/** A Norwegian sentence for any error a query or mutation can end with. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Noe gikk galt. Forsøk igjen, og kontakt IT-ansvarlig om det gjentar seg.';
}
