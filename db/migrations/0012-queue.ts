/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import { sql, type Kysely } from 'kysely';

/*
 * Venterom (issue 7 item 3). One queue_entries row per visit today: a booked patient whose arrival (ankomst) was
 * registered, or a drop-in patient the helsesekretær triaged (akutt | haster | vanlig). Only the state moves
 * (venter -> inne -> ferdig, or venter -> gatt when the patient leaves); every change is a queue_entry_events row
 * with who and when, so the history is never overwritten. No clinical content: `reason` is administrative.
 *
 * The rules PostgreSQL can enforce the same way: CHECKs on the enumerations, a drop-in always has a triage level, a
 * booked entry always has its appointment; one entry per appointment (unique); at most one active (venter or inne)
 * entry per patient and day (partial unique index, a literal predicate without parameters so both databases accept it).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('queue_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // The clinic's calendar day (Europe/Oslo) of the visit, YYYY-MM-DD.
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    // timebestilt (arrival for an appointment) | drop_in
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('appointment_id', 'text', (c) => c.unique().references('appointments.id'))
    // The appointment's start, copied at arrival so the queue orders without a join; null for drop-in.
    .addColumn('scheduled_at', 'text')
    // akutt | haster | vanlig; null for a booked patient nobody triaged
    .addColumn('triage', 'text')
    // Administrative only ("sjansetime", "kontroll"); never clinical detail.
    .addColumn('reason', 'text')
    // The appointment's doctor, or the doctor a drop-in patient prefers (null = anyone).
    .addColumn('doctor_id', 'text', (c) => c.references('users.id'))
    // venter | inne | ferdig | gatt
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_at', 'text', (c) => c.notNull())
    .addColumn('status_by', 'text', (c) => c.references('users.id'))
    .addColumn('arrived_at', 'text', (c) => c.notNull())
    .addColumn('arrived_by', 'text', (c) => c.references('users.id'))
    // Who took the patient in, and the journal note started for the kontakt.
    .addColumn('called_by', 'text', (c) => c.references('users.id'))
    .addColumn('called_at', 'text')
    .addColumn('note_id', 'text', (c) => c.references('journal_notes.id'))
    // "Neste pasient" reserves an entry while the journal note is started; expires on its own (see the service).
    .addColumn('claim_token', 'text')
    .addColumn('claim_by', 'text', (c) => c.references('users.id'))
    .addColumn('claim_at', 'text')
    .addCheckConstraint('queue_entries_source', sql`source in ('timebestilt', 'drop_in')`)
    .addCheckConstraint('queue_entries_status', sql`status in ('venter', 'inne', 'ferdig', 'gatt')`)
    .addCheckConstraint('queue_entries_triage', sql`triage is null or triage in ('akutt', 'haster', 'vanlig')`)
    .addCheckConstraint(
      'queue_entries_source_fields',
      sql`(source = 'drop_in' and triage is not null and appointment_id is null) or (source = 'timebestilt' and appointment_id is not null)`,
    )
    .execute();
  await db.schema.createIndex('queue_entries_day_status').on('queue_entries').columns(['day', 'status']).execute();
  // Lookups by patient (the partial index below is for the rule; a bound `status in (?, ?)` cannot use it).
  await db.schema.createIndex('queue_entries_patient').on('queue_entries').columns(['patient_id', 'day']).execute();
  await db.schema
    .createIndex('queue_entries_one_active_per_patient')
    .on('queue_entries')
    // Per day: an entry left venter or inne when yesterday closed must not bar the patient from today's queue.
    .columns(['patient_id', 'day'])
    .unique()
    .where(() => sql<boolean>`status in ('venter', 'inne')`)
    .execute();

  await db.schema
    .createTable('queue_entry_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('queue_entries.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    // ankommet | drop_in | triage | inne | ferdig | gatt
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('from_triage', 'text')
    .addColumn('to_triage', 'text')
    // Administrative reason for a triage change, or why the patient left.
    .addColumn('detail', 'text')
    .execute();
  await db.schema
    .createIndex('queue_entry_events_entry')
    .on('queue_entry_events')
    .columns(['entry_id', 'at'])
    .execute();
}
