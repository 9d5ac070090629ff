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
