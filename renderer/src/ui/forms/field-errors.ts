import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiCallError } from '../../api/api-call-error';

/** The message react-hook-form holds for a dotted field path such as 'clinic.organisationNumber'. */
export function fieldErrorMessage(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const message = (node as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * Puts the service's per-field messages (`fields`, keyed by dotted path) onto the form's fields, so a rule only
 * the service can check (a taken username) shows where the person will fix it. `aliases` maps a service path to
 * a form path where they differ. Returns the message to show above the form when not everything found a field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  formFields: readonly Path<T>[],
  aliases: Readonly<Record<string, Path<T>>> = {},
): string {
  if (!isApiCallError(error)) return 'Noe gikk galt. Forsøk igjen, og kontakt IT-ansvarlig om det gjentar seg.';
  let placedAll = error.fields !== undefined;
  for (const [serverPath, message] of Object.entries(error.fields ?? {})) {
    const path = aliases[serverPath] ?? formFields.find((f) => f === serverPath);
    if (path) setError(path, { type: 'server', message });
    else placedAll = false;
  }
  return placedAll ? '' : error.message;
}
