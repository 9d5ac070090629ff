/**
 * The venterom's queries keep using their indexes: today's queue by (day, status), the booked list by appointment
 * start, and a patient's active entry by the patient index. Queue and appointments grow by the day; a full
 * scan of either would slow every window's refetch after each 'queue.changed'.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import { captureQueries, explainQueryPlan, type CapturedQuery } from '../../db/query-inspection';
import {
  expectedAppointments,
  findActiveQueueEntryOfPatient,
  queueEntriesOfDay,
  waitingEntriesOfDay,
} from '../../db/repositories/queue.repository';
import { openClinicDatabase } from '../../electron/backend';

const now = new Date('2026-11-23T09:00:00Z');

describe('query plans of the venterom', () => {
  let dir: string;
  let conn: DatabaseConnection;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-queue-plans-'));
    conn = (await openClinicDatabase(dir, now)).conn;
  });
  afterAll(async () => {
    await closeDatabase(conn);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function planOf(work: Parameters<typeof captureQueries>[1]): Promise<string> {
    const queries = await captureQueries(conn.sqlite, work);
    expect(queries).toHaveLength(1);
    return explainQueryPlan(conn.sqlite, queries[0] as CapturedQuery)
      .map((step) => step.detail)
      .join('\n');
  }

  it('reads today’s queue through the (day, status) index', async () => {
    const all = await planOf((db) => queueEntriesOfDay(db, '2026-11-23'));
    expect(all).toMatch(/SEARCH q USING INDEX queue_entries_day_status \(day=\?\)/);
    expect(all).not.toMatch(/SCAN (q|p)\b/);
    const waiting = await planOf((db) => waitingEntriesOfDay(db, '2026-11-23'));
    expect(waiting).toMatch(/SEARCH queue_entries USING INDEX queue_entries_day_status \(day=\? AND status=\?\)/);
  });

  it('reads today’s booked appointments by start time, not by scanning every appointment', async () => {
    const plan = await planOf((db) =>
      expectedAppointments(db, { from: '2026-11-22T23:00:00.000Z', to: '2026-11-23T23:00:00.000Z' }, 500),
    );
    expect(plan).toMatch(/SEARCH a USING INDEX appointments_start \(starts_at>\? AND starts_at<\?\)/);
    expect(plan).not.toMatch(/SCAN a\b/);
  });

  it('finds a patient’s active entry by the patient index', async () => {
    const plan = await planOf((db) =>
      findActiveQueueEntryOfPatient(db, '0190a5e0-0000-7000-8000-000000000001', '2026-11-23'),
    );
    expect(plan).toMatch(/SEARCH queue_entries USING INDEX queue_entries_patient \(patient_id=\? AND day=\?\)/);
  });
});
