/** Patient requests (Helsenorge-like and SMS): intake once per external id, list, match, answer; never deleted. */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import type {
  PatientRequestEventRow,
  PatientRequestRow,
  PatientRequestTable,
  RequestKind,
  RequestStatus,
  SmsMatchStatus,
} from '../schema-requests';

type Db = Kysely<Database> | Transaction<Database>;

/** Keeps a request once per external id; false when it was already there (a resent message). */
export async function insertRequest(db: Db, row: Insertable<PatientRequestTable>): Promise<boolean> {
  const result = await db
    .insertInto('patient_requests')
    .values(row)
    .onConflict((oc) => oc.column('external_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findRequest(db: Db, id: string): Promise<PatientRequestRow | undefined> {
  return db.selectFrom('patient_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRequestByExternalId(db: Db, externalId: string): Promise<PatientRequestRow | undefined> {
  return db.selectFrom('patient_requests').selectAll().where('external_id', '=', externalId).executeTakeFirst();
}

export interface RequestListFilter {
  status?: RequestStatus | undefined;
  kind?: RequestKind | undefined;
  doctorId?: string | undefined;
  limit: number;
}

export interface RequestListRow extends PatientRequestRow {
  given_name: string | null;
  middle_name: string | null;
  family_name: string | null;
  birth_date: string | null;
  identity_number: string | null;
}

function withPatient(db: Db) {
  return db
    .selectFrom('patient_requests as r')
    .leftJoin('patients as p', 'p.id', 'r.patient_id')
    .selectAll('r')
    .select(['p.given_name', 'p.middle_name', 'p.family_name', 'p.birth_date', 'p.identity_number']);
}

export async function findRequestWithPatient(db: Db, id: string): Promise<RequestListRow | undefined> {
  return withPatient(db).where('r.id', '=', id).executeTakeFirst();
}

/** Open ones oldest first (first come, first answered); closed ones newest first. */
export async function listRequests(db: Db, filter: RequestListFilter): Promise<RequestListRow[]> {
  let query = withPatient(db);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.kind) query = query.where('r.kind', '=', filter.kind);
  if (filter.doctorId) query = query.where('r.doctor_id', '=', filter.doctorId);
  return query
    .orderBy('r.status', 'desc')
    .orderBy('r.received_at', filter.status === 'closed' ? 'desc' : 'asc')
    .limit(filter.limit)
    .execute();
}

export async function insertRequestEvent(db: Db, row: PatientRequestEventRow): Promise<void> {
  await db.insertInto('patient_request_events').values(row).execute();
}

export async function requestEvents(db: Db, requestId: string): Promise<PatientRequestEventRow[]> {
  return db
    .selectFrom('patient_request_events')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Answers and closes an open request; false when it was closed already (two windows answering at once). */
export async function closeRequest(
  db: Db,
  id: string,
  answer: { text: string; at: string; by: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('patient_requests')
    .set({ status: 'closed', answer_text: answer.text, answered_at: answer.at, answered_by: answer.by })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function setRequestPatient(
  db: Db,
  id: string,
  match: { patientId: string; smsStatus: SmsMatchStatus | null },
): Promise<void> {
  await db
    .updateTable('patient_requests')
    .set({ patient_id: match.patientId, sms_status: match.smsStatus })
    .where('id', '=', id)
    .execute();
}

export interface BornOnRow {
  id: string;
  given_name: string;
  middle_name: string | null;
  family_name: string;
}

/** The patients an SMS with this birth date may be from: current records (not merged away), any status but dead. */
export async function patientsBornOn(db: Db, birthDate: string): Promise<BornOnRow[]> {
  return db
    .selectFrom('patients')
    .select(['id', 'given_name', 'middle_name', 'family_name'])
    .where('birth_date', '=', birthDate)
    .where('merged_into_id', 'is', null)
    .where('status', '!=', 'dod')
    .orderBy('family_name')
    .orderBy('given_name')
    .limit(50)
    .execute();
}

export async function patientNamesOf(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { name: string; birthDate: string; identityNumber: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('patients')
    .select(['id', 'given_name', 'middle_name', 'family_name', 'birth_date', 'identity_number'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        name: [r.given_name, r.middle_name, r.family_name].filter(Boolean).join(' '),
        birthDate: r.birth_date,
        identityNumber: r.identity_number,
      },
    ]),
  );
}

/** A few current patients with a given name, for the demo's requests (first by name, so a seed is repeatable). */
export async function somePatients(db: Db, limit: number): Promise<(BornOnRow & { birth_date: string })[]> {
  return db
    .selectFrom('patients')
    .select(['id', 'given_name', 'middle_name', 'family_name', 'birth_date'])
    .where('merged_into_id', 'is', null)
    .where('status', '=', 'aktiv')
    .orderBy('family_name')
    .orderBy('given_name')
    .orderBy('id')
    .limit(limit)
    .execute();
}
