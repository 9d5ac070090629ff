/** Fastlegeliste: listetak per doctor, membership history (from/to dates), venteliste. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, ListMembershipRow, WaitingListEntryRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function setListCeiling(db: Db, doctorId: string, ceiling: number, now: string): Promise<void> {
  await db
    .insertInto('gp_lists')
    .values({ doctor_id: doctorId, list_ceiling: ceiling, updated_at: now })
    .onConflict((oc) => oc.column('doctor_id').doUpdateSet({ list_ceiling: ceiling, updated_at: now }))
    .execute();
}

export interface ListFigures {
  doctorId: string;
  doctorName: string;
  hprNumber: string | null;
  listCeiling: number | null;
  listLength: number;
  waiting: number;
}

/** One row per doctor (role lege), with listetak, current listelengde on `today`, and venteliste size. */
export async function listFigures(db: Db, today: string): Promise<ListFigures[]> {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('gp_lists as g', 'g.doctor_id', 'u.id')
    .where('u.role', '=', 'lege')
    .select((eb) => [
      'u.id as doctorId',
      'u.display_name as doctorName',
      'u.hpr_number as hprNumber',
      'g.list_ceiling as listCeiling',
      eb
        .selectFrom('list_memberships as m')
        .whereRef('m.doctor_id', '=', 'u.id')
        .where('m.from_date', '<=', today)
        .where((w) => w.or([w('m.to_date', 'is', null), w('m.to_date', '>', today)]))
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('listLength'),
      eb
        .selectFrom('waiting_list_entries as w')
        .whereRef('w.doctor_id', '=', 'u.id')
        .where('w.status', '=', 'venter')
        .select((s) => s.fn.countAll<number>().as('n'))
        .as('waiting'),
    ])
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    doctorId: r.doctorId,
    doctorName: r.doctorName,
    hprNumber: r.hprNumber,
    listCeiling: r.listCeiling ?? null,
    listLength: Number(r.listLength ?? 0),
    waiting: Number(r.waiting ?? 0),
  }));
}

/** The membership in force on `today` (a to_date is the first day no longer on the list). */
export async function currentMembership(
  db: Db,
  patientId: string,
  today: string,
): Promise<ListMembershipRow | undefined> {
  return db
    .selectFrom('list_memberships')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('from_date', '<=', today)
    .where((w) => w.or([w('to_date', 'is', null), w('to_date', '>', today)]))
    .orderBy('from_date', 'desc')
    .executeTakeFirst();
}

/** Memberships not yet ended (open-ended), including ones that start in the future. */
export async function openMemberships(db: Db, patientId: string): Promise<ListMembershipRow[]> {
  return db
    .selectFrom('list_memberships')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('to_date', 'is', null)
    .execute();
}

export async function membershipHistory(db: Db, patientId: string): Promise<ListMembershipRow[]> {
  return (
    db
      .selectFrom('list_memberships')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('from_date')
      // Same start date: the ended membership first, the one in force last.
      .orderBy(sql`to_date IS NULL`)
      .orderBy('to_date')
      .execute()
  );
}

export async function insertMembership(db: Db, row: ListMembershipRow): Promise<void> {
  await db.insertInto('list_memberships').values(row).execute();
}

export async function endMembership(db: Db, id: string, toDate: string): Promise<void> {
  await db.updateTable('list_memberships').set({ to_date: toDate }).where('id', '=', id).execute();
}

export interface ListChangeRow {
  patientId: string;
  doctorId: string;
  fromDate: string;
  toDate: string | null;
}

/** Memberships that began or ended on or after `since` (for the "endringer siden" view). */
export async function listChangesSince(db: Db, since: string, doctorId?: string): Promise<ListChangeRow[]> {
  let query = db
    .selectFrom('list_memberships')
    .select(['patient_id as patientId', 'doctor_id as doctorId', 'from_date as fromDate', 'to_date as toDate'])
    .where((w) => w.or([w('from_date', '>=', since), w('to_date', '>=', since)]));
  if (doctorId) query = query.where('doctor_id', '=', doctorId);
  return query.orderBy('from_date').execute();
}

export async function waitingList(db: Db, doctorId: string): Promise<WaitingListEntryRow[]> {
  return db
    .selectFrom('waiting_list_entries')
    .selectAll()
    .where('doctor_id', '=', doctorId)
    .where('status', '=', 'venter')
    .orderBy('requested_on')
    .orderBy('created_at')
    .execute();
}

export async function insertWaitingEntry(db: Db, row: WaitingListEntryRow): Promise<void> {
  await db.insertInto('waiting_list_entries').values(row).execute();
}

export async function closeWaitingEntry(db: Db, id: string, status: string, closedOn: string): Promise<void> {
  await db.updateTable('waiting_list_entries').set({ status, closed_on: closedOn }).where('id', '=', id).execute();
}

export async function reassignListRows(db: Db, fromId: string, toId: string): Promise<void> {
  await db.updateTable('list_memberships').set({ patient_id: toId }).where('patient_id', '=', fromId).execute();
  await db.updateTable('waiting_list_entries').set({ patient_id: toId }).where('patient_id', '=', fromId).execute();
}

export async function doctorNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('users').select(['id', 'display_name']).where('role', '=', 'lege').execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export async function findWaitingEntry(db: Db, id: string): Promise<WaitingListEntryRow | undefined> {
  return db.selectFrom('waiting_list_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The fastlege in force on `today` for each of these patients (absent: on no list). */
export async function currentDoctorsOf(
  db: Db,
  patientIds: readonly string[],
  today: string,
): Promise<Map<string, string>> {
  if (patientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('list_memberships')
    .select(['patient_id', 'doctor_id'])
    .where('patient_id', 'in', patientIds)
    .where('from_date', '<=', today)
    .where((w) => w.or([w('to_date', 'is', null), w('to_date', '>', today)]))
    .execute();
  return new Map(rows.map((r) => [r.patient_id, r.doctor_id]));
}
