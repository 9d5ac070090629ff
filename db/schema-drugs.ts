/**
 * The drug catalogue's tables (migration 0005) as Kysely sees them. Kept apart from schema.ts until they are merged
 * into Database; field comments name the FEST element each column comes from (KITH-rapport 18/08 v2.5).
 */
import type { Generated, Selectable } from 'kysely';

export interface DrugCatalogueImportTable {
  id: string;
  /** 'fest' | 'demo' */
  source: string;
  file_name: string;
  file_bytes: number;
  /** FEST/HentetDato, exactly as in the file. */
  fest_retrieved_at: string;
  fest_namespace: string;
  products: number;
  packages: number;
  substances: number;
  ingredients: number;
  refund_groups: number;
  refund_codes: number;
  conditions: number;
  interactions: number;
  skipped_entries: number;
  imported_at: string;
  imported_by: string;
  duration_ms: number;
}

export interface DrugProductTable {
  /** LegemiddelMerkevare/Id */
  id: string;
  /** OppfLegemiddelMerkevare/Id */
  entry_id: string;
  registered_at: string;
  /** Varenavn */
  name: string;
  name_form_strength: string;
  /** LegemiddelformKort V and DN (code list 7448). */
  form_code: string | null;
  form_text: string | null;
  form_long: string | null;
  strength: string | null;
  atc_code: string | null;
  atc_text: string | null;
  reseptgruppe: string;
  preparattype_code: string | null;
  preparattype_text: string | null;
  black_triangle: number;
  opioid_application: number;
  manufacturer: string | null;
  is_demo: number;
  /** Display order (brand, then strength by value); set with the search index after an import. */
  display_order: number | null;
}

export interface DrugProductValidityTable {
  product_id: string;
  position: number;
  /** Kjonn (code list 3101); null for both sexes. */
  sex_code: string | null;
  /** ISO 8601 duration: P1Y, P3Y, P7D. */
  duration: string;
}

export interface DrugProductConditionTable {
  product_id: string;
  condition_id: string;
}

export interface DrugProductIngredientTable {
  product_id: string;
  position: number;
  /** RefVirkestoffMedStyrke, for an ingredient given with its strength. */
  strength_id: string | null;
  /** RefVirkestoff, for one without (and filled from the strength after the import). */
  ingredient_id: string | null;
}

export interface DrugIngredientTable {
  id: string;
  entry_id: string;
  name: string;
  name_en: string | null;
}

export interface DrugIngredientStrengthTable {
  id: string;
  entry_id: string;
  ingredient_id: string;
  amount: string;
  unit: string | null;
  per_amount: string | null;
  per_unit: string | null;
  /** Styrkeoperator (7445): L lik, I intervall, M mindre enn, S større enn. */
  operator: string | null;
  upper_amount: string | null;
  atc_combination: string | null;
}

export interface DrugPackageTable {
  /** Legemiddelpakning/Id */
  id: string;
  entry_id: string;
  registered_at: string;
  varenr: string;
  product_id: string | null;
  name_form_strength: string;
  atc_code: string | null;
  reseptgruppe: string;
  /** Pakningsstr, e.g. "100" or "3x28", with EnhetPakning (7452) and Pakningstype's text (7449). */
  pack_size: string | null;
  pack_unit: string | null;
  pack_type: string | null;
  component_count: number;
  ean: string | null;
  deregistered_on: string | null;
  unavailable_from: string | null;
  is_demo: number;
}

export interface DrugSubstanceTable {
  /** LegemiddelVirkestoff/Id */
  id: string;
  entry_id: string;
  registered_at: string;
  name_form_strength: string;
  atc_code: string | null;
  atc_text: string | null;
  reseptgruppe: string;
  form_code: string | null;
  form_text: string | null;
  is_demo: number;
  display_order: number | null;
}

export interface DrugSubstanceProductTable {
  substance_id: string;
  product_id: string;
}

export interface DrugSubstancePackageTable {
  substance_id: string;
  package_id: string;
}

export interface DrugRefundLinkTable {
  /** 'product' | 'package' | 'substance' | 'ingredient' (Refusjon on a Virkestoff, ERSA 5724) */
  owner_kind: string;
  owner_id: string;
  position: number;
  refund_group_id: string;
  valid_from: string;
  prescribe_until: string | null;
  dispense_until: string | null;
}

