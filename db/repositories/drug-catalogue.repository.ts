/**
 * Writing the drug catalogue. A FEST import is a full snapshot: the importer clears these tables and refills them
 * inside one transaction, so readers see the old catalogue or the new one, never a mix. Many rows per statement.
 */
import { sql } from 'kysely';
import type {
  DrugCatalogueImportRow,
  DrugCatalogueImportTable,
  DrugConditionTable,
  DrugIngredientStrengthTable,
  DrugIngredientTable,
  DrugInteractionNotAssessedTable,
  DrugInteractionReferenceTable,
  DrugInteractionSubstanceTable,
  DrugInteractionTable,
  DrugPackageTable,
  DrugProductConditionTable,
  DrugProductIngredientTable,
  DrugProductTable,
  DrugProductValidityTable,
  DrugRefundCodeConditionTable,
  DrugRefundCodeTable,
  DrugRefundGroupConditionTable,
  DrugRefundGroupTable,
  DrugRefundLinkTable,
  DrugSubstancePackageTable,
  DrugSubstanceProductTable,
  DrugSubstanceTable,
} from '../schema-drugs';
import type { DrugDb } from './drug-db';

/** Rows for every catalogue table the importer fills (the import record and the search index have their own). */
export interface DrugCatalogueRows {
  drug_products: DrugProductTable[];
  drug_product_validities: DrugProductValidityTable[];
  drug_product_conditions: DrugProductConditionTable[];
  drug_product_ingredients: DrugProductIngredientTable[];
  drug_ingredients: DrugIngredientTable[];
  drug_ingredient_strengths: DrugIngredientStrengthTable[];
  drug_packages: DrugPackageTable[];
  drug_substances: DrugSubstanceTable[];
  drug_substance_products: DrugSubstanceProductTable[];
  drug_substance_packages: DrugSubstancePackageTable[];
  drug_refund_links: DrugRefundLinkTable[];
  drug_refund_groups: DrugRefundGroupTable[];
  drug_refund_group_conditions: DrugRefundGroupConditionTable[];
  drug_refund_codes: DrugRefundCodeTable[];
  drug_refund_code_conditions: DrugRefundCodeConditionTable[];
  drug_conditions: DrugConditionTable[];
  drug_interactions: DrugInteractionTable[];
  drug_interaction_substances: DrugInteractionSubstanceTable[];
  drug_interaction_references: DrugInteractionReferenceTable[];
  drug_interactions_not_assessed: DrugInteractionNotAssessedTable[];
}
export type DrugCatalogueTableName = keyof DrugCatalogueRows;

export const DRUG_CATALOGUE_TABLES: readonly DrugCatalogueTableName[] = [
  'drug_products',
  'drug_product_validities',
  'drug_product_conditions',
  'drug_product_ingredients',
  'drug_ingredients',
  'drug_ingredient_strengths',
  'drug_packages',
  'drug_substances',
  'drug_substance_products',
  'drug_substance_packages',
  'drug_refund_links',
  'drug_refund_groups',
  'drug_refund_group_conditions',
  'drug_refund_codes',
  'drug_refund_code_conditions',
  'drug_conditions',
  'drug_interactions',
  'drug_interaction_substances',
  'drug_interaction_references',
  'drug_interactions_not_assessed',
];

export function emptyCatalogueRows(): DrugCatalogueRows {
  return Object.fromEntries(DRUG_CATALOGUE_TABLES.map((t) => [t, []])) as unknown as DrugCatalogueRows;
}

/** SQLite allows 32766 bound values per statement; the widest table has 18 columns. */
const MAX_VALUES_PER_STATEMENT = 16_000;

function slices<T extends object>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [];
  const per = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / Object.keys(rows[0] ?? {}).length));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += per) out.push(rows.slice(i, i + per));
  return out;
}

