/**
 * referrals.compose keeps its p95 on a 5 000-note journal only while its journal reads use their indexes: the
 * newest signed notes by (patient, time), and the problem list from the covering notes index plus the partial index
 * of lasting diagnoses (migration 0009). A full scan of note_diagnoses would cost every referral seconds on a big
 * clinic.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import { captureQueries, explainQueryPlan, type CapturedQuery } from '../../db/query-inspection';
import { problemListCodes, recentSignedNotes } from '../../db/repositories/referral-compose.repository';
import { listReferrals } from '../../db/repositories/referrals.repository';
import { openClinicDatabase } from '../../electron/backend';

const PATIENT = '0190a5e0-0000-7000-8000-000000000001';

describe('query plans of referrals', () => {
  let dir: string;
  let conn: DatabaseConnection;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-referral-plans-'));
    conn = (await openClinicDatabase(dir, new Date('2026-11-23T09:00:00Z'))).conn;
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

  it('reads the problem list from the covering notes index and the lasting-diagnoses index', async () => {
    const plan = await planOf((db) => problemListCodes(db, PATIENT));
    expect(plan).toMatch(/USING COVERING INDEX journal_notes_patient_status_version/);
    expect(plan).toMatch(/USING INDEX note_diagnoses_lasting/);
  });

  it('reads the newest signed notes by patient and time', async () => {
    const plan = await planOf((db) => recentSignedNotes(db, PATIENT, 15));
    // In time order straight from the index, so LIMIT stops after 15 rows: no sort of the whole journal.
    expect(plan).toMatch(/SEARCH n USING INDEX journal_notes_patient_time/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('lists the open referrals by status, not by scanning them all', async () => {
    const plan = await planOf((db) => listReferrals(db, { statuses: ['sendt'] }));
    expect(plan).toMatch(/USING INDEX referrals_status/);
  });
});
