/**
 * The hot queries keep using their indexes. Each test captures the SQL the repository really sends and reads
 * SQLite's plan for it: a plan that scans patients, list_memberships or audit_events row by row fails here, before
 * a clinic with 100 000 patients notices. Plans are read without ANALYZE statistics, as the app runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import { captureQueries, explainQueryPlan, type CapturedQuery } from '../../db/query-inspection';
import { recentlyOpenedPatientIds } from '../../db/repositories/audit.repository';
import { currentMembership, listFigures } from '../../db/repositories/gp-lists.repository';
import { searchPatients } from '../../db/repositories/patient-search.repository';
import { findPatientsByIds } from '../../db/repositories/patients.repository';
import { openClinicDatabase } from '../../electron/backend';
import { systemContext } from '../../electron/services/context';
import { createDemoService } from '../../electron/services/demo/demo.service';
import { createPatientsService } from '../../electron/services/patients/patients.service';
import { parsePatientQuery } from '../../shared/rules/patient-query';

const TODAY = '2026-11-22';
const now = new Date(`${TODAY}T09:00:00Z`);

/** Tables whose row-by-row scan would grow with the register; the small ones (users, gp_lists) may be scanned. */
const LARGE_TABLES = ['patients', 'list_memberships', 'audit_events', 'patient_relations', 'cave_versions'];