/** Writes the collected rows; the caller empties its buffers afterwards. */
export async function insertDrugCatalogueRows(db: DrugDb, rows: DrugCatalogueRows): Promise<void> {
  for (const s of slices(rows.drug_products)) await db.insertInto('drug_products').values(s).execute();
  for (const s of slices(rows.drug_product_validities)) {
    await db.insertInto('drug_product_validities').values(s).execute();
  }
  for (const s of slices(rows.drug_product_conditions)) {
    await db.insertInto('drug_product_conditions').values(s).execute();
  }
  for (const s of slices(rows.drug_product_ingredients)) {
    await db.insertInto('drug_product_ingredients').values(s).execute();
  }
  for (const s of slices(rows.drug_ingredients)) await db.insertInto('drug_ingredients').values(s).execute();
  for (const s of slices(rows.drug_ingredient_strengths)) {
    await db.insertInto('drug_ingredient_strengths').values(s).execute();
  }
  for (const s of slices(rows.drug_packages)) await db.insertInto('drug_packages').values(s).execute();
  for (const s of slices(rows.drug_substances)) await db.insertInto('drug_substances').values(s).execute();
  for (const s of slices(rows.drug_substance_products)) {
    await db.insertInto('drug_substance_products').values(s).execute();
  }
  for (const s of slices(rows.drug_substance_packages)) {
    await db.insertInto('drug_substance_packages').values(s).execute();
  }
  for (const s of slices(rows.drug_refund_links)) await db.insertInto('drug_refund_links').values(s).execute();
  for (const s of slices(rows.drug_refund_groups)) await db.insertInto('drug_refund_groups').values(s).execute();
  for (const s of slices(rows.drug_refund_group_conditions)) {
    await db.insertInto('drug_refund_group_conditions').values(s).execute();
  }
  for (const s of slices(rows.drug_refund_codes)) await db.insertInto('drug_refund_codes').values(s).execute();
  for (const s of slices(rows.drug_refund_code_conditions)) {
    await db.insertInto('drug_refund_code_conditions').values(s).execute();
  }
  for (const s of slices(rows.drug_conditions)) await db.insertInto('drug_conditions').values(s).execute();
  for (const s of slices(rows.drug_interactions)) await db.insertInto('drug_interactions').values(s).execute();
  for (const s of slices(rows.drug_interaction_substances)) {
    await db.insertInto('drug_interaction_substances').values(s).execute();
  }
  for (const s of slices(rows.drug_interaction_references)) {
    await db.insertInto('drug_interaction_references').values(s).execute();
  }
  for (const s of slices(rows.drug_interactions_not_assessed)) {
    await db.insertInto('drug_interactions_not_assessed').values(s).execute();
  }
}

/** Empties the catalogue and its search index (not the import history). */
export async function clearDrugCatalogue(db: DrugDb): Promise<void> {
  for (const table of DRUG_CATALOGUE_TABLES) await db.deleteFrom(table).execute();
  await sql`DELETE FROM drug_name_search`.execute(db);
}

/** What one FEST entry (spec 4.2.2) becomes; a later version of the same id replaces all of it. */
export type DrugEntityKind =
  | 'product'
  | 'package'
  | 'substance'
  | 'ingredient'
  | 'strength'
  | 'refund_group'
  | 'condition'
  | 'interaction'
  | 'not_assessed';

/** Removes every row of one entity, so a newer version of it can be inserted (a file holding two versions). */
export async function deleteDrugEntity(db: DrugDb, kind: DrugEntityKind, id: string): Promise<void> {
  const links = (ownerKind: string) =>
    db.deleteFrom('drug_refund_links').where('owner_kind', '=', ownerKind).where('owner_id', '=', id).execute();
  switch (kind) {
    case 'product':
      await db.deleteFrom('drug_products').where('id', '=', id).execute();
      await db.deleteFrom('drug_product_validities').where('product_id', '=', id).execute();
      await db.deleteFrom('drug_product_conditions').where('product_id', '=', id).execute();
      await db.deleteFrom('drug_product_ingredients').where('product_id', '=', id).execute();
      await links('product');
      return;
    case 'package':
      await db.deleteFrom('drug_packages').where('id', '=', id).execute();
      await links('package');
      return;
    case 'substance':
      await db.deleteFrom('drug_substances').where('id', '=', id).execute();
      await db.deleteFrom('drug_substance_products').where('substance_id', '=', id).execute();
      await db.deleteFrom('drug_substance_packages').where('substance_id', '=', id).execute();
      await links('substance');
      return;
    case 'ingredient':
      await db.deleteFrom('drug_ingredients').where('id', '=', id).execute();
      await links('ingredient');
      return;
    case 'strength':
      await db.deleteFrom('drug_ingredient_strengths').where('id', '=', id).execute();
      return;
    case 'refund_group':
      await db.deleteFrom('drug_refund_groups').where('id', '=', id).execute();
      await db.deleteFrom('drug_refund_group_conditions').where('group_id', '=', id).execute();
      await db.deleteFrom('drug_refund_codes').where('group_id', '=', id).execute();
      await db.deleteFrom('drug_refund_code_conditions').where('group_id', '=', id).execute();
      return;
    case 'condition':
      await db.deleteFrom('drug_conditions').where('id', '=', id).execute();
      return;
    case 'interaction':
      await db.deleteFrom('drug_interactions').where('id', '=', id).execute();
      await db.deleteFrom('drug_interaction_substances').where('interaction_id', '=', id).execute();
      await db.deleteFrom('drug_interaction_references').where('interaction_id', '=', id).execute();
      return;
    case 'not_assessed':
      await db.deleteFrom('drug_interactions_not_assessed').where('atc_code', '=', id).execute();
      return;
  }
}

