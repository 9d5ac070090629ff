/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import { sql, type Kysely } from 'kysely';

/*
 * The drug catalogue from FEST (the M30 message, KITH-rapport 18/08 v2.5, 2014-12-01). A FEST import is a full
 * snapshot: the importer empties these tables and fills them again in one transaction, so they hold exactly one
 * catalogue. Ids are FEST's own (stable across versions of an entry, spec 4.2.2); entry_id is the oppførings-id of
 * the version we hold. There are no foreign keys between the catalogue tables on purpose: FEST's references
 * (IDREF) point forwards as well as backwards in the file (KatVilkar comes after KatRefusjon, KatVirkestoff after
 * KatLegemiddelpakning), and withdrawn entries are left out, so we mirror the references as given and join with
 * LEFT JOINs. Clinical tables never point into the catalogue: a prescription copies what it used.
 * Booleans are 0/1 integers, dates YYYY-MM-DD, instants ISO-8601 text, as everywhere else.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  // One row per import, kept as history; the newest says which catalogue the tables hold.
  await db.schema
    .createTable('drug_catalogue_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // 'fest' for a file from DMP, 'demo' for the demo catalogue shipped with the app.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_bytes', 'integer', (c) => c.notNull())
    // FEST/HentetDato (spec 4.2.1) and the M30 namespace, which names the format version.
    .addColumn('fest_retrieved_at', 'text', (c) => c.notNull())
    .addColumn('fest_namespace', 'text', (c) => c.notNull())
    .addColumn('products', 'integer', (c) => c.notNull())
    .addColumn('packages', 'integer', (c) => c.notNull())
    .addColumn('substances', 'integer', (c) => c.notNull())
    .addColumn('ingredients', 'integer', (c) => c.notNull())
    .addColumn('refund_groups', 'integer', (c) => c.notNull())
    .addColumn('refund_codes', 'integer', (c) => c.notNull())
    .addColumn('conditions', 'integer', (c) => c.notNull())
    .addColumn('interactions', 'integer', (c) => c.notNull())
    // Entries with status U (utgått, code list 7446) or without content, not imported.
    .addColumn('skipped_entries', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('drug_catalogue_imports_at').on('drug_catalogue_imports').column('imported_at').execute();

  // KatLegemiddelMerkevare: one brand in one form and strength (spec 4.3.5.1).
  await db.schema
    .createTable('drug_products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_form_strength', 'text', (c) => c.notNull())
    .addColumn('form_code', 'text')
    .addColumn('form_text', 'text')
    .addColumn('form_long', 'text')
    // Built from the product's virkestoff med styrke after the import, e.g. "400 mg/30 mg".
    .addColumn('strength', 'text')
    .addColumn('atc_code', 'text')
    .addColumn('atc_text', 'text')
    .addColumn('reseptgruppe', 'text', (c) => c.notNull())
    .addColumn('preparattype_code', 'text')
    .addColumn('preparattype_text', 'text')
    .addColumn('black_triangle', 'integer', (c) => c.notNull())
    .addColumn('opioid_application', 'integer', (c) => c.notNull())
    .addColumn('manufacturer', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull())
    // Position in display order (brand, then strength by value), set after the import with the search index.
    .addColumn('display_order', 'integer')
    .execute();
  await db.schema.createIndex('drug_products_atc').on('drug_products').columns(['atc_code', 'display_order']).execute();

  // Reseptgyldighet (spec 4.3.5.6): a duration such as P3Y, for one sex or for both.
  await db.schema
    .createTable('drug_product_validities')
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sex_code', 'text')
    .addColumn('duration', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drug_product_validities_pk', ['product_id', 'position'])
    .execute();

  await db.schema
    .createTable('drug_product_conditions')
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('condition_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drug_product_conditions_pk', ['product_id', 'condition_id'])
    .execute();

  // SortertVirkestoffMedStyrke / SortertVirkestoffUtenStyrke, in the product's order.
  await db.schema
    .createTable('drug_product_ingredients')
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('strength_id', 'text')
    .addColumn('ingredient_id', 'text')
    .addPrimaryKeyConstraint('drug_product_ingredients_pk', ['product_id', 'position'])
    .execute();

  // KatVirkestoff: the substance itself (Virkestoff) and the substance in a strength (VirkestoffMedStyrke).
  await db.schema
    .createTable('drug_ingredients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .execute();
  await db.schema
    .createTable('drug_ingredient_strengths')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('ingredient_id', 'text', (c) => c.notNull())
    // Decimal text with a point, as in the file (spec 4.3.5.10); units from code list 9090.
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('per_amount', 'text')
    .addColumn('per_unit', 'text')
    .addColumn('operator', 'text')
    .addColumn('upper_amount', 'text')
    .addColumn('atc_combination', 'text')
    .execute();

  // KatLegemiddelpakning (spec 4.3.5.7): one varenummer; its first Pakningsinfo names the product it holds.
  await db.schema
    .createTable('drug_packages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('varenr', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text')
    .addColumn('name_form_strength', 'text', (c) => c.notNull())
    .addColumn('atc_code', 'text')
    // The package's own group: a CF product has C and F packages (spec 4.3.5.1, Reseptgruppe).
    .addColumn('reseptgruppe', 'text', (c) => c.notNull())
    .addColumn('pack_size', 'text')
    .addColumn('pack_unit', 'text')
    .addColumn('pack_type', 'text')
    .addColumn('component_count', 'integer', (c) => c.notNull())
    .addColumn('ean', 'text')
    .addColumn('deregistered_on', 'text')
    .addColumn('unavailable_from', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('drug_packages_product').on('drug_packages').column('product_id').execute();
  await db.schema.createIndex('drug_packages_varenr').on('drug_packages').column('varenr').execute();

  // KatLegemiddelVirkestoff: the groups a doctor prescribes by substance (spec 4.3.5.11).
  await db.schema
    .createTable('drug_substances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('name_form_strength', 'text', (c) => c.notNull())
    .addColumn('atc_code', 'text')
    .addColumn('atc_text', 'text')
    .addColumn('reseptgruppe', 'text', (c) => c.notNull())
    .addColumn('form_code', 'text')
    .addColumn('form_text', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull())
    .addColumn('display_order', 'integer')
    .execute();
  await db.schema
    .createIndex('drug_substances_atc')
    .on('drug_substances')
    .columns(['atc_code', 'display_order'])
    .execute();
  await db.schema
    .createTable('drug_substance_products')
    .addColumn('substance_id', 'text', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drug_substance_products_pk', ['substance_id', 'product_id'])
    .execute();
  await db.schema
    .createIndex('drug_substance_products_product')
    .on('drug_substance_products')
    .column('product_id')
    .execute();
  await db.schema
    .createTable('drug_substance_packages')
    .addColumn('substance_id', 'text', (c) => c.notNull())
    .addColumn('package_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drug_substance_packages_pk', ['substance_id', 'package_id'])
    .execute();

  // Refusjon (spec 4.3.1) on a product, a package or a substance group: which refusjonsgruppe, from when, to when.
  await db.schema
    .createTable('drug_refund_links')
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('refund_group_id', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('prescribe_until', 'text')
    .addColumn('dispense_until', 'text')
    .addPrimaryKeyConstraint('drug_refund_links_pk', ['owner_kind', 'owner_id', 'position'])
    .execute();
  await db.schema.createIndex('drug_refund_links_group').on('drug_refund_links').column('refund_group_id').execute();

  // KatRefusjon (spec 4.2.8): a refusjonsgruppe under its hjemmel (code list 7427: 200 = §5-14 §2, 300 §3, ...).
  await db.schema
    .createTable('drug_refund_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('hjemmel_code', 'text', (c) => c.notNull())
    .addColumn('hjemmel_text', 'text')
    .addColumn('requires_product_link', 'integer', (c) => c.notNull())
    .addColumn('requires_decision', 'integer', (c) => c.notNull())
    .addColumn('group_number', 'text', (c) => c.notNull())
    .addColumn('group_text', 'text')
    .addColumn('atc_code', 'text')
    .addColumn('atc_text', 'text')
    .addColumn('requires_refund_code', 'integer', (c) => c.notNull())
    .addColumn('eligible_use', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('drug_refund_groups_atc').on('drug_refund_groups').column('atc_code').execute();
  await db.schema
    .createTable('drug_refund_group_conditions')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('condition_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('drug_refund_group_conditions_pk', ['group_id', 'condition_id'])
    .execute();

  // Refusjonskode (spec 4.2.8.5): ICPC-2 or ICD-10, or FEST's own codes (7434/7435), each with its dates.
  await db.schema
    .createTable('drug_refund_codes')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('code_system', 'text', (c) => c.notNull())
    .addColumn('code_oid', 'text', (c) => c.notNull())
    .addColumn('code_text', 'text')
    .addColumn('underterm', 'text')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('prescribe_until', 'text')
    .addColumn('dispense_until', 'text')
    .addPrimaryKeyConstraint('drug_refund_codes_pk', ['group_id', 'position'])
    .execute();
  await db.schema
    .createIndex('drug_refund_codes_code')
    .on('drug_refund_codes')
    .columns(['code_system', 'code'])
    .execute();
  // Refusjonsvilkår (spec 4.2.8.6): the vilkår that apply to one refusjonskode, with their own dates.
  await db.schema
    .createTable('drug_refund_code_conditions')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('code_position', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('condition_id', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addPrimaryKeyConstraint('drug_refund_code_conditions_pk', ['group_id', 'code_position', 'position'])
    .execute();

  // KatVilkar (spec 4.2.10): the text of a vilkår; group 7437 (1 legemiddel, 3 refusjon, ...), 7438 who it binds.
  await db.schema
    .createTable('drug_conditions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('group_code', 'text', (c) => c.notNull())
    .addColumn('group_text', 'text')
    .addColumn('applies_to', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull())
    .execute();

  // KatInteraksjon (spec 4.2.14): relevans from code list 7483 (1 bør unngås, 2 forholdsregler, 3 ingen tiltak).
  await db.schema
    .createTable('drug_interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('relevance', 'text', (c) => c.notNull())
    .addColumn('relevance_text', 'text')
    .addColumn('situation', 'text')
    .addColumn('consequence', 'text', (c) => c.notNull())
    .addColumn('mechanism', 'text')
    .addColumn('source_basis', 'text', (c) => c.notNull())
    .addColumn('source_basis_text', 'text')
    .addColumn('handling', 'text')
    // Visningsregel (7442) names Allmennlege, or names no one (shown to all).
    .addColumn('shown_to_gp', 'integer', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull())
    .execute();
  // Each Substansgruppe (two or more per interaction) as its substances, with their ATC codes where FEST has one.
  await db.schema
    .createTable('drug_interaction_substances')
    .addColumn('interaction_id', 'text', (c) => c.notNull())
    .addColumn('group_no', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('group_name', 'text')
    .addColumn('substance', 'text', (c) => c.notNull())
    .addColumn('atc_code', 'text')
    .addPrimaryKeyConstraint('drug_interaction_substances_pk', ['interaction_id', 'group_no', 'position'])
    .execute();
  await db.schema
    .createIndex('drug_interaction_substances_atc')
    .on('drug_interaction_substances')
    .column('atc_code')
    .execute();
  await db.schema
    .createTable('drug_interaction_references')
    .addColumn('interaction_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addPrimaryKeyConstraint('drug_interaction_references_pk', ['interaction_id', 'position'])
    .execute();
  // InteraksjonIkkeVurdert (spec 4.2.14.4): "not assessed" is not "no interaction", so it is kept and shown.
  await db.schema
    .createTable('drug_interactions_not_assessed')
    .addColumn('atc_code', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull())
    .execute();

  // Name search: SQLite FTS5 behind the drug-search repository (a PostgreSQL twin will use its own index).
  // `name` holds the folded product name or substance NavnFormStyrke, `other` the folded substance and ATC names,
  // so a prefix finds a brand by its name and every brand by its substance. The importer fills it with rowids in
  // display order (products from 1, substance groups from 10^9), so a search reads hits in rowid order and stops
  // at its limit instead of sorting every match.
  await sql`CREATE VIRTUAL TABLE drug_name_search USING fts5(
    name, other, kind UNINDEXED, ref_id UNINDEXED,
    tokenize = "unicode61 remove_diacritics 0", prefix = '1 2 3')`.execute(db);
}
