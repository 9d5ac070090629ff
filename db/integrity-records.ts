/**
 * Invariants of the clinical records beyond what constraints and triggers express: journal notes point at their
 * own versions, signed states have a signed version, list memberships do not overlap, and the search indexes are
 * complete. Read-only, like the rest of the integrity check.
 */
import { sql } from 'kysely';
import type { DatabaseConnection } from './connection';

export interface RecordProblem {
  code:
    | 'journal_version_mismatch'
    | 'journal_status_unsigned'
    | 'journal_draft_signed'
    | 'list_membership_overlap'
    | 'patient_search_index_incomplete';
  message: string;
  count: number;
  examples: string[];
}

const MAX_EXAMPLES = 5;

async function ids(conn: DatabaseConnection, query: ReturnType<typeof sql<{ id: string }>>): Promise<string[]> {
  return (await query.execute(conn.db)).rows.map((r) => r.id);
}

function problem(code: RecordProblem['code'], message: string, found: string[]): RecordProblem[] {
  return found.length === 0
    ? []
    : [{ code, message: `${found.length} ${message}`, count: found.length, examples: found.slice(0, MAX_EXAMPLES) }];
}

export async function checkRecords(conn: DatabaseConnection): Promise<RecordProblem[]> {
  const mismatch = await ids(
    conn,
    sql<{ id: string }>`SELECT n.id FROM journal_notes n LEFT JOIN note_versions v ON v.id = n.current_version_id
      WHERE v.id IS NULL OR v.note_id != n.id
      UNION SELECT n.id FROM journal_notes n JOIN note_versions d ON d.id = n.draft_version_id WHERE d.note_id != n.id`,
  );
  const unsigned = await ids(
    conn,
    sql<{ id: string }>`SELECT n.id FROM journal_notes n JOIN note_versions v ON v.id = n.current_version_id
      WHERE n.status IN ('signert', 'rettet', 'feilregistrert') AND v.signed_at IS NULL`,
  );
  const draftSigned = await ids(
    conn,
    sql<{ id: string }>`SELECT n.id FROM journal_notes n JOIN note_versions d ON d.id = n.draft_version_id
      WHERE d.signed_at IS NOT NULL`,
  );
  const overlap = await ids(
    conn,
    sql<{ id: string }>`SELECT DISTINCT a.patient_id AS id FROM list_memberships a JOIN list_memberships b
      ON a.patient_id = b.patient_id AND a.id < b.id
      WHERE a.from_date < coalesce(b.to_date, '9999-12-31') AND b.from_date < coalesce(a.to_date, '9999-12-31')`,
  );
  const unindexed = await ids(
    conn,
    sql<{ id: string }>`SELECT p.id FROM patients p WHERE NOT EXISTS
      (SELECT 1 FROM patient_name_search s WHERE s.rowid = p.rowid) LIMIT 1000`,
  );
  return [
    ...problem('journal_version_mismatch', 'journalnotat peker på en versjon som ikke hører til notatet.', mismatch),
    ...problem(
      'journal_status_unsigned',
      'journalnotat står som signert, men gjeldende versjon er ikke signert.',
      unsigned,
    ),
    ...problem('journal_draft_signed', 'journalnotat har et åpent utkast som allerede er signert.', draftSigned),
    ...problem('list_membership_overlap', 'pasient(er) står på to fastlegelister samtidig.', overlap),
    ...problem(
      'patient_search_index_incomplete',
      'pasient(er) mangler i navnesøket og blir ikke funnet når noen søker på navn.',
      unindexed,
    ),
  ];
}
