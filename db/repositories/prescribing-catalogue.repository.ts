/**
 * What prescribing reads from the drug catalogue (FEST): the package as it is now (copied into the prescription),
 * its blå resept rules in force, its validity, and the interaction catalogue for a set of ATC codes.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A package, or (package_id and varenr null) a substance group for virkestoffordinering. */
export interface PrescribablePackage {
  package_id: string | null;
  varenr: string | null;
  package_name_form_strength: string;
  package_atc: string | null;
  package_reseptgruppe: string;
  pack_size: string | null;
  pack_unit: string | null;
  deregistered_on: string | null;
  product_id: string | null;
  name: string | null;
  name_form_strength: string | null;
  form_code: string | null;
  form_text: string | null;
  strength: string | null;
  atc_code: string | null;
  atc_text: string | null;
  substance_id: string | null;
}

export async function findPrescribablePackage(db: Db, packageId: string): Promise<PrescribablePackage | undefined> {
  return db
    .selectFrom('drug_packages as p')
    .leftJoin('drug_products as pr', 'pr.id', 'p.product_id')
    .leftJoin('drug_substance_packages as sp', 'sp.package_id', 'p.id')
    .select([
      'p.id as package_id',
      'p.varenr',
      'p.name_form_strength as package_name_form_strength',
      'p.atc_code as package_atc',
      'p.reseptgruppe as package_reseptgruppe',
      'p.pack_size',
      'p.pack_unit',
      'p.deregistered_on',
      'pr.id as product_id',
      'pr.name',
      'pr.name_form_strength',
      'pr.form_code',
      'pr.form_text',
      'pr.strength',
      'pr.atc_code',
      'pr.atc_text',
      'sp.substance_id',
    ])
    .where('p.id', '=', packageId)
    .limit(1)
    .executeTakeFirst();
}

/** A substance group (LegemiddelVirkestoff) in the shape prescribing reads a package in; no package, no product. */
export async function findPrescribableSubstance(db: Db, substanceId: string): Promise<PrescribablePackage | undefined> {
  const row = await db.selectFrom('drug_substances').selectAll().where('id', '=', substanceId).executeTakeFirst();
  if (!row) return undefined;
  return {
    package_id: null,
    varenr: null,
    package_name_form_strength: row.name_form_strength,
    package_atc: row.atc_code,
    package_reseptgruppe: row.reseptgruppe,
    pack_size: null,
    pack_unit: null,
    deregistered_on: null,
    product_id: null,
    name: null,
    name_form_strength: row.name_form_strength,
    form_code: row.form_code,
    form_text: row.form_text,
    strength: null,
    atc_code: row.atc_code,
    atc_text: row.atc_text,
    substance_id: row.id,
  };
}

export interface RefundRuleRow {
  group_id: string;
  hjemmel_code: string;
  code: string | null;
  code_system: string | null;
  code_text: string | null;
}

/**
 * Refusjonsgrupper in force on `today` for the package and its product (spec 4.3.1: from GyldigFraDato up to and
 * including ForskrivesTilDato) with their refusjonskoder in force; a group without codes gives one row with null code.
 */
export async function refundRulesInForce(
  db: Db,
  owners: { packageId: string | null; productId: string | null; substanceId: string | null },
  today: string,
): Promise<RefundRuleRow[]> {
  return db
    .selectFrom('drug_refund_links as l')
    .innerJoin('drug_refund_groups as g', 'g.id', 'l.refund_group_id')
    .leftJoin('drug_refund_codes as c', (j) =>
      j
        .onRef('c.group_id', '=', 'g.id')
        .on('c.valid_from', '<=', today)
        .on((w) => w.or([w('c.prescribe_until', 'is', null), w('c.prescribe_until', '>=', today)])),
    )
    .select(['g.id as group_id', 'g.hjemmel_code', 'c.code', 'c.code_system', 'c.code_text'])
    .where((w) =>
      w.or([
        w.and([w('l.owner_kind', '=', 'package'), w('l.owner_id', '=', owners.packageId ?? '')]),
        w.and([w('l.owner_kind', '=', 'product'), w('l.owner_id', '=', owners.productId ?? '')]),
        w.and([w('l.owner_kind', '=', 'substance'), w('l.owner_id', '=', owners.substanceId ?? '')]),
      ]),
    )
    .where('l.valid_from', '<=', today)
    .where((w) => w.or([w('l.prescribe_until', 'is', null), w('l.prescribe_until', '>=', today)]))
    .orderBy('g.id')
    .orderBy('c.position')
    .execute();
}

export async function productValidities(
  db: Db,
  productId: string,
): Promise<{ sex_code: string | null; duration: string }[]> {
  return db
    .selectFrom('drug_product_validities')
    .select(['sex_code', 'duration'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .execute();
}

export interface InteractionSubstanceRow {
  interaction_id: string;
  group_no: number;
  atc_code: string | null;
  substance: string;
  relevance: string;
  relevance_text: string | null;
  consequence: string;
  handling: string | null;
}

/** Interaction catalogue entries naming any of these ATC codes (exact codes: callers pass every level they mean). */
export async function interactionSubstancesFor(
  db: Db,
  atcCodes: readonly string[],
): Promise<InteractionSubstanceRow[]> {
  if (atcCodes.length === 0) return [];
  return db
    .selectFrom('drug_interaction_substances as s')
    .innerJoin('drug_interactions as i', 'i.id', 's.interaction_id')
    .select([
      's.interaction_id',
      's.group_no',
      's.atc_code',
      's.substance',
      'i.relevance',
      'i.relevance_text',
      'i.consequence',
      'i.handling',
    ])
    .where('s.atc_code', 'in', atcCodes)
    .execute();
}

/** The ATC codes FEST lists as not assessed for interactions (KatInteraksjon's IkkeVurdertLegemiddel). */
export async function notAssessedAtcCodes(db: Db, atcCodes: readonly string[]): Promise<Set<string>> {
  if (atcCodes.length === 0) return new Set();
  const rows = await db
    .selectFrom('drug_interactions_not_assessed')
    .select('atc_code')
    .where('atc_code', 'in', atcCodes)
    .execute();
  return new Set(rows.map((r) => r.atc_code));
}
