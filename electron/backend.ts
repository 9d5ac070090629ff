/**
 * The backend: database, services, sessions, events and the IPC router, wired for one data folder.
 * Electron's main, the end-to-end harness and the CLI all start it the same way; none of this imports 'electron'.
 */
import fs from 'node:fs';
import os from 'node:os';
import { openDatabase, type DatabaseConnection } from '../db/connection';
import { migrateToLatest, type MigrationOutcome } from '../db/migrate';
import { backupsDir, databaseFile } from '../db/paths';
import { rebuildPatientNameIndex } from '../db/repositories/patient-search.repository';
import { acquireLock } from './data-dir-lock';
import { INBOX_INCOMING_KINDS } from './delivery/inbox-delivery';
import { startSms, type SmsOptions, type SmsSupervisor } from './delivery/sms-supervisor';
import { superviseDelivery, type DeliveryOptions, type DeliverySupervisor } from './delivery/delivery-supervisor';
import { EventBus } from './ipc/event-bus';
import { createRouter, type Router } from './ipc/router';
import { silentLogger, type Logger } from './logger';
import { DEFAULT_IDLE_MINUTES, SessionStore } from './services/auth/session-store';
import { createServices, type Services } from './services/index';

const SWEEP_INTERVAL_MS = 30_000;

export interface BackendOptions {
  dataDir: string;
  isTrustedUrl: (url: string) => boolean;
  workstation?: string;
  clock?: () => Date;
  logger?: Logger;
  idleMinutes?: number;
  /** Deliver e-resept messages to this reseptformidler; without it, messages wait in the outbox. */
  delivery?: DeliveryOptions;
  /** SMS reminders and booking SMS: `{}` plans reminders only; with `gatewayUrl` they are also sent. */
  sms?: SmsOptions;
}

export interface Backend {
  conn: DatabaseConnection;
  services: Services;
  sessions: SessionStore;
  events: EventBus;
  router: Router;
  migration: MigrationOutcome;
  delivery: DeliverySupervisor | undefined;
  sms: SmsSupervisor | undefined;
  /** Ends idle sessions now (main also does it every SWEEP_INTERVAL_MS). */
  sweepSessions(): Promise<void>;
  close(): Promise<void>;
}

/** Opens and migrates the clinic database. Throws DatabaseError (e.g. DATABASE_TOO_NEW) without touching the file. */
export async function openClinicDatabase(
  dataDir: string,
  now: Date,
): Promise<{ conn: DatabaseConnection; migration: MigrationOutcome }> {
  fs.mkdirSync(dataDir, { recursive: true });
  const conn = openDatabase(databaseFile(dataDir));
  try {
    const migration = await migrateToLatest(conn, { backupDir: backupsDir(dataDir), now });
    if (migration.applied.some((m) => m === '0002-patient-register' || m === '0006-patient-search-keys')) {
      await conn.db.transaction().execute((trx) => rebuildPatientNameIndex(trx));
    }
    return { conn, migration };
  } catch (error) {
    await conn.close();
    throw error;
  }
}

export async function startBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const { conn, migration } = await openClinicDatabase(options.dataDir, clock());
  const releaseLock = acquireLock(options.dataDir, clock());
  const workstation = options.workstation ?? os.hostname();
  const services = createServices(conn.db);
  const sessions = new SessionStore((options.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000);
  const events = new EventBus();
  const router = createRouter({
    services,
    sessions,
    events,
    logger,
    workstation,
    clock,
    isTrustedUrl: options.isTrustedUrl,
  });
  if (migration.applied.length > 0) logger.info('database migrated', { applied: migration.applied });
  const sweep = async () => {
    const now = clock();
    for (const { senderId, session } of sessions.sweep(now)) {
      events.emit(senderId, 'session.ended', { reason: 'expired' });
      await services.auth.expired({
        user: { id: session.userId, name: session.displayName },
        role: session.role,
        workstation,
        now,
      });
    }
  };
  const sweeper = setInterval(() => {
    sweep().catch((error: unknown) => logger.error('session sweep failed', { error: String(error) }));
  }, SWEEP_INTERVAL_MS);
  sweeper.unref();
  const delivery = options.delivery
    ? superviseDelivery(conn.db, options.delivery, {
        clock,
        logger,
        onReceived: (kinds) => {
          if ([...kinds].some((k) => (INBOX_INCOMING_KINDS as readonly string[]).includes(k)))
            events.emit('all', 'inbox.changed', { reason: 'mottatt' });
        },
      })
    : undefined;
  const sms = options.sms ? startSms({ db: conn.db, services, events, clock, logger }, options.sms) : undefined;
  return {
    conn,
    services,
    sessions,
    events,
    router,
    migration,
    sweepSessions: sweep,
    delivery,
    sms,
    async close() {
      clearInterval(sweeper);
      await sms?.stop();
      await delivery?.stop();
      await conn.close();
      releaseLock();
    },
  };
}
