/**
 * The simulated reseptformidler as a library: `startReseptformidler` opens its own database, compiles the
 * message schemas and listens on 127.0.0.1. The CLI (main.ts), the tests and the app's demo clinic all start
 * it this way. No Electron here: the app runs it in a utilityProcess, the tests in plain Node.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { osloDate } from '../../shared/rules/dates';
import { FaultSwitches, type Faults } from '../common/faults';
import type { RfContext } from './intake/intake.types';
import { rfRequestListener } from './http/rf-routes';
import { openRfDatabase } from './storage/rf-database';

export const RF_HOST = '127.0.0.1';

export interface ReseptformidlerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder for RF's own SQLite file; created when missing, reused when present. */
  dataDir: string;
  faults?: Partial<Faults>;
  /** Reject unsigned M1 and M5 (S01). Off until Allmenn signs its messages. */
  requireSignature?: boolean;
  /** RF's clock; tests move it to expire prescriptions. */
  clock?: () => Date;
  /** Where the XSDs are, for a bundled build (see xsd-validator.ts). */
  schemaDir?: string;
  /** Diagnostics (internal errors); silent by default. */
  log?: (line: string) => void;
}

export interface RunningReseptformidler {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  faults(): Faults;
  /** Changes the fault switches at run time; `downForMs` turns `down` back to "no" after that long. */
  setFaults(patch: Partial<Faults>, downForMs?: number): Faults;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, RF_HOST, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startReseptformidler(options: ReseptformidlerOptions): Promise<RunningReseptformidler> {
  const validator = await createMessageValidator(options.schemaDir ? { schemaDir: options.schemaDir } : {});
  const db = openRfDatabase(options.dataDir);
  const clock = options.clock ?? ((): Date => new Date());
  const log = options.log ?? ((): void => undefined);
  const faults = new FaultSwitches(options.faults);

  const context = (): RfContext => {
    const now = clock();
    return {
      db,
      now,
      today: osloDate(now),
      newId: randomUUID,
      emit: (xml) => {
        const result = validator.validate(xml);
        if (!result.valid) throw new Error(`RF built a message its schemas reject: ${result.errors.join('; ')}`);
        return xml;
      },
    };
  };

  let listening = false;
  let port = options.port;
  let downTimer: NodeJS.Timeout | undefined;
  // While the port is closed nothing else may keep a CLI process alive; this does, until it reopens.
  let keepAlive: NodeJS.Timeout | undefined;

  const server = createServer();
  const openPort = async (): Promise<void> => {
    if (listening) return;
    port = await listen(server, port);
    listening = true;
    clearInterval(keepAlive);
    keepAlive = undefined;
  };
  /**
   * Stops accepting connections at once. Requests in flight finish (the admin request that asked for this gets
   * its answer); `force` cuts them too, for shutdown.
   */
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

  const listener = rfRequestListener({
    context,
    intake: { validator, faults, requireSignature: options.requireSignature ?? false },
    faults,
    setFaults,
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
    db.close();
    throw error;
  }
  if (faults.current().down === 'refuse-connections') await closePort(true);

  return {
    url: `http://${RF_HOST}:${port}`,
    port,
    faults: () => faults.current(),
    setFaults,
    close: async () => {
      clearTimeout(downTimer);
      await closePort(true);
      clearInterval(keepAlive);
      keepAlive = undefined;
      db.close();
    },
  };
}