describe('query plans of the hot queries', () => {
  let dir: string;
  let conn: DatabaseConnection;
  let doctorId: string;
  let patientId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-plans-'));
    conn = (await openClinicDatabase(dir, now)).conn;
    const demo = await createDemoService(conn.db).seed(systemContext('test', 'test-pc', now), {
      patients: 300,
      seed: 'plans',
    });
    const lege = demo.users.find((u) => u.user.role === 'lege')?.user;
    doctorId = lege?.id ?? '';
    const ctx = { user: { id: doctorId, name: 'lege1' }, role: 'lege' as const, workstation: 'test-pc', now };
    const [first] = await createPatientsService(conn.db).search(ctx, { query: 'hansen' });
    patientId = first?.id ?? '';
    await createPatientsService(conn.db).open(ctx, patientId);
  });
  afterAll(async () => {
    await closeDatabase(conn);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The plan of the one statement `work` sends, as SQLite's detail lines. */
  async function planOf(work: Parameters<typeof captureQueries>[1]): Promise<string[]> {
    const queries: CapturedQuery[] = await captureQueries(conn.sqlite, work);
    expect(queries).toHaveLength(1);
    return explainQueryPlan(conn.sqlite, queries[0] as CapturedQuery).map((step) => step.detail);
  }

  /**
   * Steps that read a large table without one of its indexes: `SCAN patients` (or `SCAN p` for an alias), or an
   * AUTOMATIC index, which SQLite builds from a full scan for each run of the statement.
   */
  function fullScans(plan: readonly string[], aliases: Record<string, string> = {}): string[] {
    return plan.filter((detail) => {
      const [, verb, table = ''] = /^(SCAN|SEARCH) (\w+)/.exec(detail) ?? [];
      if (!LARGE_TABLES.includes(aliases[table] ?? table)) return false;
      return detail.includes('AUTOMATIC') || (verb === 'SCAN' && !/USING (COVERING )?INDEX/.test(detail));
    });
  }

  const searchAliases = { p: 'patients', m: 'list_memberships' };
  const search = (text: string) =>
    planOf((db) => searchPatients(db, parsePatientQuery(text, TODAY), { doctorId, today: TODAY, limit: 50 }));
  const membershipByPatient = /^SEARCH m USING (COVERING )?INDEX list_memberships_patient \(patient_id=\?\)/;

  it('ranks name matches from the FTS index alone, without reading a patient row per hit', async () => {
    for (const text of ['hans kar', 'kari h', 'nord', 'bjørn sæther']) {
      const plan = await search(text);
      // The FTS matches drive: walked once (M, no `=`); ranking needs only the index's own columns and the list.
      expect(plan[0], text).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M/);
      expect(plan, text).not.toContainEqual(expect.stringMatching(/^SEARCH p /));
      expect(plan, text).toContainEqual(expect.stringMatching(membershipByPatient));
      expect(fullScans(plan, searchAliases), text).toEqual([]);
    }
  });

  it('lets the birth date index drive a name search with a date, checking each of its rows against the names', async () => {
    for (const text of ['hansen 03.05.1962', 'h 030562']) {
      const plan = await search(text);
      expect(plan[0], text).toMatch(/^SEARCH p USING INDEX patients_birth_date \(birth_date=\?\)/);
      // `=` before M: the FTS table is asked about one rowid at a time, never walked in full.
      expect(plan, text).toContainEqual(expect.stringMatching(/^SCAN f EXISTS VIRTUAL TABLE INDEX \d+:=M/));
      expect(fullScans(plan, searchAliases), text).toEqual([]);
    }
  });

  it('finds a whole identity number through its unique index', async () => {
    const plan = await search('03856200034');
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH p USING INDEX \w+ \(identity_number=\?\)/));
    expect(fullScans(plan, searchAliases)).toEqual([]);
  });

  it('finds a partial identity number, a phone number and a ddmmyy date by index ranges', async () => {
    for (const text of ['0385620', '91234567', '+47 912 34 567', '030562']) {
      const plan = await search(text);
      expect(plan, text).toContainEqual('MULTI-INDEX OR');
      expect(plan, text).toContainEqual(
        expect.stringMatching(/^SEARCH p USING INDEX \w+ \(identity_number>\? AND identity_number<\?\)/),
      );
      expect(plan, text).toContainEqual(
        expect.stringMatching(/^SEARCH p USING INDEX patients_phone_digits \(phone_digits>\? AND phone_digits<\?\)/),
      );
      expect(fullScans(plan, searchAliases), text).toEqual([]);
    }
  });

  it('finds a birth date written dd.mm.yyyy or ddmmyyyy through the birth date index', async () => {
    for (const text of ['03.05.1962', '3.5.1962', '03051962']) {
      const plan = await search(text);
      expect(plan, text).toContainEqual(
        expect.stringMatching(/^SEARCH p USING INDEX patients_birth_date \(birth_date=\?\)/),
      );
      expect(fullScans(plan, searchAliases), text).toEqual([]);
    }
  });

  it('looks up the current list membership of a patient by its index', async () => {
    const plan = await planOf((db) => currentMembership(db, patientId, TODAY));
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH list_memberships USING INDEX list_memberships_patient \(patient_id=\?/),
    );
    expect(fullScans(plan)).toEqual([]);
  });

  it('counts each doctor’s list and venteliste through the doctor indexes', async () => {
    const plan = await planOf((db) => listFigures(db, TODAY));
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH m USING (COVERING )?INDEX list_memberships_doctor/));
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH w USING (COVERING )?INDEX waiting_list_doctor/));
    expect(fullScans(plan, { m: 'list_memberships', w: 'waiting_list_entries' })).toEqual([]);
  });

  it('reads a user’s recent patients from the audit log newest first, without sorting', async () => {
    const plan = await planOf((db) => recentlyOpenedPatientIds(db, doctorId, 10));
    expect(plan).toEqual([
      expect.stringMatching(
        /^SEARCH audit_events USING INDEX audit_events_actor_action_at \(actor_id=\? AND action=\?\)/,
      ),
    ]);
    expect(await recentlyOpenedPatientIds(conn.db, doctorId, 10)).toEqual([patientId]);
  });

  it('fetches the recent patients by primary key', async () => {
    const plan = await planOf((db) => findPatientsByIds(db, [patientId]));
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH patients USING INDEX \w+ \(id=\?\)/));
    expect(fullScans(plan)).toEqual([]);
  });
});
