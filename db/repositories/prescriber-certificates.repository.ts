/** Prescribers' TEST certificates (see migration 0008: a real deployment signs on a smart card or HSM). */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import type { PrescriberCertificateRow } from '../schema-prescriptions';

type Db = Kysely<Database> | Transaction<Database>;

export async function findPrescriberCertificate(db: Db, userId: string): Promise<PrescriberCertificateRow | undefined> {
  return db.selectFrom('prescriber_certificates').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Keeps the first certificate written for a user; a second writer (a lazy creation racing) changes nothing. */
export async function insertPrescriberCertificate(db: Db, row: PrescriberCertificateRow): Promise<void> {
  await db
    .insertInto('prescriber_certificates')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
}
