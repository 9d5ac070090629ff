/**
 * Referrals through the real backend and its own delivery worker to the real simulated specialist service over
 * loopback (and the real simulated reseptformidler, the default route), for the referral delivery tests.
 */
import path from 'node:path';
import { afterEach } from 'vitest';
import { startReseptformidler } from '../../simulators/reseptformidler/reseptformidler';
import {
  startSpesialist,
  type RunningSpesialist,
  type SpesialistOptions,
} from '../../simulators/spesialist/spesialist';
import { value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';
import { referralClinic, type ReferralClinic } from './referral-clinic';

/** What GET /admin/referrals answers: one row per sender HER-id and DocumentId the service took in. */
export interface SpesReferral {
  referralId: string;
  senderHer: string;
  firstMsgId: string;
  lastMsgId: string;
  hastegrad: string;
  state: string;
}

export interface DeliveryFixture extends ReferralClinic {
  spes: RunningSpesialist;
  rfUrl: string;
  /** Sends `n` complete referrals through the router as lege1; their ids, in order. */
  sendReferrals(n: number): Promise<string[]>;
  /** The referrals as the tracking list shows them. */
  statuses(): Promise<Map<string, { status: string; rejectionReason: string | null; frist: string | null }>>;
  spesReferrals(): Promise<SpesReferral[]>;
  /** Our referrals' DocumentIds and the MsgIds of their first (ny) message. */
  ours(): Promise<{ documentId: string; msgId: string }[]>;
}

export async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fixture factory per test file; everything it starts is closed after each test. */
export function useDeliveryFixture(): (
  spesOptions?: Partial<SpesialistOptions>,
  delivery?: { answerTimeoutMs?: number; noHelsenett?: boolean },
) => Promise<DeliveryFixture> {
  const tempDir = useTempDir('allmenn-referral-delivery-');
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    // Backend first (its worker stops), then the services it talks to.
    for (const close of closers.splice(0)) await close();
  });
  return async (spesOptions = {}, delivery = {}) => {
    const dir = tempDir();
    const spes = await startSpesialist({
      port: 0,
      dataDir: path.join(dir, 'spes'),
      // Manual by default: answers beyond the AppRec come when the test calls advance().
      assessAfterMs: 3_600_000,
      epikriseAfterMs: 3_600_000,
      ...spesOptions,
    });
    const rf = await startReseptformidler({ port: 0, dataDir: path.join(dir, 'rf') });
    const { noHelsenett, ...rest } = delivery;
    const clinic = await referralClinic(path.join(dir, 'app'), undefined, {
      reseptformidlerUrl: rf.url,
      ...(!noHelsenett && { helsenettUrl: spes.url }),
      intervalMs: 100,
      ...rest,
    });
    closers.push(
      () => clinic.backend.close(),
      () => spes.close(),
      () => rf.close(),
    );
    const db = clinic.backend.conn.db;
    return {
      ...clinic,
      spes,
      rfUrl: rf.url,
      async sendReferrals(n) {
        const ids: string[] = [];
        for (let i = 0; i < n; i++) {
          const sent = value(
            await clinic.c.lege1(
              'referrals.send',
              clinic.complete({ problemstilling: `Henvisning nummer ${i + 1}: smerter i høyre kne.` }),
            ),
          );
          ids.push(sent.id);
        }
        return ids;
      },
      async statuses() {
        const list = value(await clinic.c.lege1('referrals.list', { filter: 'alle', mine: false }));
        return new Map(
          list.map((r) => [r.id, { status: r.status, rejectionReason: r.rejectionReason, frist: r.frist }]),
        );
      },
      async spesReferrals() {
        const response = await fetch(`${spes.url}/admin/referrals`);
        if (!response.ok) throw new Error(`GET /admin/referrals: HTTP ${response.status}`);
        return (await response.json()) as SpesReferral[];
      },
      async ours() {
        return db
          .selectFrom('referrals as r')
          .innerJoin('referral_messages as m', 'm.referral_id', 'r.id')
          .select(['r.document_id as documentId', 'm.msg_id as msgId'])
          .where('m.kind', '=', 'ny')
          .execute();
      },
    };
  };
}

/** True when every one of `ids` has `status` in the tracking list. */
export function allHave(ids: readonly string[], status: string): (m: Map<string, { status: string }>) => boolean {
  return (m) => ids.every((id) => m.get(id)?.status === status);
}
