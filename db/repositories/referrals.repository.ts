/** Referrals and the messages sent for them. A sent message is written once; only the AppRec is added to it. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import type { ReferralMessageRow, ReferralRow, ReferralStatus } from '../schema-referrals';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertReferral(db: Db, row: ReferralRow): Promise<void> {
  await db.insertInto('referrals').values(row).execute();
}

export async function findReferral(db: Db, id: string): Promise<ReferralRow | undefined> {
  return db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Compare-and-set: changes the referral only if it is still as `seen` (status and updated_at) when the caller read
 * it, so two PCs sending, changing or cancelling the same referral at once cannot both succeed (PostgreSQL runs them
 * side by side; SQLite happens to serialise them). False when someone else got there first.
 */
export async function updateReferral(
  db: Db,
  seen: Pick<ReferralRow, 'id' | 'status' | 'updated_at'>,
  patch: Partial<
    Pick<
      ReferralRow,
      'status' | 'recipient_her_id' | 'content_json' | 'updated_at' | 'sent_at' | 'cancelled_at' | 'cancel_reason'
    >
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('referrals')
    .set(patch)
    .where('id', '=', seen.id)
    .where('status', '=', seen.status)
    .where('updated_at', '=', seen.updated_at)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export interface ReferralListRow extends ReferralRow {
  given_name: string;
  middle_name: string | null;
  family_name: string;
  identity_number: string;
  author_name: string;
}

/** The clinic's referrals (or one patient's), newest first, with patient and author names. */
export async function listReferrals(
  db: Db,
  f: {
    id?: string;
    statuses?: readonly ReferralStatus[];
    patientId?: string | undefined;
    authorId?: string | undefined;
  },
): Promise<ReferralListRow[]> {
  let q = db
    .selectFrom('referrals as r')
    .innerJoin('patients as p', 'p.id', 'r.patient_id')
    .innerJoin('users as u', 'u.id', 'r.author_id')
    .selectAll('r')
    .select(['p.given_name', 'p.middle_name', 'p.family_name', 'p.identity_number', 'u.display_name as author_name']);
  if (f.id) q = q.where('r.id', '=', f.id);
  if (f.statuses) q = q.where('r.status', 'in', f.statuses);
  if (f.patientId) q = q.where('r.patient_id', '=', f.patientId);
  if (f.authorId) q = q.where('r.author_id', '=', f.authorId);
  return q.orderBy('r.updated_at', 'desc').orderBy('r.id', 'desc').limit(2000).execute();
}

export async function draftsOfPatient(db: Db, patientId: string, authorId: string): Promise<ReferralRow[]> {
  return db
    .selectFrom('referrals')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('author_id', '=', authorId)
    .where('status', '=', 'utkast')
    .orderBy('updated_at', 'desc')
    .execute();
}

export async function insertReferralMessage(db: Db, row: ReferralMessageRow): Promise<void> {
  await db.insertInto('referral_messages').values(row).execute();
}

/** The messages of these referrals, oldest first. */
export async function messagesOfReferrals(db: Db, referralIds: readonly string[]): Promise<ReferralMessageRow[]> {
  if (referralIds.length === 0) return [];
  const rows: ReferralMessageRow[] = [];
  // Chunked: SQLite allows a limited number of bound values per statement.
  for (let i = 0; i < referralIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('referral_messages')
        .selectAll()
        .where('referral_id', 'in', referralIds.slice(i, i + 500))
        .orderBy('created_at')
        .orderBy('id')
        .execute()),
    );
  }
  return rows;
}

export async function findReferralMessageByMsgId(db: Db, msgId: string): Promise<ReferralMessageRow | undefined> {
  return db.selectFrom('referral_messages').selectAll().where('msg_id', '=', msgId).executeTakeFirst();
}

/** The receiver's AppRec on one message; a second answer for the same message changes nothing. */
export async function recordReferralAppRec(
  db: Db,
  msgId: string,
  a: { status: 'ok' | 'avvist'; at: string; rejectionReason: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('referral_messages')
    .set({ apprec_status: a.status, apprec_at: a.at, rejection_reason: a.rejectionReason })
    .where('msg_id', '=', msgId)
    .where('apprec_status', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
