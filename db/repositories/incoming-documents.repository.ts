/**
 * The clinical inbox's documents (migration 0010). A document is written once per MsgId with what was received;
 * afterwards only its state moves (matched, filed), and a trigger refuses anything else.
 */
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../schema';
import type { IncomingDocumentRow, IncomingDocumentTable, NewIncomingDocumentRow } from '../schema-inbox';

type Db = Kysely<Database> | Transaction<Database>;

/** What the referral tracking needs to know from the documents that answered each referral. */
export interface ReferralDocumentFacts {
  /** When the specialist service assessed the referral (the dialogmelding's date), or null. */
  assessedAt: string | null;
  /** Frist for start of helsehjelp (YYYY-MM-DD) from the latest assessment. */
  frist: string | null;
  /** The appointment given (ISO date-time, local time as written by the sender), from the latest assessment. */
  appointmentAt: string | null;
  /** Rett til nødvendig helsehjelp: true/false when assessed, null when not said. */
  rightToCare: boolean | null;
  /** When the first epikrise for the referral was written (or received, if the document has no date). */
  epicrisisAt: string | null;
}

/**
 * Facts from the inbox per referral id, for the referral list's status (utkast … vurdert, epikrise mottatt). Every
 * id asked for is in the map; one without documents has all fields null. Documents kept as 'ugyldig' count too:
 * the hospital did send them, and the doctor sees them in Innboks.
 */
export async function referralDocumentFacts(
  db: Db,
  referralIds: readonly string[],
): Promise<Map<string, ReferralDocumentFacts>> {
  const facts = new Map<string, ReferralDocumentFacts>();
  for (const id of referralIds) {
    facts.set(id, { assessedAt: null, frist: null, appointmentAt: null, rightToCare: null, epicrisisAt: null });
  }
  if (referralIds.length === 0) return facts;
  const rows: Pick<
    IncomingDocumentRow,
    | 'referral_id'
    | 'kind'
    | 'assessed_at'
    | 'frist_date'
    | 'appointment_at'
    | 'right_to_care'
    | 'document_date'
    | 'received_at'
  >[] = [];
  // Chunked: SQLite allows a limited number of bound values per statement.
  for (let i = 0; i < referralIds.length; i += 500) {
    const chunk = referralIds.slice(i, i + 500);
    rows.push(
      ...(await db
        .selectFrom('incoming_documents')
        .select([
          'referral_id',
          'kind',
          'assessed_at',
          'frist_date',
          'appointment_at',
          'right_to_care',
          'document_date',
          'received_at',
        ])
        .where('referral_id', 'in', chunk)
        .where('kind', 'in', ['dialogmelding', 'epikrise'])
        // A document that fails its schema is kept for a person to see, but says nothing about the referral.
        .where('status', '!=', 'ugyldig')
        .orderBy('received_at')
        .execute()),
    );
  }
  for (const row of rows) {
    const fact = row.referral_id ? facts.get(row.referral_id) : undefined;
    if (!fact) continue;
    if (row.kind === 'epikrise') {
      const at = row.document_date ?? row.received_at;
      if (fact.epicrisisAt === null || at < fact.epicrisisAt) fact.epicrisisAt = at;
      continue;
    }
    if (row.assessed_at === null) continue;
    // The latest assessment wins: a new dialogmelding may move the appointment or the frist.
    if (fact.assessedAt !== null && row.assessed_at < fact.assessedAt) continue;
    fact.assessedAt = row.assessed_at;
    fact.frist = row.frist_date;
    fact.appointmentAt = row.appointment_at;
    fact.rightToCare = row.right_to_care === null ? null : row.right_to_care === 1;
  }
  return facts;
}

