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
    const max = await sql<{
      m: number | null;
    }>`SELECT max(rowid) AS m FROM journal_search WHERE rowid BETWEEN ${lo} AND ${hi}`.execute(db);
    rowid = (max.rows[0]?.m ?? lo - 1) + 1;
  } else {
    await sql`DELETE FROM journal_search WHERE rowid = ${rowid}`.execute(db);
  }
  await sql`INSERT INTO journal_search (rowid, body) VALUES (${rowid}, ${foldForSearch(text)})`.execute(db);
  return rowid;
}

/** Turns typed words into an FTS5 query: every word must occur, the last one as a prefix. */
export function journalMatchExpression(query: string): string | null {
  const words = foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** Note ids whose current text matches, newest first. */
export async function searchPatientJournal(db: Db, patientId: string, query: string, limit: number): Promise<string[]> {
  const match = journalMatchExpression(query);
  if (!match) return [];
  const [lo, hi] = await patientRange(db, patientId);
  const rows = await sql<{ id: string }>`
    SELECT n.id FROM journal_search s JOIN journal_notes n ON n.search_rowid = s.rowid
    WHERE journal_search MATCH ${match} AND s.rowid BETWEEN ${lo} AND ${hi}
    ORDER BY n.occurred_at DESC LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}
