/** Checks for the JSON bodies of the inbox and admin endpoints: plain objects with known fields. */
import { HttpError } from '../../common/http-io';

function object(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new HttpError(400, 'bad-request', 'The body must be a JSON object.');
  }
  return input as Record<string, unknown>;
}

export function ackInput(input: unknown): { msgIds: string[]; her?: string } {
  const source = object(input);
  const msgIds = source.msgIds;
  if (!Array.isArray(msgIds) || !msgIds.every((id): id is string => typeof id === 'string')) {
    throw new HttpError(400, 'bad-request', 'msgIds must be a list of message ids.');
  }
  const her = source.her;
  if (her === undefined) return { msgIds };
  if (typeof her !== 'string' || her === '') throw new HttpError(400, 'bad-request', 'her must be text.');
  return { msgIds, her };
}

/** POST /admin/faults: the switches, plus optional downForMs. */
export function faultsInput(input: unknown): { patch: Record<string, unknown>; downForMs?: number } {
  const source = { ...object(input) };
  if (!('downForMs' in source)) return { patch: source };
  const value = source.downForMs;
  delete source.downForMs;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new HttpError(400, 'bad-request', 'downForMs must be a whole number of milliseconds.');
  }
  return { patch: source, downForMs: value };
}