/** A product's ingredients given by strength get their ingredient id from KatVirkestoff, which comes later. */
export async function linkIngredientsOfStrengths(db: DrugDb): Promise<void> {
  await db
    .updateTable('drug_product_ingredients')
    .set((eb) => ({
      ingredient_id: eb
        .selectFrom('drug_ingredient_strengths as s')
        .select('s.ingredient_id')
        .whereRef('s.id', '=', 'drug_product_ingredients.strength_id'),
    }))
    .where('ingredient_id', 'is', null)
    .where('strength_id', 'is not', null)
    .execute();
}

export interface ProductStrengthPart {
  product_id: string;
  position: number;
  amount: string;
  unit: string | null;
  per_amount: string | null;
  per_unit: string | null;
  operator: string | null;
  upper_amount: string | null;
}

/** Every product's strengths in order, for building its strength text. */
export async function productStrengthParts(db: DrugDb): Promise<ProductStrengthPart[]> {
  return db
    .selectFrom('drug_product_ingredients as pi')
    .innerJoin('drug_ingredient_strengths as s', 's.id', 'pi.strength_id')
    .select([
      'pi.product_id',
      'pi.position',
      's.amount',
      's.unit',
      's.per_amount',
      's.per_unit',
      's.operator',
      's.upper_amount',
    ])
    .orderBy('pi.product_id')
    .orderBy('pi.position')
    .execute();
}

const STRENGTHS_PER_STATEMENT = 400;

/** Sets products' strength text, many products per statement (a CASE over the ids). */
export async function setProductStrengths(db: DrugDb, strengths: ReadonlyMap<string, string>): Promise<void> {
  const entries = [...strengths];
  for (let i = 0; i < entries.length; i += STRENGTHS_PER_STATEMENT) {
    const slice = entries.slice(i, i + STRENGTHS_PER_STATEMENT);
    const cases = sql.join(
      slice.map(([id, text]) => sql`WHEN ${id} THEN ${text}`),
      sql` `,
    );
    await db
      .updateTable('drug_products')
      .set({ strength: sql<string>`CASE id ${cases} END` })
      .where(
        'id',
        'in',
        slice.map(([id]) => id),
      )
      .execute();
  }
}

export interface DrugCatalogueCounts {
  products: number;
  packages: number;
  substances: number;
  ingredients: number;
  refundGroups: number;
  refundCodes: number;
  conditions: number;
  interactions: number;
  interactionsNotAssessed: number;
  refundLinks: number;
}

async function countOf(db: DrugDb, table: DrugCatalogueTableName): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countDrugCatalogue(db: DrugDb): Promise<DrugCatalogueCounts> {
  return {
    products: await countOf(db, 'drug_products'),
    packages: await countOf(db, 'drug_packages'),
    substances: await countOf(db, 'drug_substances'),
    ingredients: await countOf(db, 'drug_ingredients'),
    refundGroups: await countOf(db, 'drug_refund_groups'),
    refundCodes: await countOf(db, 'drug_refund_codes'),
    conditions: await countOf(db, 'drug_conditions'),
    interactions: await countOf(db, 'drug_interactions'),
    interactionsNotAssessed: await countOf(db, 'drug_interactions_not_assessed'),
    refundLinks: await countOf(db, 'drug_refund_links'),
  };
}

export async function insertCatalogueImport(db: DrugDb, row: DrugCatalogueImportTable): Promise<void> {
  await db.insertInto('drug_catalogue_imports').values(row).execute();
}

/** The import whose catalogue the tables hold, or undefined before the first import. */
export async function latestCatalogueImport(db: DrugDb): Promise<DrugCatalogueImportRow | undefined> {
  return db
    .selectFrom('drug_catalogue_imports')
    .selectAll()
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
