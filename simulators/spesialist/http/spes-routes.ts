/**
 * The service's HTTP interface (README.md in this folder): the same EPJ side as the simulated reseptformidler
 * (/messages, /inbox, /inbox/ack, /health), through the fault switches; /admin never is, so a test can always
 * repair the service and move time on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultError, parseFaultPatch, type Faults, type FaultSwitches } from '../../common/faults';
import type { SpesContext } from '../intake/intake.types';
import { receiveMessage, type IntakeOptions, type IntakeResult } from '../intake/message-intake';
import { ackInbox, pendingInbox } from '../storage/messages.store';
import { allReferrals } from '../storage/referrals.store';
import { ackInput, faultsInput } from './admin-input';
import { HttpError, readBody, readJson, sendError, sendJson } from '../../common/http-io';

export interface RouteServices {
  /** A context for one request: the clock is read once, so a request sees one "now". */
  context(): SpesContext;
  intake: IntakeOptions;
  faults: FaultSwitches;
  /** Applies a fault update (POST /admin/faults), including closing or reopening the port. */
  setFaults(patch: Partial<Faults>, downForMs?: number): Faults;
  /** Sends what is due now, after an intake. */
  runDue(): void;
  /** Moves every open referral one answer on, due or not (POST /admin/advance); returns how many moved. */
  advance(): number;
  log(line: string): void;
}

const UNAVAILABLE = 'Spesialisthelsetjenesten er ikke tilgjengelig (simulert feil).';

function unavailable(response: ServerResponse): void {
  response.setHeader('retry-after', '1');
  sendError(response, 503, 'unavailable', UNAVAILABLE);
}

async function epj(
  services: RouteServices,
  response: ServerResponse,
  work: () => { status: number; body: unknown },
): Promise<void> {
  const faults = services.faults.current();
  if (faults.down === 'http-503') return unavailable(response);
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  const failure = services.faults.transportFailure();
  if (failure === 'before') return unavailable(response);
  const result = work();
  // 'after': the service did the work, only the answer is lost, as when a connection breaks on the way back.
  if (failure === 'after') return unavailable(response);
  sendJson(response, result.status, result.body);
}

function intakeBody(result: IntakeResult): { status: number; body: unknown } {
  if (result.status === 400) return { status: 400, body: { error: result.error, details: result.details } };
  return { status: 202, body: { msgId: result.msgId, duplicate: result.duplicate } };
}

function limitOf(url: URL): number {
  const raw = url.searchParams.get('limit');
  if (raw === null) return 100;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new HttpError(400, 'bad-request', 'limit must be a whole number from 1 to 1000.');
  }
  return limit;
}

function referralsView(services: RouteServices): unknown {
  return allReferrals(services.context().db).map((referral) => ({
    referralId: referral.documentId,
    senderHer: referral.senderHer,
    firstMsgId: referral.firstMsgId,
    lastMsgId: referral.lastMsgId,
    hastegrad: referral.hastegrad,
    state: referral.state,
    receivedAt: referral.receivedAt,
    assessDueAt: referral.assessDueAt,
    epikriseDueAt: referral.epikriseDueAt,
  }));
}

async function route(services: RouteServices, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const key = `${request.method ?? 'GET'} ${url.pathname}`;
  switch (key) {
    case 'POST /messages': {
      const body = await readBody(request);
      return epj(services, response, () => {
        const result = intakeBody(receiveMessage(services.context(), services.intake, body));
        services.runDue();
        return result;
      });
    }
    case 'GET /inbox': {
      const her = url.searchParams.get('her');
      if (!her) throw new HttpError(400, 'bad-request', 'Say whose inbox: ?her=<HER-id>.');
      const limit = limitOf(url);
      return epj(services, response, () => ({ status: 200, body: pendingInbox(services.context().db, her, limit) }));
    }
    case 'POST /inbox/ack': {
      const input = ackInput(await readJson(request));
      return epj(services, response, () => {
        const context = services.context();
        return {
          status: 200,
          body: { acked: ackInbox(context.db, input.msgIds, input.her, context.now.toISOString()) },
        };
      });
    }
    case 'GET /health':
      return epj(services, response, () => ({ status: 200, body: { ok: true } }));
    case 'GET /admin/faults':
      return sendJson(response, 200, services.faults.current());
    case 'POST /admin/faults': {
      const { patch, downForMs } = faultsInput(await readJson(request));
      return sendJson(response, 200, services.setFaults(parseFaultPatch(patch), downForMs));
    }
    case 'POST /admin/advance':
      return sendJson(response, 200, { advanced: services.advance() });
    case 'GET /admin/referrals':
      return sendJson(response, 200, referralsView(services));
    default:
      return sendError(response, 404, 'not-found', `No route ${key}.`);
  }
}

/** The request listener: every failure becomes a JSON answer, never an unhandled rejection. */
export function spesRequestListener(
  services: RouteServices,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    route(services, request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendError(response, error.status, error.code, error.message);
      if (error instanceof FaultError) return sendError(response, 400, 'bad-faults', error.message);
      services.log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendError(response, 500, 'internal', 'Spesialisthelsetjenesten fikk en intern feil.');
      else response.destroy();
    });
  };
}
