/**
 * Patient search. Names go through SQLite FTS5 (prefix index) — this file is where a PostgreSQL twin will differ.
 * Ranking: exact identity number first, then the asking doctor's own list, then everyone else, by name.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { foldForSearch } from '../../shared/rules/search-fold';
import type { PatientQuery } from '../../shared/rules/patient-query';
import type { Database, PatientRow } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

export function searchableNames(p: Pick<PatientRow, 'given_name' | 'middle_name' | 'family_name'>): string {
  return foldForSearch([p.given_name, p.middle_name ?? '', p.family_name].join(' '));
}

type NameFields = Pick<PatientRow, 'id' | 'given_name' | 'middle_name' | 'family_name' | 'birth_date'>;

/** Orders like family_name, given_name, birth_date, id: U+0001 sorts below every character a name can hold. */
export function searchSortKey(p: NameFields): string {
  return [p.family_name, p.given_name, p.birth_date, p.id].join('\u0001');
}

function searchRow(rowid: number, p: NameFields) {
  return {
    rowid,
    names: searchableNames(p),
    patient_id: p.id,
    given_folded: foldForSearch(p.given_name),
    sort_key: searchSortKey(p),
  };
}

/**
 * Writes the search rows for patients whose names were inserted or changed. `fresh` skips the delete for
 * patients that have just been inserted and cannot have a row yet.
 */
export async function indexPatientNames(db: Db, ids: readonly string[], fresh = false): Promise<void> {
  const chunk = 400;
  for (let i = 0; i < ids.length; i += chunk) {
    const rows = await db
      .selectFrom('patients')
      .select([sql<number>`rowid`.as('rowid'), 'id', 'given_name', 'middle_name', 'family_name', 'birth_date'])
      .where('id', 'in', ids.slice(i, i + chunk))
      .execute();
    if (rows.length === 0) continue;
    if (!fresh) {
      await db
        .deleteFrom('patient_name_search')
        .where(
          'rowid',
          'in',
          rows.map((r) => r.rowid),
        )
        .execute();
    }
    await db
      .insertInto('patient_name_search')
      .values(rows.map((r) => searchRow(r.rowid, r)))
      .execute();
  }
}

/** Rebuilds the whole name index (after the migration that created it, or from the CLI). */
export async function rebuildPatientNameIndex(db: Db): Promise<number> {
  await db.deleteFrom('patient_name_search').execute();
  const ids = (await db.selectFrom('patients').select('id').execute()).map((r) => r.id);
  await indexPatientNames(db, ids, true);
  return ids.length;
}

export interface SearchHitRow extends PatientRow {
  fastlege_id: string | null;
  rank: number;
}

function ftsExpression(tokens: readonly string[]): string {
  // Each token a quoted prefix; quotes inside are doubled per FTS5 string rules.
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' ');
}

