/**
 * The SMS gateway's HTTP interface (README.md in this folder). Client routes (/sms, /inbox, /inbox/ack, /health)
 * go through the fault switches; /admin never does, so a test can always look, repair and play a phone.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseSmsFaultPatch, SmsFaultError, type SmsFaults, type SmsFaultSwitches } from './faults';
import { ackIncoming, addIncoming, allSent, pendingIncoming, recordSent, type SmsDatabase } from './sms-store';

const MAX_BODY_BYTES = 64 * 1024;
const PHONE = /^\+?\d{8,15}$/;
const MAX_TEXT = 1000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'too-large', 'The body is too large.');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad-json', 'The body is not JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpError(400, 'bad-body', 'The body is a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function stringField(body: Record<string, unknown>, name: string, max: number): string {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw new HttpError(400, 'bad-field', `${name} must be a non-empty string of at most ${max} characters.`);
  }
  return value;
}

function phoneField(body: Record<string, unknown>, name: string): string {
  const value = stringField(body, name, 20);
  if (!PHONE.test(value)) throw new HttpError(400, 'bad-phone', `${name} must be a phone number (+4799999999).`);
  return value;
}

export interface SmsRouteServices {
  db: SmsDatabase;
  now(): Date;
  faults: SmsFaultSwitches;
  setFaults(patch: Partial<SmsFaults>): SmsFaults;
  log(line: string): void;
}

async function client(
  s: SmsRouteServices,
  response: ServerResponse,
  work: () => Promise<{ status: number; body: unknown }> | { status: number; body: unknown },
): Promise<void> {
  const faults = s.faults.current();
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  if (s.faults.fails()) {
    response.setHeader('retry-after', '1');
    return sendJson(response, 503, {
      error: 'unavailable',
      message: 'SMS-tjenesten er ikke tilgjengelig (simulert feil).',
    });
  }
  const result = await work();
  sendJson(response, result.status, result.body);
}

export function smsRequestListener(s: SmsRouteServices) {
  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const key = `${request.method ?? 'GET'} ${url.pathname}`;
    switch (key) {
      case 'GET /health':
        return client(s, response, () => ({ status: 200, body: { ok: true } }));
      case 'POST /sms': {
        const body = await readJson(request);
        const sms = {
          msgId: stringField(body, 'msgId', 100),
          to: phoneField(body, 'to'),
          text: stringField(body, 'text', MAX_TEXT),
        };
        return client(s, response, () => {
          const created = recordSent(s.db, { ...sms, receivedAt: s.now().toISOString() });
          return { status: created ? 202 : 200, body: { msgId: sms.msgId, duplicate: !created } };
        });
      }
      case 'GET /inbox': {
        const raw = Number(url.searchParams.get('limit') ?? '100');
        const limit = Number.isInteger(raw) && raw > 0 ? Math.min(raw, 1000) : 100;
        return client(s, response, () => ({ status: 200, body: { messages: pendingIncoming(s.db, limit) } }));
      }
      case 'POST /inbox/ack': {
        const body = await readJson(request);
        const ids = body.ids;
        if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
          throw new HttpError(400, 'bad-field', 'ids must be an array of strings.');
        }
        return client(s, response, () => ({
          status: 200,
          body: { acked: ackIncoming(s.db, ids, s.now().toISOString()) },
        }));
      }
      case 'GET /admin/sent':
        return sendJson(response, 200, { messages: allSent(s.db) });
      case 'POST /admin/receive': {
        const body = await readJson(request);
        const sms = {
          id: randomUUID(),
          from: phoneField(body, 'from'),
          text: stringField(body, 'text', MAX_TEXT),
          receivedAt: s.now().toISOString(),
        };
        addIncoming(s.db, sms);
        return sendJson(response, 201, sms);
      }
      case 'GET /admin/faults':
        return sendJson(response, 200, s.faults.current());
      case 'POST /admin/faults':
        return sendJson(response, 200, s.setFaults(parseSmsFaultPatch(await readJson(request))));
      default:
        return sendJson(response, 404, { error: 'not-found', message: `No route ${key}.` });
    }
  };
  return (request: IncomingMessage, response: ServerResponse): void => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof HttpError)
        return sendJson(response, error.status, { error: error.code, message: error.message });
      if (error instanceof SmsFaultError)
        return sendJson(response, 400, { error: 'bad-faults', message: error.message });
      s.log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { error: 'internal', message: 'Internal error.' });
    });
  };
}
