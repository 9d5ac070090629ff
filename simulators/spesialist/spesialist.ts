/**
 * The simulated specialist service (spesialisthelsetjenesten) as a library: `startSpesialist` opens its own
 * database, compiles the message schemas and listens on 127.0.0.1. The CLI (main.ts) and the tests start it this
 * way. No Electron here. It answers each Henvisning with an AppRec, later a Status på henvisning (Dialogmelding
 * v1.1) and then an Epikrise v1.2, on the reseptformidler simulator's HTTP interface.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { osloDate } from '../../shared/rules/dates';
import { runDue } from './answers/scheduler';
import { FaultSwitches, type Faults } from '../common/faults';
import { spesRequestListener } from './http/spes-routes';
import type { SpesContext, SpesTiming } from './intake/intake.types';
import { nextDueAt } from './storage/referrals.store';
import { openSpesDatabase } from './storage/spes-database';

export const SPES_HOST = '127.0.0.1';
export const DEFAULT_ASSESS_AFTER_MS = 2_000;
export const DEFAULT_EPIKRISE_AFTER_MS = 5_000;
/** How often the timer looks for answers that have fallen due. */
const TICK_MS = 200;

export interface SpesialistOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder for the service's own SQLite file; created when missing, reused when present. */
  dataDir: string;
  faults?: Partial<Faults>;
  /** Delay from receipt to the Status på henvisning (default 2 s; 0 in tests: at once). */
  assessAfterMs?: number;
  /** Delay from the assessment to the epikrise (default 5 s; 0: at once). */
  epikriseAfterMs?: number;
  /** Reject an unsigned henvisning (S01). */
  requireSignature?: boolean;
  /** The service's clock; tests may move it. */
  clock?: () => Date;
  /** Where the XSDs are, for a bundled build (see xsd-validator.ts). */
  schemaDir?: string;
  /** Diagnostics (internal errors); silent by default. */
  log?: (line: string) => void;
}

export interface RunningSpesialist {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  faults(): Faults;
  /** Changes the fault switches at run time; `downForMs` turns `down` back to "no" after that long. */
  setFaults(patch: Partial<Faults>, downForMs?: number): Faults;
  /** Sends every open referral's next answer now (as POST /admin/advance); returns how many moved. */
  advance(): number;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, SPES_HOST, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function delay(name: string, value: number | undefined, fallback: number): number {
  const ms = value ?? fallback;
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`${name} must be a whole number of milliseconds, 0 or more.`);
  return ms;
}

/** Starts the simulated specialist service; resolves when it listens. */
export async function startSpesialist(options: SpesialistOptions): Promise<RunningSpesialist> {
  const timing: SpesTiming = {
    assessAfterMs: delay('assessAfterMs', options.assessAfterMs, DEFAULT_ASSESS_AFTER_MS),
    epikriseAfterMs: delay('epikriseAfterMs', options.epikriseAfterMs, DEFAULT_EPIKRISE_AFTER_MS),
  };
  const validator = await createMessageValidator(options.schemaDir ? { schemaDir: options.schemaDir } : {});
  const db = openSpesDatabase(options.dataDir);
  const clock = options.clock ?? ((): Date => new Date());
  const log = options.log ?? ((): void => undefined);
  const faults = new FaultSwitches(options.faults);

  const context = (): SpesContext => {
    const now = clock();
    return {
      db,
      now,
      today: osloDate(now),
      newId: randomUUID,
      timing,
      emit: (xml) => {
        const result = validator.validate(xml);
        if (!result.valid)
          throw new Error(`The service built a message its schemas reject: ${result.errors.join('; ')}`);
        return xml;
      },
    };
  };
  const due = (): void => {
    const ctx = context();
    const next = nextDueAt(db);
    if (next !== undefined && next <= ctx.now.toISOString()) runDue(ctx, false, log);
  };
  const advance = (): number => runDue(context(), true, log);

  let listening = false;
  let port = options.port;
  let downTimer: NodeJS.Timeout | undefined;
  // While the port is closed nothing else may keep a CLI process alive; this does, until it reopens.
  let keepAlive: NodeJS.Timeout | undefined;
  const ticker = setInterval(() => {
    try {
      due();
    } catch (error) {
      log(`timer: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, TICK_MS);
  ticker.unref();

  const server = createServer();
  const openPort = async (): Promise<void> => {
    if (listening) return;
    port = await listen(server, port);
    listening = true;
    clearInterval(keepAlive);
    keepAlive = undefined;
  };
  /** Stops accepting connections at once; `force` also cuts requests in flight, for shutdown. */
  const closePort = (force: boolean): Promise<void> => {
    if (!listening) return Promise.resolve();
    listening = false;
    keepAlive ??= setInterval(() => undefined, 3_600_000);
    return new Promise((resolve) => {
      server.close(() => resolve());
      if (force) server.closeAllConnections();
      else server.closeIdleConnections();
    });
  };
  const applyDown = (mode: Faults['down']): void => {
    const change = mode === 'refuse-connections' ? closePort(false) : openPort();
    change.catch((error: unknown) => log(`could not change the port: ${String(error)}`));
  };
  const setFaults = (patch: Partial<Faults>, downForMs?: number): Faults => {
    const updated = faults.update(patch);
    clearTimeout(downTimer);
    downTimer = undefined;
    if (downForMs !== undefined && updated.down !== 'no') {
      downTimer = setTimeout(() => setFaults({ down: 'no' }), downForMs);
    }
    applyDown(updated.down);
    return faults.current();
  };

  const listener = spesRequestListener({
    context,
    intake: { validator, faults, requireSignature: options.requireSignature ?? false },
    faults,
    setFaults,
    runDue: due,
    advance,
    log,
  });
  server.on('request', (request, response) => {
    // A kept-alive connection from before the port closed must not get through either.
    if (!listening) request.socket.destroy();
    else listener(request, response);
  });
  try {
    await openPort();
  } catch (error) {
    clearInterval(ticker);
    db.close();
    throw error;
  }
  if (faults.current().down === 'refuse-connections') await closePort(true);

  return {
    url: `http://${SPES_HOST}:${port}`,
    port,
    faults: () => faults.current(),
    setFaults,
    advance,
    close: async () => {
      clearInterval(ticker);
      clearTimeout(downTimer);
      await closePort(true);
      clearInterval(keepAlive);
      keepAlive = undefined;
      db.close();
    },
  };
}
