/**
 * Innboks' queries keep using their indexes. Filed documents stay for ever (nothing clinical is deleted), so the
 * table only grows: the list of what waits, a referral's facts and the MsgId look-up must not scan it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import { captureQueries, explainQueryPlan, type CapturedQuery } from '../../db/query-inspection';
import {
  findIncomingDocumentByMsgId,
  listIncomingDocuments,
  referralDocumentFacts,
} from '../../db/repositories/incoming-documents.repository';
import { openClinicDatabase } from '../../electron/backend';

const now = new Date('2026-11-23T09:00:00Z');

describe('query plans of Innboks', () => {
  let dir: string;
  let conn: DatabaseConnection;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-inbox-plans-'));
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

  it('lists what waits through the (status, received_at) index', async () => {
    const plan = await planOf((db) =>
      listIncomingDocuments(db, { statuses: ['uavklart', 'til_behandling', 'ugyldig'], limit: 200 }),
    );
    expect(plan).toMatch(/SEARCH incoming_documents USING INDEX incoming_documents_status \(status=\?\)/);
    expect(plan).not.toMatch(/SCAN incoming_documents\b(?! USING INDEX)/);
  });

  it('lists everything newest first by the received_at index, not by sorting the table', async () => {
    const plan = await planOf((db) => listIncomingDocuments(db, { statuses: [], limit: 200 }));
    expect(plan).toMatch(/SCAN incoming_documents USING INDEX incoming_documents_received/);
  });

  it('reads a referral’s facts by the referral index and a MsgId by its unique index', async () => {
    const facts = await planOf((db) => referralDocumentFacts(db, ['r1', 'r2']));
    expect(facts).toMatch(/SEARCH incoming_documents USING INDEX incoming_documents_referral \(referral_id=\?\)/);
    const byMsgId = await planOf((db) => findIncomingDocumentByMsgId(db, 'm1'));
    expect(byMsgId).toMatch(
      /SEARCH incoming_documents USING INDEX sqlite_autoindex_incoming_documents_\d \(msg_id=\?\)/,
    );
  });
});
