import type { Kysely, Transaction } from 'kysely';
import type { Database, PatientRelationRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Relations the patient has (next of kin, guardians), still in force. */
export async function activeRelationsOf(db: Db, patientId: string): Promise<PatientRelationRow[]> {
  return db
    .selectFrom('patient_relations')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('ended_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

/** Relations in force where this patient is the other party (e.g. the children this patient is guardian of). */
export async function activeRelationsPointingTo(db: Db, patientId: string): Promise<PatientRelationRow[]> {
  return db
    .selectFrom('patient_relations')
    .selectAll()
    .where('related_patient_id', '=', patientId)
    .where('ended_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export async function findRelation(db: Db, id: string): Promise<PatientRelationRow | undefined> {
  return db.selectFrom('patient_relations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRelation(db: Db, row: PatientRelationRow): Promise<void> {
  await db.insertInto('patient_relations').values(row).execute();
}

export async function endRelation(db: Db, id: string, endedAt: string): Promise<void> {
  await db.updateTable('patient_relations').set({ ended_at: endedAt }).where('id', '=', id).execute();
}

/** Moves every relation of one patient record to another (merge of an H-nummer record into the real one). */
export async function reassignRelations(db: Db, fromId: string, toId: string): Promise<void> {
  await db.updateTable('patient_relations').set({ patient_id: toId }).where('patient_id', '=', fromId).execute();
  await db
    .updateTable('patient_relations')
    .set({ related_patient_id: toId })
    .where('related_patient_id', '=', fromId)
    .execute();
}