export async function searchPatients(
  db: Db,
  query: PatientQuery,
  options: { doctorId: string | null; today: string; limit: number },
): Promise<SearchHitRow[]> {
  const me = options.doctorId ?? '';
  const byName = query.nameTokens.length > 0;
  const names = ftsExpression(query.nameTokens);
  if (byName && query.birthDates.length === 0) return fetchRows(db, await rankByName(db, names, query, options));

  let base = db
    .selectFrom('patients as p')
    .leftJoin('list_memberships as m', (join) =>
      join
        .onRef('m.patient_id', '=', 'p.id')
        .on('m.from_date', '<=', options.today)
        .on((w) => w.or([w('m.to_date', 'is', null), w('m.to_date', '>', options.today)])),
    )
    // Phase one sorts only the keys (SQLite's sorter copies every selected column); whole rows come after.
    .select([sql<number>`p.rowid`.as('r'), 'm.doctor_id as fastlege_id']);

  const exact = query.identityExact ?? '';
  const rank = sql<number>`CASE WHEN p.identity_number = ${exact} THEN 0 WHEN m.doctor_id = ${me} THEN 1 ELSE 2 END`;

  if (byName) {
    // Names with a birth date: the date index drives and each of its few rows is checked against the names, so a
    // broad name ("h 03.05.1962") costs no more than a rare one (see test/db/query-plans.test.ts).
    base = base
      .where('p.birth_date', 'in', query.birthDates)
      .where(
        sql<boolean>`EXISTS (SELECT 1 FROM patient_name_search AS f WHERE f.rowid = p.rowid AND f.patient_name_search MATCH ${names})`,
      );
  } else {
    base = base.where((w) => {
      const any = [];
      if (query.identityExact) any.push(w('p.identity_number', '=', query.identityExact));
      if (query.identityPrefix) {
        any.push(
          w.and([
            w('p.identity_number', '>=', query.identityPrefix),
            w('p.identity_number', '<', `${query.identityPrefix}\u{10FFFF}`),
          ]),
        );
      }
      if (query.phonePrefix) {
        any.push(
          w.and([
            w('p.phone_digits', '>=', query.phonePrefix),
            w('p.phone_digits', '<', `${query.phonePrefix}\u{10FFFF}`),
          ]),
        );
      }
      if (query.birthDates.length > 0) any.push(w('p.birth_date', 'in', query.birthDates));
      return any.length > 0 ? w.or(any) : sql<boolean>`0`;
    });
  }

  // Names typed in the usual order ("hans kar") put Hans Karlsen before Kari Hansen.
  const firstToken = query.nameTokens[0] ?? '';
  const givenFirst = sql<number>`CASE WHEN ${firstToken} != '' AND lower(p.given_name) LIKE ${`${firstToken}%`} THEN 0 ELSE 1 END`;

  const keys = await base
    .select(rank.as('rank'))
    .orderBy('rank')
    .orderBy(givenFirst)
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .orderBy('p.birth_date')
    .orderBy('p.id')
    .limit(options.limit)
    .execute();
  return fetchRows(db, keys);
}

interface RankedKey {
  r: number;
  fastlege_id: string | null;
  rank: number;
}

/**
 * Names alone: everything ranking needs is in the name index (patient id, folded given name, sort key), so a broad
 * name ("hansen": thousands of hits) is ranked without reading a wide patient row per hit.
 */
async function rankByName(
  db: Db,
  names: string,
  query: PatientQuery,
  options: { doctorId: string | null; today: string; limit: number },
): Promise<RankedKey[]> {
  const firstToken = query.nameTokens[0] ?? '';
  return (
    db
      .selectFrom('patient_name_search as f')
      .leftJoin('list_memberships as m', (join) =>
        join
          .onRef('m.patient_id', '=', 'f.patient_id')
          .on('m.from_date', '<=', options.today)
          .on((w) => w.or([w('m.to_date', 'is', null), w('m.to_date', '>', options.today)])),
      )
      .select([
        sql<number>`f.rowid`.as('r'),
        'm.doctor_id as fastlege_id',
        sql<number>`CASE WHEN m.doctor_id = ${options.doctorId ?? ''} THEN 1 ELSE 2 END`.as('rank'),
      ])
      .where(sql<boolean>`f.patient_name_search MATCH ${names}`)
      .orderBy('rank')
      // Names typed in the usual order ("hans kar") put Hans Karlsen before Kari Hansen.
      .orderBy(sql`substr(f.given_folded, 1, ${firstToken.length}) != ${firstToken}`)
      .orderBy('f.sort_key')
      .limit(options.limit)
      .execute()
  );
}

/** Phase two: the whole rows of the ranked keys, in rank order. */
async function fetchRows(db: Db, keys: readonly RankedKey[]): Promise<SearchHitRow[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('patients')
    .selectAll()
    .select(sql<number>`rowid`.as('r'))
    .where(
      sql<number>`rowid`,
      'in',
      keys.map((k) => k.r),
    )
    .execute();
  const byRowid = new Map(rows.map(({ r, ...row }) => [r, row]));
  return keys.flatMap((k) => {
    const row = byRowid.get(k.r);
    return row ? [{ ...row, fastlege_id: k.fastlege_id, rank: k.rank }] : [];
  });
}
