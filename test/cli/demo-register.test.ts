import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DatabaseConnection } from '../../db/connection';
import { databaseFile } from '../../db/paths';
import type { CaveVersionRow, ListMembershipRow, PatientRelationRow, PatientRow } from '../../db/schema';
import { createPatientsService } from '../../electron/services/patients/patients.service';
import { lookupPostnummer } from '../../shared/reference/postnummer';
import { ageOn } from '../../shared/rules/dates';
import { cli } from './cli-harness';

const PATIENTS = 400;
const REFERENCE_DAY = '2025-07-01';

/** One seeded demo clinic, read by every test below: seeding hashes four passwords, which is the slow part. */
describe('seed-demo fills the patient register as a clinic has it', () => {
  let dir: string;
  let conn: DatabaseConnection;
  let patients: Map<string, PatientRow>;
  let doctors: Map<string, { username: string; ceiling: number }>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-cli-'));
    const run = await cli('seed-demo', '--data-dir', dir, '--patients', String(PATIENTS), '--json');
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({
      lists: [
        { username: 'lege1', listCeiling: 1200 },
        { username: 'lege2', listCeiling: 1000 },
      ],
    });
    conn = openDatabase(databaseFile(dir), { mustExist: true });
    const rows = conn.sqlite.prepare('SELECT * FROM patients').all() as PatientRow[];
    patients = new Map(rows.map((p) => [p.id, p]));
    const lists = conn.sqlite
      .prepare('SELECT u.id, u.username, g.list_ceiling AS ceiling FROM users u JOIN gp_lists g ON g.doctor_id = u.id')
      .all() as { id: string; username: string; ceiling: number }[];
    doctors = new Map(lists.map((d) => [d.id, d]));
  });
  afterAll(async () => {
    await conn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const all = <T>(query: string) => conn.sqlite.prepare(query).all() as T[];
  const patient = (id: string | null): PatientRow => {
    const p = patients.get(id ?? '');
    if (!p) throw new Error(`no patient ${String(id)}`);
    return p;
  };

  it('gives every patient the kommune of the postnummer, and most a mobile that phone search finds', async () => {
    for (const p of patients.values()) {
      expect(p.kommune_number).toBe(lookupPostnummer(p.postal_code ?? '')?.kommunenummer);
      if (p.mobile_phone === null) expect(p.phone_digits).toBeNull();
      else {
        expect(p.mobile_phone).toMatch(/^[49]\d{7}$/);
        expect(p.phone_digits).toBe(p.mobile_phone);
      }
      expect(p.sms_consent).toBe(0);
    }
    const withMobile = [...patients.values()].filter((p) => p.mobile_phone !== null);
    expect(withMobile.length / PATIENTS).toBeGreaterThan(0.7);
    expect(withMobile.every((p) => ageOn(p.birth_date, REFERENCE_DAY) >= 11)).toBe(true);

    const someone = withMobile[0] as PatientRow;
    const lege = all<{ id: string }>("SELECT id FROM users WHERE username = 'lege1'")[0];
    const ctx = {
      user: { id: lege?.id ?? null, name: 'lege1' },
      role: 'lege' as const,
      workstation: 't',
      now: new Date(),
    };
    const hits = await createPatientsService(conn.db).search(ctx, { query: someone.mobile_phone ?? '' });
    expect(hits.map((h) => h.id)).toContain(someone.id);
  });

  it('puts most patients on the doctors’ lists within their listetak, from a date in the past', () => {
    const memberships = all<ListMembershipRow>('SELECT * FROM list_memberships');
    const open = memberships.filter((m) => m.to_date === null);
    expect(new Set(open.map((m) => m.patient_id)).size).toBe(open.length);
    expect(open.length / PATIENTS).toBeGreaterThan(0.8);
    for (const [id, doctor] of doctors) {
      const length = open.filter((m) => m.doctor_id === id).length;
      expect(length, doctor.username).toBeGreaterThan(0);
      expect(length, doctor.username).toBeLessThanOrEqual(doctor.ceiling);
    }
    for (const m of memberships) {
      expect(doctors.has(m.doctor_id)).toBe(true);
      expect(m.from_date >= '2001-06-01' && m.from_date < REFERENCE_DAY).toBe(true);
      expect(m.from_date >= patient(m.patient_id).birth_date).toBe(true);
      if (m.to_date !== null) {
        expect(m.to_date > m.from_date).toBe(true);
        // An ended membership is followed by the one in force, from the day it ended.
        expect(open.find((o) => o.patient_id === m.patient_id)?.from_date).toBe(m.to_date);
      }
    }
  });

  it('links children to a parent of the same household as guardian, and on the parent’s list', () => {
    const relations = all<PatientRelationRow>('SELECT * FROM patient_relations');
    expect(relations.length).toBeGreaterThan(5);
    const fastlege = new Map(
      all<ListMembershipRow>('SELECT * FROM list_memberships WHERE to_date IS NULL').map((m) => [
        m.patient_id,
        m.doctor_id,
      ]),
    );
    for (const r of relations) {
      expect(r).toMatchObject({ kind: 'guardian', ended_at: null, relation: expect.stringMatching(/^(mor|far)$/) });
      const child = patient(r.patient_id);
      const parent = patient(r.related_patient_id);
      expect(ageOn(child.birth_date, REFERENCE_DAY)).toBeLessThan(16);
      const gap = Number(child.birth_date.slice(0, 4)) - Number(parent.birth_date.slice(0, 4));
      expect(gap).toBeGreaterThanOrEqual(20);
      expect(gap).toBeLessThanOrEqual(45);
      expect(parent.sex).toBe(r.relation === 'mor' ? 'female' : 'male');
      expect([child.family_name, child.address_line, child.postal_code]).toEqual([
        parent.family_name,
        parent.address_line,
        parent.postal_code,
      ]);
      const parentsDoctor = fastlege.get(parent.id);
      if (parentsDoctor) expect(fastlege.get(child.id)).toBe(parentsDoctor);
    }
  });

  it('records a few CAVE entries by a doctor, after the patient was born', () => {
    const cave = all<CaveVersionRow>('SELECT * FROM cave_versions');
    expect(cave.length).toBeGreaterThan(0);
    expect(cave.length / PATIENTS).toBeLessThan(0.1);
    for (const c of cave) {
      expect(doctors.has(c.recorded_by)).toBe(true);
      expect(c).toMatchObject({ version: 1, status: 'aktiv' });
      expect(c.allergen_code_system).toBe(c.allergen_code ? 'ATC' : null);
      expect(c.noted_on >= patient(c.patient_id).birth_date).toBe(true);
    }
  });

  it('passes the integrity check', async () => {
    expect((await cli('integrity-check', '--data-dir', dir)).code).toBe(0);
  });
});
