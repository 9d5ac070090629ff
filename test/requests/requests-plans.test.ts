/**
 * The requests' and SMS queries keep using their indexes: the reminder planner reads appointments by start time
 * (two years of them in a clinic), the SMS worker claims due rows by (status, next_attempt_at), an SMS is matched
 * among the patients born that day, and the open inbox is read by (status, received_at).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import { captureQueries, explainQueryPlan } from '../../db/query-inspection';
import { listRequests, patientsBornOn } from '../../db/repositories/requests.repository';
import { claimDueSms, reminderCandidates } from '../../db/repositories/sms.repository';
import { openClinicDatabase } from '../../electron/backend';

const now = new Date('2026-11-22T12:00:00Z');

describe('query plans of requests and SMS', () => {
  let dir: string;
  let conn: DatabaseConnection;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-requests-plans-'));
    conn = (await openClinicDatabase(dir, now)).conn;
  });
  afterAll(async () => {
    await closeDatabase(conn);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function plansOf(work: Parameters<typeof captureQueries>[1]): Promise<string> {
    const queries = await captureQueries(conn.sqlite, work);
    return queries.flatMap((q) => explainQueryPlan(conn.sqlite, q).map((step) => step.detail)).join('\n');
  }

  it('plans reminders from the appointments in the window, not from every appointment', async () => {
    const plan = await plansOf((db) =>
      reminderCandidates(db, { from: now.toISOString(), to: '2026-11-24T12:00:00.000Z' }),
    );
    expect(plan).toMatch(/SEARCH a USING INDEX appointments_start \(starts_at>\? AND starts_at<\?\)/);
    expect(plan).not.toMatch(/SCAN a\b/);
    expect(plan).not.toMatch(/SCAN o\b/);
  });

  it('claims due SMS by (status, next_attempt_at)', async () => {
    const plan = await plansOf((db) =>
      claimDueSms(db, { owner: 'pc', now: now.toISOString(), leaseUntil: now.toISOString(), limit: 50 }),
    );
    expect(plan).toMatch(/USING INDEX sms_outbox_due \(status=\? AND next_attempt_at<\?\)/);
  });

  it('finds the patients an SMS may be from by birth date', async () => {
    const plan = await plansOf((db) => patientsBornOn(db, '1962-05-03'));
    expect(plan).toMatch(/USING INDEX patients_birth_date \(birth_date=\?\)/);
  });

  it('reads the open requests by (status, received_at)', async () => {
    const plan = await plansOf((db) => listRequests(db, { status: 'open', limit: 500 }));
    expect(plan).toMatch(/USING INDEX patient_requests_status_received \(status=\?\)/);
  });
});
