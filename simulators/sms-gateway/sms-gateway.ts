/**
 * The simulated SMS gateway as a library: `startSmsGateway` opens its own database and listens on 127.0.0.1.
 * The CLI (main.ts), the tests and the app's demo clinic start it this way. No Electron here.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SmsFaultSwitches, type SmsFaults } from './faults';
import { smsRequestListener } from './sms-routes';
import { openSmsDatabase } from './sms-store';

export const SMS_HOST = '127.0.0.1';

export interface SmsGatewayOptions {
  /** 0 picks a free port. */
  port: number;
  /** Folder for the gateway's own SQLite file; created when missing, reused when present. */
  dataDir: string;
  faults?: Partial<SmsFaults>;
  clock?: () => Date;
  log?: (line: string) => void;
}

export interface RunningSmsGateway {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  faults(): SmsFaults;
  setFaults(patch: Partial<SmsFaults>): SmsFaults;
  close(): Promise<void>;
}

export async function startSmsGateway(options: SmsGatewayOptions): Promise<RunningSmsGateway> {
  const db = openSmsDatabase(options.dataDir);
  const faults = new SmsFaultSwitches(options.faults);
  const clock = options.clock ?? ((): Date => new Date());
  const log = options.log ?? ((): void => undefined);
  const setFaults = (patch: Partial<SmsFaults>): SmsFaults => faults.update(patch);
  const server = createServer(smsRequestListener({ db, now: clock, faults, setFaults, log }));
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, SMS_HOST, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    url: `http://${SMS_HOST}:${port}`,
    port,
    faults: () => faults.current(),
    setFaults,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
