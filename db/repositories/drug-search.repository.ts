/**
 * Drug search. Names go through SQLite FTS5 (prefix index) — this file is where a PostgreSQL twin will differ.
 * The index holds one row per product (brand name, its NavnFormStyrke; its substances and ATC name) and one per
 * substance group (its NavnFormStyrke; its ATC name), all folded like patient names (shared/rules/search-fold.ts).
 */
import { sql } from 'kysely';
import { foldForSearch } from '../../shared/rules/search-fold';
import type { DrugPackageRow, DrugProductRow, DrugSubstanceRow } from '../schema-drugs';
import type { DrugDb } from './drug-db';

export type DrugIndexKind = 'product' | 'substance';

/**
 * Rowids give the display order: products 1..n, substance groups from SUBSTANCE_ROWID_BASE. FTS5 returns matches
 * in rowid order without sorting, so a broad prefix ("pa") costs no more than its limit.
 */
const SUBSTANCE_ROWID_BASE = 1_000_000_000;
const ROWID_RANGE: Readonly<Record<DrugIndexKind, readonly [number, number]>> = {
  product: [1, SUBSTANCE_ROWID_BASE],
  substance: [SUBSTANCE_ROWID_BASE + 1, 2 * SUBSTANCE_ROWID_BASE],
};
const INSERT_SLICE = 1000;

/** Norwegian order (æ, ø, å last) with numbers by value: "5 mg" before "10 mg". */
const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/** Words once each, in their first order: "Paracet Tab 500 mg paracetamol" stays short in the index. */
function folded(parts: readonly (string | null)[]): string {
  const words = foldForSearch(parts.filter((p): p is string => p !== null && p !== '').join(' '))
    .split(/\s+/)
    .filter((w) => w !== '');
  return [...new Set(words)].join(' ');
}

interface IndexRow {
  name: string;
  other: string;
  kind: DrugIndexKind;
  ref_id: string;
  /** Sort keys: the brand name (or substance name), then the whole name. */
  first: string;
  full: string;
}

/**
 * Strengths compared by value in the sort key only: "1 g" as 1 000 000 µg sorts after "500 mg" as 500 000 µg,
 * and "12,5 mg" after "5 mg" (the collator compares digit runs as whole numbers).
 */
const MICROGRAMS: Readonly<Record<string, number>> = { g: 1_000_000, mg: 1000, mikrog: 1, µg: 1 };
function byStrengthValue(text: string): string {
  return text.replace(/(\d+(?:,\d+)?) ?(g|mg|mikrog|µg)\b/g, (_, amount: string, unit: string) =>
    String(Math.round(Number(amount.replace(',', '.')) * (MICROGRAMS[unit] ?? 1))),
  );
}

async function insertIndexRows(db: DrugDb, kind: DrugIndexKind, rows: IndexRow[]): Promise<void> {
  rows.sort((a, b) => collator.compare(a.first, b.first) || collator.compare(a.full, b.full));
  const base = ROWID_RANGE[kind][0];
  for (let i = 0; i < rows.length; i += INSERT_SLICE) {
    const slice = rows.slice(i, i + INSERT_SLICE);
    await db
      .insertInto('drug_name_search')
      .values(
        slice.map((r, j) => ({ rowid: base + i + j, name: r.name, other: r.other, kind: r.kind, ref_id: r.ref_id })),
      )
      .execute();
    // The same order on the table, for lists that do not go through the index (ATC).
    const cases = sql.join(
      slice.map((r, j) => sql`WHEN ${r.ref_id} THEN ${i + j + 1}`),
      sql` `,
    );
    await db
      .updateTable(kind === 'product' ? 'drug_products' : 'drug_substances')
      .set({ display_order: sql<number>`CASE id ${cases} END` })
      .where(
        'id',
        'in',
        slice.map((r) => r.ref_id),
      )
      .execute();
  }
}

