/** Checks for the JSON bodies of the inbox, pharmacy and admin endpoints: plain objects with known fields. */
import type { DispenseRequest } from '../pharmacy/dispense';
import { HttpError } from '../../common/http-io';

function object(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new HttpError(400, 'bad-request', 'The body must be a JSON object.');
  }
  return input as Record<string, unknown>;
}

function optionalString(source: Record<string, unknown>, key: string): string | undefined {
  const value = source[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new HttpError(400, 'bad-request', `${key} must be text.`);
  return value;
}

function requiredString(source: Record<string, unknown>, key: string): string {
  const value = optionalString(source, key);
  if (value === undefined) throw new HttpError(400, 'bad-request', `${key} is required.`);
  return value;
}

export function ackInput(input: unknown): { msgIds: string[]; her?: string } {
  const source = object(input);
  const msgIds = source.msgIds;
  if (!Array.isArray(msgIds) || !msgIds.every((id): id is string => typeof id === 'string')) {
    throw new HttpError(400, 'bad-request', 'msgIds must be a list of message ids.');
  }
  const her = optionalString(source, 'her');
  return her === undefined ? { msgIds } : { msgIds, her };
}

export function blockInput(input: unknown): { patient: string; hprNummer: string; blocked: boolean } {
  const source = object(input);
  const blocked = source.blocked ?? true;
  if (typeof blocked !== 'boolean') throw new HttpError(400, 'bad-request', 'blocked must be true or false.');
  return { patient: requiredString(source, 'patient'), hprNummer: requiredString(source, 'hprNummer'), blocked };
}

export function dispenseInput(input: unknown): DispenseRequest {
  const source = object(input);
  const request: DispenseRequest = {};
  const referansenummer = optionalString(source, 'referansenummer');
  const identityNumber = optionalString(source, 'identityNumber');
  const reseptId = optionalString(source, 'reseptId');
  const employeeId = optionalString(source, 'employeeId');
  if (referansenummer !== undefined) request.referansenummer = referansenummer;
  if (identityNumber !== undefined) request.identityNumber = identityNumber;
  if (reseptId !== undefined) request.reseptId = reseptId;
  if (employeeId !== undefined) request.employeeId = employeeId;
  if (source.packages !== undefined) {
    if (typeof source.packages !== 'number') throw new HttpError(400, 'bad-request', 'packages must be a number.');
    request.packages = source.packages;
  }
  if (source.completed !== undefined) {
    if (typeof source.completed !== 'boolean') throw new HttpError(400, 'bad-request', 'completed is true or false.');
    request.completed = source.completed;
  }
  if (source.pharmacy !== undefined) {
    const pharmacy = object(source.pharmacy);
    request.pharmacy = { herId: requiredString(pharmacy, 'herId'), name: requiredString(pharmacy, 'name') };
  }
  return request;
}
