/**
 * Inserts generated patients in chunks, one transaction per chunk: the write lock is held for a few milliseconds at
 * a time and the WAL stays small even for 100 000 patients. With each chunk go its patients' list memberships,
 * guardian relations and CAVE entries. One audit row covers the whole seeding (not one per patient), written in
 * the last chunk's transaction so it exists exactly when every patient does.
 * seed-demo and the seed.patients benchmark both run this.
 */
import type { Insertable, Kysely } from 'kysely';
import {
  insertCaveVersions,
  insertMemberships,
  insertRelations,
} from '../../../db/repositories/bulk-insert.repository';
import { insertPatients } from '../../../db/repositories/patients.repository';
import type {
  CaveVersionTable,
  Database,
  ListMembershipTable,
  NewPatientRow,
  PatientRelationTable,
} from '../../../db/schema';
import { recordAudit } from '../audit/audit.service';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { createDemoCaveGenerator } from './demo-cave';
import { createDemoListAssigner, type DemoDoctor } from './demo-lists';
import { createDemoPatientGenerator, DEMO_GENERATOR_VERSION, toPatientRow, type DemoPatient } from './demo-patients';

export const DEFAULT_PATIENT_CHUNK = 5000;

/**
 * A guardian is always among the last few adults generated (demo-households.ts remembers 64), so the ids of the
 * last this-many patients are enough to find one; a bounded window keeps a million-patient seed's memory flat.
 */
const GUARDIAN_ID_WINDOW = 65_536;

export interface SeedPatientsOptions {
  count: number;
  seed: string | number;
  /** The clinic's doctors with their listetak; without any, no one is put on a list and no CAVE is written. */
  doctors?: readonly DemoDoctor[];
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedPatientsOutcome {
  inserted: number;
  /** Current list members per doctor, in the order the doctors were given. */
  listLengths: number[];
  guardianRelations: number;
  caveEntries: number;
  /** Wall time of each chunk's transaction (generation excluded), for the benchmark. */
  chunkMs: number[];
}

interface Chunk {
  patients: NewPatientRow[];
  memberships: Insertable<ListMembershipTable>[];
  relations: Insertable<PatientRelationTable>[];
  cave: Insertable<CaveVersionTable>[];
}

export async function seedDemoPatients(
  db: Kysely<Database>,
  ctx: ServiceContext,
  options: SeedPatientsOptions,
): Promise<SeedPatientsOutcome> {
  const chunkSize = options.chunkSize ?? DEFAULT_PATIENT_CHUNK;
  const doctors = options.doctors ?? [];
  const generator = createDemoPatientGenerator(options.seed);
  const lists = createDemoListAssigner(options.seed, doctors, options.count);
  const caveGenerator = createDemoCaveGenerator(options.seed);
  const recentIds: string[] = [];
  const outcome: SeedPatientsOutcome = {
    inserted: 0,
    listLengths: doctors.map(() => 0),
    guardianRelations: 0,
    caveEntries: 0,
    chunkMs: [],
  };
  const at = ctx.now.toISOString();
  const doctorId = (i: number): string => {
    const doctor = doctors[i];
    if (!doctor) throw new Error(`no demo doctor ${i}`);
    return doctor.id;
  };

  const addPatient = (chunk: Chunk, patient: DemoPatient): void => {
    const row = toPatientRow(patient, at);
    recentIds[patient.index % GUARDIAN_ID_WINDOW] = row.id;
    chunk.patients.push(row);
    const plan = lists.assign(patient);
    let fastlege: string | undefined;
    if (plan) {
      fastlege = doctorId(plan.doctor);
      const membership = { patient_id: row.id, source: 'import', created_at: at };
      if (plan.earlier) {
        chunk.memberships.push({
          ...membership,
          id: newId(),
          doctor_id: doctorId(plan.earlier.doctor),
          from_date: plan.earlier.fromDate,
          to_date: plan.fromDate,
        });
      }
      // 'import': a clinic's lists arrive from the national register's list file, and so do the demo's.
      chunk.memberships.push({ ...membership, id: newId(), doctor_id: fastlege, from_date: plan.fromDate });
      outcome.listLengths[plan.doctor] = (outcome.listLengths[plan.doctor] ?? 0) + 1;
    }
    const guardian = patient.guardian;
    const guardianId =
      guardian && guardian.index > patient.index - GUARDIAN_ID_WINDOW
        ? recentIds[guardian.index % GUARDIAN_ID_WINDOW]
        : undefined;
    if (guardian && guardianId) {
      chunk.relations.push({
        id: newId(),
        patient_id: row.id,
        kind: 'guardian',
        related_patient_id: guardianId,
        name: null,
        relation: guardian.relation,
        phone: null,
        created_at: at,
        ended_at: null,
      });
    }
    const recordedBy = fastlege ?? doctors[0]?.id;
    const entry = recordedBy ? caveGenerator.entryFor(patient) : null;
    if (entry && recordedBy) {
      chunk.cave.push({
        id: newId(),
        entry_id: newId(),
        version: 1,
        patient_id: row.id,
        allergen_code: entry.allergenAtc,
        allergen_code_system: entry.allergenAtc ? 'ATC' : null,
        allergen_text: entry.allergenText,
        reaction: entry.reaction,
        severity: entry.severity,
        certainty: entry.certainty,
        source: entry.source,
        noted_on: entry.notedOn,
        status: 'aktiv',
        change_reason: null,
        recorded_at: at,
        recorded_by: recordedBy,
      });
    }
  };

  let done = 0;
  do {
    const size = Math.min(chunkSize, options.count - done);
    const chunk: Chunk = { patients: [], memberships: [], relations: [], cave: [] };
    for (let i = 0; i < size; i++) addPatient(chunk, generator.next());
    const last = done + size >= options.count;
    outcome.guardianRelations += chunk.relations.length;
    outcome.caveEntries += chunk.cave.length;
    const started = performance.now();
    await db.transaction().execute(async (trx) => {
      await insertPatients(trx, chunk.patients);
      await insertMemberships(trx, chunk.memberships);
      await insertRelations(trx, chunk.relations);
      await insertCaveVersions(trx, chunk.cave);
      if (last) {
        await recordAudit(trx, ctx, {
          action: 'demo.seed_patients',
          entityType: 'patient',
          detail: {
            count: options.count,
            seed: String(options.seed),
            generatorVersion: DEMO_GENERATOR_VERSION,
            listMembers: outcome.listLengths,
            guardianRelations: outcome.guardianRelations,
            caveEntries: outcome.caveEntries,
          },
        });
      }
    });
    outcome.chunkMs.push(performance.now() - started);
    done += size;
    options.onProgress?.(done, options.count);
  } while (done < options.count);
  outcome.inserted = done;
  return outcome;
}