/**
 * Rebuilds the whole name index from the catalogue tables; run at the end of an import, in its transaction.
 * Everything is read at once to sort it: a full FEST has some ten thousand products, a few MB.
 */
export async function rebuildDrugNameIndex(db: DrugDb): Promise<{ products: number; substances: number }> {
  await sql`DELETE FROM drug_name_search`.execute(db);
  const products = await db
    .selectFrom('drug_products')
    .select(['id', 'name', 'name_form_strength', 'atc_text'])
    .execute();
  const ingredients = await db
    .selectFrom('drug_product_ingredients as pi')
    .innerJoin('drug_ingredients as i', 'i.id', 'pi.ingredient_id')
    .select(['pi.product_id', 'i.name'])
    .orderBy('pi.product_id')
    .orderBy('pi.position')
    .execute();
  const namesOf = new Map<string, string[]>();
  for (const row of ingredients) namesOf.set(row.product_id, [...(namesOf.get(row.product_id) ?? []), row.name]);
  await insertIndexRows(
    db,
    'product',
    products.map((p) => ({
      name: folded([p.name, p.name_form_strength]),
      other: folded([...(namesOf.get(p.id) ?? []), p.atc_text]),
      kind: 'product',
      ref_id: p.id,
      first: foldForSearch(p.name),
      full: byStrengthValue(foldForSearch(p.name_form_strength)),
    })),
  );
  const substances = await db.selectFrom('drug_substances').select(['id', 'name_form_strength', 'atc_text']).execute();
  await insertIndexRows(
    db,
    'substance',
    substances.map((s) => ({
      name: folded([s.name_form_strength]),
      other: folded([s.atc_text]),
      kind: 'substance',
      ref_id: s.id,
      first: byStrengthValue(foldForSearch(s.name_form_strength)),
      full: byStrengthValue(foldForSearch(s.name_form_strength)),
    })),
  );
  return { products: products.length, substances: substances.length };
}

const quoted = (word: string): string => `"${word.replace(/"/g, '""')}"*`;

/** Typed words as an FTS5 query: every word must occur, each as a prefix; quotes doubled per FTS5 string rules. */
export function drugMatchExpression(words: readonly string[]): string {
  return words.map(quoted).join(' ');
}

