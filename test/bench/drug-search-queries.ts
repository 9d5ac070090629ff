/**
 * What a doctor types into the drug search, drawn from the benchmark catalogue itself (read once, before timing):
 * mostly the start of a brand name, sometimes with a strength, the start of a substance name, an ATC code, now
 * and then a varenummer. The weights are a guess at a prescribing screen's day.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { createRandom, type Random } from '../../electron/services/demo/random';

export interface DrugQuery {
  kind: string;
  text: string;
}

interface Sample {
  name: string;
  strength: string | null;
  atc: string | null;
  substance: string | null;
  varenr: string | null;
}

const prefix = (random: Random, word: string, min: number, max: number): string =>
  word.slice(0, Math.min(word.length, random.int(min, max)));

const KINDS: readonly { kind: string; weight: number; write: (s: Sample, r: Random) => string | null }[] = [
  { kind: 'brand_prefix', weight: 45, write: (s, r) => prefix(r, s.name.toLowerCase(), 2, 6) },
  {
    kind: 'brand_strength',
    weight: 15,
    write: (s, r) => (s.strength ? `${prefix(r, s.name.toLowerCase(), 3, 6)} ${s.strength.split(' ')[0] ?? ''}` : null),
  },
  {
    kind: 'substance_prefix',
    weight: 20,
    write: (s, r) => (s.substance ? prefix(r, s.substance.toLowerCase(), 3, 9) : null),
  },
  {
    kind: 'atc',
    weight: 15,
    write: (s, r) => (s.atc ? (r.chance(0.8) ? s.atc : s.atc.slice(0, r.pick([3, 4, 5]))) : null),
  },
  { kind: 'varenr', weight: 5, write: (s) => s.varenr },
];

export function drugSearchQueries(sqlite: BetterSqlite3.Database, seed: string, count: number): DrugQuery[] {
  const samples = sqlite
    .prepare(
      `SELECT p.name, p.strength, p.atc_code AS atc,
              (SELECT i.name FROM drug_product_ingredients pi JOIN drug_ingredients i ON i.id = pi.ingredient_id
                WHERE pi.product_id = p.id ORDER BY pi.position LIMIT 1) AS substance,
              (SELECT k.varenr FROM drug_packages k WHERE k.product_id = p.id ORDER BY k.varenr LIMIT 1) AS varenr
         FROM drug_products p ORDER BY p.id`,
    )
    .all() as Sample[];
  const random = createRandom(seed);
  const queries: DrugQuery[] = [];
  while (queries.length < count) {
    const sample = random.pick(samples);
    const kind = random.weighted(
      KINDS,
      KINDS.map((k) => k.weight),
    );
    const text = kind.write(sample, random);
    if (text) queries.push({ kind: kind.kind, text });
  }
  return queries;
}