export interface DrugRefundGroupTable {
  /** Refusjonsgruppe/Id */
  id: string;
  entry_id: string;
  registered_at: string;
  /** Refusjonshjemmel V (code list 7427) and its DN, e.g. 200 and "§5-14 §2". */
  hjemmel_code: string;
  hjemmel_text: string | null;
  requires_product_link: number;
  requires_decision: number;
  group_number: string;
  group_text: string | null;
  atc_code: string | null;
  atc_text: string | null;
  requires_refund_code: number;
  eligible_use: string | null;
  is_demo: number;
}

export interface DrugRefundGroupConditionTable {
  group_id: string;
  condition_id: string;
}

export interface DrugRefundCodeTable {
  group_id: string;
  position: number;
  code: string;
  /** 'ICPC-2' (OID 7170), 'ICD-10' (7110), 'FEST-7434'/'FEST-7435' (DMP's own refusjonskoder), else 'OID'. */
  code_system: string;
  code_oid: string;
  code_text: string | null;
  underterm: string | null;
  valid_from: string;
  prescribe_until: string | null;
  dispense_until: string | null;
}

export interface DrugRefundCodeConditionTable {
  group_id: string;
  code_position: number;
  position: number;
  condition_id: string;
  from_date: string;
  to_date: string | null;
}

export interface DrugConditionTable {
  /** Vilkar/Id */
  id: string;
  entry_id: string;
  number: string | null;
  group_code: string;
  group_text: string | null;
  applies_to: string;
  text: string;
  valid_from: string | null;
  valid_to: string | null;
  is_demo: number;
}

export interface DrugInteractionTable {
  /** Interaksjon/Id */
  id: string;
  entry_id: string;
  registered_at: string;
  /** Relevans (code list 7483): '1' bør unngås, '2' forholdsregler bør tas, '3' ingen tiltak nødvendig. */
  relevance: string;
  relevance_text: string | null;
  situation: string | null;
  consequence: string;
  mechanism: string | null;
  /** Kildegrunnlag (code list 7485). */
  source_basis: string;
  source_basis_text: string | null;
  handling: string | null;
  shown_to_gp: number;
  is_demo: number;
}

export interface DrugInteractionSubstanceTable {
  interaction_id: string;
  group_no: number;
  position: number;
  group_name: string | null;
  substance: string;
  atc_code: string | null;
}

export interface DrugInteractionReferenceTable {
  interaction_id: string;
  position: number;
  source: string;
  url: string | null;
}

export interface DrugInteractionNotAssessedTable {
  atc_code: string;
  entry_id: string;
  is_demo: number;
}

/** Every catalogue table; merge into Database. */
export interface DrugCatalogueTables {
  drug_catalogue_imports: DrugCatalogueImportTable;
  drug_products: DrugProductTable;
  drug_product_validities: DrugProductValidityTable;
  drug_product_conditions: DrugProductConditionTable;
  drug_product_ingredients: DrugProductIngredientTable;
  drug_ingredients: DrugIngredientTable;
  drug_ingredient_strengths: DrugIngredientStrengthTable;
  drug_packages: DrugPackageTable;
  drug_substances: DrugSubstanceTable;
  drug_substance_products: DrugSubstanceProductTable;
  drug_substance_packages: DrugSubstancePackageTable;
  drug_refund_links: DrugRefundLinkTable;
  drug_refund_groups: DrugRefundGroupTable;
  drug_refund_group_conditions: DrugRefundGroupConditionTable;
  drug_refund_codes: DrugRefundCodeTable;
  drug_refund_code_conditions: DrugRefundCodeConditionTable;
  drug_conditions: DrugConditionTable;
  drug_interactions: DrugInteractionTable;
  drug_interaction_substances: DrugInteractionSubstanceTable;
  drug_interaction_references: DrugInteractionReferenceTable;
  drug_interactions_not_assessed: DrugInteractionNotAssessedTable;
  /** FTS5 table (SQLite only); written and read by the drug-search repository alone. */
  drug_name_search: { rowid: Generated<number>; name: string; other: string; kind: string; ref_id: string };
}

export type DrugCatalogueImportRow = Selectable<DrugCatalogueImportTable>;
export type DrugProductRow = Selectable<DrugProductTable>;
export type DrugPackageRow = Selectable<DrugPackageTable>;
export type DrugSubstanceRow = Selectable<DrugSubstanceTable>;
