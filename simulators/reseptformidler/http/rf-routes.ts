/**
 * RF's HTTP interface (README.md in this folder). EPJ routes (/messages, /inbox, /health) go through the fault
 * switches; /pharmacy and /admin never do, so a test can always repair RF and play the pharmacy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultError, parseFaultPatch, type Faults, type FaultSwitches } from '../../common/faults';
import type { IntakeOptions, IntakeResult } from '../intake/message-intake';
import { receiveMessage } from '../intake/message-intake';
import type { RfContext } from '../intake/intake.types';
import { dispense, DispenseError } from '../pharmacy/dispense';
import { listStatus } from '../prescription-state';
import { dispensingsOf } from '../storage/dispensings.store';
import { ackInbox, pendingInbox } from '../storage/messages.store';
import { allPrescriptions, expireDue, prescriptionsOfPatient } from '../storage/prescriptions.store';
import { setBlock } from '../storage/registry.store';
import { ackInput, blockInput, dispenseInput } from './admin-input';
import { HttpError, readBody, readJson, sendError, sendJson } from '../../common/http-io';

export interface RouteServices {
  /** A context for one request: the clock is read once, so a request sees one "now". */
  context(): RfContext;
  intake: IntakeOptions;
  faults: FaultSwitches;
  /** Applies a fault update (POST /admin/faults), including closing or reopening the port. */
  setFaults(patch: Partial<Faults>, downForMs?: number): Faults;
  log(line: string): void;
}

const UNAVAILABLE = 'Reseptformidleren er ikke tilgjengelig (simulert feil).';

function unavailable(response: ServerResponse): void {
  response.setHeader('retry-after', '1');
  sendError(response, 503, 'unavailable', UNAVAILABLE);
}

async function epj(
  services: RouteServices,
  response: ServerResponse,
  work: () => Promise<{ status: number; body: unknown }>,
): Promise<void> {
  const faults = services.faults.current();
  if (faults.down === 'http-503') return unavailable(response);
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  const failure = services.faults.transportFailure();
  if (failure === 'before') return unavailable(response);
  const result = await work();
  // 'after': RF did the work, only the answer is lost, as when a connection breaks on the way back.
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

function prescriptionsView(services: RouteServices, patient: string | null): unknown {
  const context = services.context();
  expireDue(context.db, context.today, context.now.toISOString());
  const prescriptions = patient === null ? allPrescriptions(context.db) : prescriptionsOfPatient(context.db, patient);
  return prescriptions.map((p) => ({
    reseptId: p.reseptId,
    state: p.state,
    listStatus: listStatus(p),
    patient: p.patientIdent,
    refNr: p.refNr,
    locked: p.locked,
    prescriberHpr: p.prescriberHpr,
    clinicHer: p.clinicHer,
    prescribedOn: p.prescribedOn,
    expiresOn: p.expiresOn,
    reit: p.reit,
    revocationReason: p.revocationReason,
    dispensings: dispensingsOf(context.db, p.reseptId).length,
  }));
}

async function route(services: RouteServices, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const key = `${request.method ?? 'GET'} ${url.pathname}`;
  switch (key) {
    case 'POST /messages': {
      const body = await readBody(request);
      return epj(services, response, () =>
        Promise.resolve(intakeBody(receiveMessage(services.context(), services.intake, body))),
      );
    }
    case 'GET /inbox': {
      const her = url.searchParams.get('her');
      if (!her) throw new HttpError(400, 'bad-request', 'Say whose inbox: ?her=<HER-id>.');
      const limit = limitOf(url);
      return epj(services, response, () =>
        Promise.resolve({ status: 200, body: pendingInbox(services.context().db, her, limit) }),
      );
    }
    case 'POST /inbox/ack': {
      const input = ackInput(await readJson(request));
      return epj(services, response, () => {
        const context = services.context();
        const acked = ackInbox(context.db, input.msgIds, input.her, context.now.toISOString());
        return Promise.resolve({ status: 200, body: { acked } });
      });
    }
    case 'GET /health':
      return epj(services, response, () => Promise.resolve({ status: 200, body: { ok: true } }));
    case 'POST /pharmacy/dispense': {
      const input = dispenseInput(await readJson(request));
      return sendJson(response, 201, dispense(services.context(), input));
    }
    case 'GET /admin/faults':
      return sendJson(response, 200, services.faults.current());
    case 'POST /admin/faults': {
      const body = await readJson(request);
      const source = typeof body === 'object' && body !== null ? { ...(body as Record<string, unknown>) } : body;
      let downForMs: number | undefined;
      if (typeof source === 'object' && source !== null && 'downForMs' in source) {
        const value = (source as Record<string, unknown>).downForMs;
        delete (source as Record<string, unknown>).downForMs;
        if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
          throw new HttpError(400, 'bad-request', 'downForMs must be a whole number of milliseconds.');
        }
        downForMs = value;
      }
      return sendJson(response, 200, services.setFaults(parseFaultPatch(source), downForMs));
    }
    case 'POST /admin/blocks': {
      const input = blockInput(await readJson(request));
      const context = services.context();
      setBlock(context.db, input.patient, input.hprNummer, input.blocked, context.now.toISOString());
      return sendJson(response, 200, input);
    }
    case 'GET /admin/prescriptions':
      return sendJson(response, 200, prescriptionsView(services, url.searchParams.get('patient')));
    case 'GET /admin/dispensings': {
      const reseptId = url.searchParams.get('reseptId');
      if (!reseptId) throw new HttpError(400, 'bad-request', 'Say which prescription: ?reseptId=<ReseptId>.');
      return sendJson(response, 200, dispensingsOf(services.context().db, reseptId));
    }
    default:
      return sendError(response, 404, 'not-found', `No route ${key}.`);
  }
}

/** The request listener: every failure becomes a JSON answer, never an unhandled rejection. */
export function rfRequestListener(
  services: RouteServices,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    route(services, request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendError(response, error.status, error.code, error.message);
      if (error instanceof DispenseError) return sendError(response, error.status, error.code, error.message);
      if (error instanceof FaultError) return sendError(response, 400, 'bad-faults', error.message);
      services.log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendError(response, 500, 'internal', 'Reseptformidleren fikk en intern feil.');
      else response.destroy();
    });
  };
}