async function indexHits(db: DrugDb, match: string, kind: DrugIndexKind, limit: number): Promise<string[]> {
  const [lo, hi] = ROWID_RANGE[kind];
  const rows = await sql<{ ref_id: string }>`
    SELECT ref_id FROM drug_name_search
    WHERE drug_name_search MATCH ${match} AND rowid BETWEEN ${lo} AND ${hi}
    ORDER BY rowid LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => r.ref_id);
}

/**
 * Ids of the products or substance groups whose names match every word, best first: those whose own name starts
 * with the first word ("parac" → Paracet) before those found by another word or their substance (Pinex), each
 * part in display order. FTS5's ^ anchors a word to the start of the name column.
 */
export async function searchDrugNames(
  db: DrugDb,
  words: readonly string[],
  kind: DrugIndexKind,
  limit: number,
): Promise<string[]> {
  const [first, ...rest] = words;
  if (first === undefined) return [];
  const leading = `({name} : ^${quoted(first)})`;
  const led = await indexHits(db, [leading, ...rest.map(quoted)].join(' AND '), kind, limit);
  if (led.length >= limit) return led;
  const others = await indexHits(db, `(${drugMatchExpression(words)}) NOT ${leading}`, kind, limit - led.length);
  return [...led, ...others];
}

/** A code and everything under it: "C09" finds C09CA01. The range keeps the atc_code index in use. */
function prefixRange(prefix: string): [string, string] {
  return [prefix, `${prefix}\u{10FFFF}`];
}

export async function productIdsByAtc(db: DrugDb, atcPrefix: string, limit: number): Promise<string[]> {
  const [lo, hi] = prefixRange(atcPrefix);
  const rows = await db
    .selectFrom('drug_products')
    .select('id')
    .where('atc_code', '>=', lo)
    .where('atc_code', '<', hi)
    .orderBy('atc_code')
    .orderBy('display_order')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function substanceIdsByAtc(db: DrugDb, atcPrefix: string, limit: number): Promise<string[]> {
  const [lo, hi] = prefixRange(atcPrefix);
  const rows = await db
    .selectFrom('drug_substances')
    .select('id')
    .where('atc_code', '>=', lo)
    .where('atc_code', '<', hi)
    .orderBy('atc_code')
    .orderBy('display_order')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Products with a package whose varenummer starts with the digits typed (pharmacists and labels use it). */
export async function productIdsByVarenr(db: DrugDb, varenrPrefix: string, limit: number): Promise<string[]> {
  const [lo, hi] = prefixRange(varenrPrefix);
  const rows = await db
    .selectFrom('drug_packages')
    .select('product_id')
    .where('varenr', '>=', lo)
    .where('varenr', '<', hi)
    .where('product_id', 'is not', null)
    .orderBy('varenr')
    .limit(limit)
    .execute();
  return [...new Set(rows.flatMap((r) => (r.product_id === null ? [] : [r.product_id])))];
}

export async function productsByIds(db: DrugDb, ids: readonly string[]): Promise<DrugProductRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('drug_products').selectAll().where('id', 'in', ids).execute();
}

export async function substancesByIds(db: DrugDb, ids: readonly string[]): Promise<DrugSubstanceRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('drug_substances').selectAll().where('id', 'in', ids).execute();
}

export async function packagesOfProducts(db: DrugDb, productIds: readonly string[]): Promise<DrugPackageRow[]> {
  if (productIds.length === 0) return [];
  return db
    .selectFrom('drug_packages')
    .selectAll()
    .where('product_id', 'in', productIds)
    .orderBy('product_id')
    .orderBy('varenr')
    .execute();
}

export type RefundOwnerKind = 'product' | 'package' | 'substance';

export interface RefundInForce {
  owner_kind: string;
  owner_id: string;
  hjemmel_code: string;
  hjemmel_text: string | null;
}

/**
 * The refusjonshjemler in force on `today` for these packages, products and substance groups, in one statement:
 * a Refusjon link (spec 4.3.1) counts from GyldigFraDato up to and including ForskrivesTilDato, the prescriber's
 * limit. Each owner list rides on the primary key (owner_kind, owner_id); repeats are left to the caller, which
 * groups by owner anyway, so SQLite need not sort for DISTINCT.
 */
export async function refundsInForce(
  db: DrugDb,
  owners: Readonly<Partial<Record<RefundOwnerKind, readonly string[]>>>,
  today: string,
): Promise<RefundInForce[]> {
  const lists = (Object.entries(owners) as [RefundOwnerKind, readonly string[]][]).filter(([, ids]) => ids.length > 0);
  if (lists.length === 0) return [];
  return db
    .selectFrom('drug_refund_links as l')
    .innerJoin('drug_refund_groups as g', 'g.id', 'l.refund_group_id')
    .select(['l.owner_kind', 'l.owner_id', 'g.hjemmel_code', 'g.hjemmel_text'])
    .where((w) => w.or(lists.map(([kind, ids]) => w.and([w('l.owner_kind', '=', kind), w('l.owner_id', 'in', ids)]))))
    .where('l.valid_from', '<=', today)
    .where((w) => w.or([w('l.prescribe_until', 'is', null), w('l.prescribe_until', '>=', today)]))
    .execute();
}

/** How many brands each substance group covers. */
export async function productCountsOfSubstances(
  db: DrugDb,
  substanceIds: readonly string[],
): Promise<Map<string, number>> {
  if (substanceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('drug_substance_products')
    .select(['substance_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('substance_id', 'in', substanceIds)
    .groupBy('substance_id')
    .execute();
  return new Map(rows.map((r) => [r.substance_id, Number(r.n)]));
}