/** Inserts unless the MsgId is already stored; true when this call stored it (exactly once per MsgId). */
export async function insertIncomingDocument(db: Db, row: NewIncomingDocumentRow): Promise<boolean> {
  const result = await db
    .insertInto('incoming_documents')
    .values(row)
    .onConflict((oc) => oc.column('msg_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function findIncomingDocument(db: Db, id: string): Promise<IncomingDocumentRow | undefined> {
  return db.selectFrom('incoming_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findIncomingDocumentByMsgId(db: Db, msgId: string): Promise<IncomingDocumentRow | undefined> {
  return db.selectFrom('incoming_documents').selectAll().where('msg_id', '=', msgId).executeTakeFirst();
}

export type IncomingDocumentListRow = Omit<IncomingDocumentRow, 'raw_xml' | 'content_json' | 'schema_errors'>;

/** The list without the heavy columns, newest first; `statuses` filters (all when empty). */
export async function listIncomingDocuments(
  db: Db,
  filter: { statuses?: readonly string[]; patientId?: string; limit: number },
): Promise<IncomingDocumentListRow[]> {
  let query = db
    .selectFrom('incoming_documents')
    .select([
      'id',
      'msg_id',
      'kind',
      'msg_type',
      'standard_version',
      'title',
      'received_at',
      'source',
      'document_date',
      'sender_name',
      'sender_her_id',
      'sender_person',
      'patient_ident',
      'patient_ident_type',
      'patient_name',
      'ref_to_parent',
      'ref_to_conversation',
      'patient_id',
      'referral_id',
      'status',
      'unmatched_reason',
      'assessed_at',
      'frist_date',
      'right_to_care',
      'appointment_at',
      'matched_by',
      'matched_at',
      'filed_by',
      'filed_at',
      'journal_note_id',
      'updated_at',
    ]);
  if (filter.statuses && filter.statuses.length > 0) query = query.where('status', 'in', filter.statuses);
  if (filter.patientId) query = query.where('patient_id', '=', filter.patientId);
  return query.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}

/** Count per status, for the room's headings. */
export async function countIncomingByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('incoming_documents')
    .select(['status', db.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Moves only state columns; the content columns are refused by the table's trigger. */
/**
 * Moves the document on only from the state the caller read (`seen`): two clinicians filing or matching the same
 * document at once cannot both succeed (two signed journal entries for one epikrise). False when someone else did.
 */
export async function updateIncomingDocumentState(
  db: Db,
  seen: Pick<IncomingDocumentRow, 'id' | 'status' | 'updated_at'>,
  patch: Pick<
    Updateable<IncomingDocumentTable>,
    | 'patient_id'
    | 'referral_id'
    | 'status'
    | 'unmatched_reason'
    | 'matched_by'
    | 'matched_at'
    | 'filed_by'
    | 'filed_at'
    | 'journal_note_id'
  > & { updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('incoming_documents')
    .set(patch)
    .where('id', '=', seen.id)
    .where('status', '=', seen.status)
    .where('updated_at', '=', seen.updated_at)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** The referral an outgoing message belongs to (subject_type 'referral'), by the MsgId a reply refers to. */
export async function referralIdOfOutgoingMessage(db: Db, msgIds: readonly string[]): Promise<string | undefined> {
  const wanted = msgIds.filter((m) => m !== '');
  if (wanted.length === 0) return undefined;
  const rows = await db
    .selectFrom('outbox_messages')
    .select(['msg_id', 'subject_id'])
    .where('msg_id', 'in', wanted)
    .where('subject_type', '=', 'referral')
    .execute();
  // In the order asked: the direct parent before the conversation's first message.
  for (const msgId of wanted) {
    const hit = rows.find((r) => r.msg_id === msgId && r.subject_id !== null);
    if (hit?.subject_id) return hit.subject_id;
  }
  return undefined;
}

/** Patients a message without identity number may mean: same birth date and family name (for the reason text). */
export async function patientsByBirthDateAndName(
  db: Db,
  birthDate: string,
  familyName: string,
): Promise<{ id: string }[]> {
  return db
    .selectFrom('patients')
    .select('id')
    .where('birth_date', '=', birthDate)
    .where((eb) => eb(eb.fn('lower', ['family_name']), '=', familyName.toLowerCase()))
    .execute();
}

/** The patient of a referral (referrals.patient_id), or null when there is no such referral. */
export async function referralPatientOf(db: Db, referralId: string): Promise<string | null> {
  const row = await db.selectFrom('referrals').select('patient_id').where('id', '=', referralId).executeTakeFirst();
  return row?.patient_id ?? null;
}
