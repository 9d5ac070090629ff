/** Prescriptions, their overrides and RF's referansenumre. Content is written once; only state columns change. */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';
import type {
  PrescriptionOverrideRow,
  PrescriptionRow,
  PrescriptionStatus,
  PrescriptionTable,
} from '../schema-prescriptions';

type Db = Kysely<Database> | Transaction<Database>;

/** The states in which a prescription is still the patient's current medicine (until it expires). */
export const CURRENT_STATUSES: readonly PrescriptionStatus[] = ['klar', 'sendt', 'registrert', 'utlevert'];

export async function insertPrescription(db: Db, row: Insertable<PrescriptionTable>): Promise<void> {
  await db.insertInto('prescriptions').values(row).execute();
}

export async function findPrescription(db: Db, id: string): Promise<PrescriptionRow | undefined> {
  return db.selectFrom('prescriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPrescriptionByReseptId(db: Db, reseptId: string): Promise<PrescriptionRow | undefined> {
  return db.selectFrom('prescriptions').selectAll().where('resept_id', '=', reseptId).executeTakeFirst();
}

export async function prescriptionsOfPatient(db: Db, patientId: string): Promise<PrescriptionRow[]> {
  return db
    .selectFrom('prescriptions')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Current medicines: not revoked or asked to be, not rejected, not expired on `today`. */
export async function currentPrescriptionsOfPatient(
  db: Db,
  patientId: string,
  today: string,
): Promise<PrescriptionRow[]> {
  return db
    .selectFrom('prescriptions')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('status', 'in', CURRENT_STATUSES)
    .where('revoke_requested_at', 'is', null)
    .where('expires_on', '>=', today)
    .orderBy('created_at')
    .execute();
}

export async function setPrescriptionStatus(
  db: Db,
  id: string,
  s: { status: PrescriptionStatus; at: string; rejectionReason?: string | null },
): Promise<void> {
  await db
    .updateTable('prescriptions')
    .set({
      status: s.status,
      status_at: s.at,
      ...(s.rejectionReason !== undefined ? { rejection_reason: s.rejectionReason } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function markSigned(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('prescriptions').set({ signed_at: at }).where('id', '=', id).execute();
}

export async function markRevokeRequested(db: Db, id: string, at: string, reason: string): Promise<void> {
  await db
    .updateTable('prescriptions')
    .set({ revoke_requested_at: at, revoke_reason: reason })
    .where('id', '=', id)
    .execute();
}

export async function markRevoked(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('prescriptions')
    .set({ status: 'tilbakekalt', status_at: at, revoked_at: at })
    .where('id', '=', id)
    .execute();
}

export async function markDispensed(db: Db, id: string, at: string, dispensedOn: string): Promise<void> {
  await db
    .updateTable('prescriptions')
    .set({ status: 'utlevert', status_at: at, last_dispensed_at: dispensedOn })
    .where('id', '=', id)
    .execute();
}

export async function insertOverrides(db: Db, rows: readonly PrescriptionOverrideRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('prescription_overrides')
      .values([...rows])
      .execute();
}

export async function overridesOf(db: Db, prescriptionIds: readonly string[]): Promise<PrescriptionOverrideRow[]> {
  if (prescriptionIds.length === 0) return [];
  return db
    .selectFrom('prescription_overrides')
    .selectAll()
    .where('prescription_id', 'in', prescriptionIds)
    .orderBy('overridden_at')
    .execute();
}

/** The oldest free referansenummer, or undefined when the pool is empty. */
export async function nextFreeReferenceNumber(db: Db): Promise<string | undefined> {
  const free = await db
    .selectFrom('reference_number_pool')
    .select('number')
    .where('used_by', 'is', null)
    .orderBy('received_at')
    .orderBy('number')
    .limit(1)
    .executeTakeFirst();
  return free?.number;
}

/** Marks a number used by a prescription (stored first: the pool row points at it). */
export async function markReferenceNumberUsed(db: Db, num: string, prescriptionId: string, at: string): Promise<void> {
  const result = await db
    .updateTable('reference_number_pool')
    .set({ used_by: prescriptionId, used_at: at })
    .where('number', '=', num)
    .where('used_by', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new Error(`Referansenummer ${num} is already used`);
}

export async function freeReferenceNumbers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('reference_number_pool')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('used_by', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds numbers from an M4.2; a number already held is kept as it is (an M4.2 may arrive twice). */
export async function addReferenceNumbers(
  db: Db,
  numbers: readonly string[],
  at: string,
  sourceMsgId: string | null,
): Promise<void> {
  if (numbers.length === 0) return;
  await db
    .insertInto('reference_number_pool')
    .values(
      numbers.map((number) => ({ number, received_at: at, source_msg_id: sourceMsgId, used_by: null, used_at: null })),
    )
    .onConflict((oc) => oc.column('number').doNothing())
    .execute();
}

/** Whether an M4.1 is waiting for delivery or for its answer, so we do not ask RF twice. */
export async function hasOpenReferenceNumberRequest(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('outbox_messages')
    .select('id')
    .where('kind', '=', 'ERM41')
    .where('status', 'in', ['pending', 'sent'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The patient's diagnosis codes from signed notes since `since` and every lasting one, newest first, so a
 * refusjonskode can be pre-filled from what the journal already says.
 */
export async function diagnosisCodesOfPatient(
  db: Db,
  patientId: string,
  since: string,
): Promise<{ code_system: string; code: string }[]> {
  return db
    .selectFrom('journal_notes as n')
    .innerJoin('note_diagnoses as d', 'd.version_id', 'n.current_version_id')
    .select(['d.code_system', 'd.code'])
    .where('n.patient_id', '=', patientId)
    .where('n.status', 'in', ['signert', 'rettet'])
    .where((w) => w.or([w('d.is_lasting', '=', 1), w('n.occurred_at', '>=', since)]))
    .orderBy('n.occurred_at', 'desc')
    .orderBy('d.position')
    .execute();
}

/** The outbox state of each prescription's M1, by ReseptId (= the M1's MsgId). */
export async function outboxStatusOf(db: Db, msgIds: readonly string[]): Promise<Map<string, string>> {
  if (msgIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('outbox_messages')
    .select(['msg_id', 'status'])
    .where('msg_id', 'in', msgIds)
    .execute();
  return new Map(rows.map((r) => [r.msg_id, r.status]));
}

/** The newest M9.5 (reseptliste request) we wrote for a patient, with its outbox state. */
export async function latestPrescriptionListRequest(
  db: Db,
  patientId: string,
): Promise<{ msg_id: string; status: string; created_at: string; last_error: string | null } | undefined> {
  return db
    .selectFrom('outbox_messages')
    .select(['msg_id', 'status', 'created_at', 'last_error'])
    .where('kind', '=', 'ERM95')
    .where('subject_type', '=', 'prescription-list')
    .where('subject_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** RF's M9.6 answer to an M9.5, as recorded in the inbox (the M9.6's in_reply_to is the M9.5's MsgId). */
export async function prescriptionListAnswer(
  db: Db,
  requestMsgId: string,
): Promise<{ msg_id: string; payload: string; received_at: string } | undefined> {
  return db
    .selectFrom('inbox_messages')
    .select(['msg_id', 'payload', 'received_at'])
    .where('kind', '=', 'ERM96')
    .where('in_reply_to', '=', requestMsgId)
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Our prescriptions among RF's ReseptIds (the M1's MsgId), to tell ours from other prescribers'. */
export async function prescriptionsByReseptIds(db: Db, reseptIds: readonly string[]): Promise<PrescriptionRow[]> {
  if (reseptIds.length === 0) return [];
  return db.selectFrom('prescriptions').selectAll().where('resept_id', 'in', reseptIds).execute();
}

/** Outgoing messages of one kind, oldest first (the sample-message export and tests read what was sent). */
export async function outgoingOfKind(
  db: Db,
  kind: string,
): Promise<{ msg_id: string; payload: string; status: string; subject_id: string | null }[]> {
  return db
    .selectFrom('outbox_messages')
    .select(['msg_id', 'payload', 'status', 'subject_id'])
    .where('kind', '=', kind)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Messages received in answer to `msgId` (AppRec, M4.2, M5.2, M9.6), oldest first. */
export async function incomingAnswersTo(
  db: Db,
  msgId: string,
): Promise<{ msg_id: string; kind: string; payload: string }[]> {
  return db
    .selectFrom('inbox_messages')
    .select(['msg_id', 'kind', 'payload'])
    .where('in_reply_to', '=', msgId)
    .orderBy('received_at')
    .execute();
}

/** Outgoing messages still on their way (pending or sent without an answer). */
export async function unsettledOutgoing(db: Db): Promise<number> {
  const row = await db
    .selectFrom('outbox_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['pending', 'sent'])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
