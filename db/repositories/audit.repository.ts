import type { Kysely, Transaction } from 'kysely';
import type { AuditEventRow, Database, NewAuditEventRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertAuditEvent(db: Db, row: NewAuditEventRow): Promise<void> {
  await db.insertInto('audit_events').values(row).execute();
}

export async function recentAuditEvents(db: Db, limit: number): Promise<AuditEventRow[]> {
  return db.selectFrom('audit_events').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** The patient's access log (innsynslogg) is this query. */
export async function auditEventsForPatient(db: Db, patientId: string): Promise<AuditEventRow[]> {
  return db.selectFrom('audit_events').selectAll().where('patient_id', '=', patientId).orderBy('at').execute();
}

/** The patients this user opened most recently, newest first, each once. */
export async function recentlyOpenedPatientIds(db: Db, userId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select('patient_id')
    .where('actor_id', '=', userId)
    .where('action', '=', 'patient.open')
    .where('patient_id', 'is not', null)
    .orderBy('at', 'desc')
    .limit(limit * 10)
    .execute();
  const seen: string[] = [];
  for (const { patient_id } of rows) {
    if (patient_id && !seen.includes(patient_id)) seen.push(patient_id);
    if (seen.length === limit) break;
  }
  return seen;
}

/** When this actor last recorded this action on this entity (to coalesce autosave audit rows). */
export async function lastAuditAt(
  db: Db,
  q: { actorId: string; action: string; entityType: string; entityId: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('audit_events')
    .select('at')
    .where('entity_type', '=', q.entityType)
    .where('entity_id', '=', q.entityId)
    .where('action', '=', q.action)
    .where('actor_id', '=', q.actorId)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at;
}
