/**
 * Full-text search in one patient's journal (SQLite FTS5; a PostgreSQL twin will use its own index). Each note's
 * current text is one row whose rowid is patients.rowid * 2^24 + n, so a rowid range keeps a query to one patient.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { foldForSearch } from '../../shared/rules/search-fold';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

const PER_PATIENT = 2 ** 24;

async function patientRange(db: Db, patientId: string): Promise<[number, number]> {
  const row = await db
    .selectFrom('patients')
    .select(sql<number>`rowid`.as('rowid'))
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  return [row.rowid * PER_PATIENT, row.rowid * PER_PATIENT + PER_PATIENT - 1];
}

/** Puts a note's current text in the index (replacing what was there); returns its rowid. */
export async function indexNoteText(
  db: Db,
  patientId: string,
  existingRowid: number | null,
  text: string,
): Promise<number> {
  let rowid = existingRowid;
  if (rowid === null) {
    const [lo, hi] = await patientRange(db, patientId);
    // Every indexed rowid is some note's search_rowid, set in the same transaction, so the next free one is found by
    // a seek in journal_notes_search_rowid. max(rowid) on the contentless FTS5 table instead walks the whole index:
    // about 7 ms at 100 000 notes and growing with the clinic (bench journal.sign).
    const max = await db
      .selectFrom('journal_notes')
      .select((eb) => eb.fn.max('search_rowid').as('m'))
      .where('search_rowid', '>=', lo)
      .where('search_rowid', '<=', hi)
      .executeTakeFirst();
    rowid = (max?.m ?? lo - 1) + 1;
  } else {
    await sql`DELETE FROM journal_search WHERE rowid = ${rowid}`.execute(db);
  }
  await sql`INSERT INTO journal_search (rowid, body) VALUES (${rowid}, ${foldForSearch(text)})`.execute(db);
  return rowid;
}

/** Turns typed words into an FTS5 query: every word must occur, the last one as a prefix. */
const MIN_PREFIX = 3;

export function journalMatchExpression(query: string): string | null {
  const words = foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  // A prefix of one or two letters expands to thousands of words across the whole clinic (0.4–1 s at a million
  // notes) and the patient's rowid range cannot narrow that merge: such a short word is matched whole instead.
  const prefix = (w: string, last: boolean) => (last && w.length >= MIN_PREFIX ? '*' : '');
  return words.map((w, i) => `"${w}"${prefix(w, i === words.length - 1)}`).join(' ');
}

/** Note ids whose current text matches, newest first. */
export async function searchPatientJournal(db: Db, patientId: string, query: string, limit: number): Promise<string[]> {
  const match = journalMatchExpression(query);
  if (!match) return [];
  const [lo, hi] = await patientRange(db, patientId);
  // better-sqlite3 binds every JS number as REAL, and FTS5 uses a rowid bound only if it is an INTEGER (fts5_main.c
  // fts5GetRowidLimit); otherwise it walks the term's whole doclist, every patient's, and SQLite filters afterwards.
  const rows = await sql<{ id: string }>`
    SELECT n.id FROM journal_search s JOIN journal_notes n ON n.search_rowid = s.rowid
    WHERE journal_search MATCH ${match} AND s.rowid BETWEEN CAST(${lo} AS INTEGER) AND CAST(${hi} AS INTEGER)
    ORDER BY n.occurred_at DESC LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}
