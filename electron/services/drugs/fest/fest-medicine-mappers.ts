/**
 * KatLegemiddelMerkevare, KatLegemiddelpakning, KatLegemiddelVirkestoff and KatVirkestoff entries as rows.
 * Element names and order follow Forskrivning-2014-12-01.xsd (typeLegemiddel and its extensions, spec 4.3.5).
 */
import {
  boolOf,
  child,
  childrenNamed,
  codeOf,
  requiredCode,
  requiredText,
  textOf,
  textsOf,
  type FestElement,
} from './fest-element';
import { distinct, entryHeader, refundLinks, type FestEntryResult } from './fest-unit';

/** The typeLegemiddel part every product, package and substance group shares (spec 4.3.5.4). */
function legemiddel(el: FestElement) {
  const atc = codeOf(el, 'Atc');
  const form = codeOf(el, 'LegemiddelformKort');
  return {
    atc_code: atc?.v ?? null,
    atc_text: atc?.dn ?? null,
    name_form_strength: requiredText(el, 'NavnFormStyrke'),
    reseptgruppe: requiredCode(el, 'Reseptgruppe').v,
    form_code: form?.v ?? null,
    form_text: form?.dn ?? null,
  };
}

/** Sortering first, document order among equals. */
function bySortering(elements: readonly FestElement[]): FestElement[] {
  const order = (el: FestElement) => Number(textOf(el, 'Sortering') ?? Number.MAX_SAFE_INTEGER);
  return elements
    .map((el, i) => ({ el, i }))
    .sort((a, b) => order(a.el) - order(b.el) || a.i - b.i)
    .map((x) => x.el);
}

/** OppfLegemiddelMerkevare > LegemiddelMerkevare (spec 4.2.7, 4.3.5.1). */
export function mapProductEntry(entry: FestElement): FestEntryResult {
  const head = entryHeader(entry);
  const lm = child(entry, 'LegemiddelMerkevare');
  if (!head.active || !lm) return { status: 'skipped' };
  const id = requiredText(lm, 'Id');
  const common = legemiddel(lm);
  const preparattype = codeOf(lm, 'Preparattype');
  const withStrength = bySortering(childrenNamed(lm, 'SortertVirkestoffMedStyrke'));
  const withoutStrength = bySortering(childrenNamed(lm, 'SortertVirkestoffUtenStyrke'));
  // A product lists its substances with strength, or (ERSA 5685) without where no strength applies.
  const ingredients =
    withStrength.length > 0
      ? withStrength.map((s, i) => ({
          product_id: id,
          position: i + 1,
          strength_id: requiredText(s, 'RefVirkestoffMedStyrke'),
          ingredient_id: null,
        }))
      : withoutStrength.map((s, i) => ({
          product_id: id,
          position: i + 1,
          strength_id: null,
          ingredient_id: requiredText(s, 'RefVirkestoff'),
        }));
  const info = child(lm, 'ProduktInfo');
  return {
    status: 'units',
    units: [
      {
        kind: 'product',
        id,
        registeredAt: head.registeredAt,
        rows: {
          drug_products: [
            {
              id,
              entry_id: head.entryId,
              registered_at: head.registeredAt,
              name: requiredText(lm, 'Varenavn'),
              name_form_strength: common.name_form_strength,
              form_code: common.form_code,
              form_text: common.form_text,
              form_long: textOf(lm, 'LegemiddelformLang'),
              strength: null,
              atc_code: common.atc_code,
              atc_text: common.atc_text,
              reseptgruppe: common.reseptgruppe,
              preparattype_code: preparattype?.v ?? null,
              preparattype_text: preparattype?.dn ?? null,
              black_triangle: codeOf(lm, 'SvartTrekant') ? 1 : 0,
              opioid_application: boolOf(lm, 'Opioidsoknad') ? 1 : 0,
              manufacturer: info ? textOf(info, 'Produsent') : null,
              is_demo: head.isDemo,
              display_order: null,
            },
          ],
          drug_product_validities: childrenNamed(lm, 'Reseptgyldighet').map((r, i) => ({
            product_id: id,
            position: i + 1,
            sex_code: codeOf(r, 'Kjonn')?.v ?? null,
            duration: requiredText(r, 'Varighet'),
          })),
          drug_product_conditions: distinct(textsOf(lm, 'RefVilkar')).map((conditionId) => ({
            product_id: id,
            condition_id: conditionId,
          })),
          drug_product_ingredients: ingredients,
          drug_refund_links: refundLinks('product', id, lm),
        },
      },
    ],
  };
}

/** OppfLegemiddelpakning > Legemiddelpakning (spec 4.2.3, 4.3.5.7, Pakningsinfo 4.3.5.8). */
export function mapPackageEntry(entry: FestElement): FestEntryResult {
  const head = entryHeader(entry);
  const lp = child(entry, 'Legemiddelpakning');
  if (!head.active || !lp) return { status: 'skipped' };
  // Optional in the XSD, "obligatorisk i M30" in the spec: prescriptions and refusjon point at it.
  const id = requiredText(lp, 'Id');
  const common = legemiddel(lp);
  const infos = bySortering(childrenNamed(lp, 'Pakningsinfo'));
  const first = infos[0];
  const marketing = child(lp, 'Markedsforingsinfo');
  const packType = first ? codeOf(first, 'Pakningstype') : null;
  return {
    status: 'units',
    units: [
      {
        kind: 'package',
        id,
        registeredAt: head.registeredAt,
        rows: {
          drug_packages: [
            {
              id,
              entry_id: head.entryId,
              registered_at: head.registeredAt,
              varenr: requiredText(lp, 'Varenr'),
              product_id: first ? requiredText(first, 'RefLegemiddelMerkevare') : null,
              name_form_strength: common.name_form_strength,
              atc_code: common.atc_code,
              reseptgruppe: common.reseptgruppe,
              pack_size: first ? textOf(first, 'Pakningsstr') : null,
              pack_unit: first ? (codeOf(first, 'EnhetPakning')?.v ?? null) : null,
              pack_type: packType ? (packType.dn ?? packType.v) : null,
              component_count: infos.length,
              ean: textsOf(lp, 'Ean')[0] ?? null,
              deregistered_on: marketing ? textOf(marketing, 'AvregDato') : null,
              unavailable_from: marketing ? textOf(marketing, 'MidlUtgattDato') : null,
              is_demo: head.isDemo,
            },
          ],
          drug_refund_links: refundLinks('package', id, lp),
        },
      },
    ],
  };
}

/** OppfLegemiddelVirkestoff > LegemiddelVirkestoff: what substance prescribing chooses from (spec 4.3.5.11). */
export function mapSubstanceEntry(entry: FestElement): FestEntryResult {
  const head = entryHeader(entry);
  const lv = child(entry, 'LegemiddelVirkestoff');
  if (!head.active || !lv) return { status: 'skipped' };
  const id = requiredText(lv, 'Id');
  const common = legemiddel(lv);
  return {
    status: 'units',
    units: [
      {
        kind: 'substance',
        id,
        registeredAt: head.registeredAt,
        rows: {
          drug_substances: [
            {
              id,
              entry_id: head.entryId,
              registered_at: head.registeredAt,
              name_form_strength: common.name_form_strength,
              atc_code: common.atc_code,
              atc_text: common.atc_text,
              reseptgruppe: common.reseptgruppe,
              form_code: common.form_code,
              form_text: common.form_text,
              is_demo: head.isDemo,
              display_order: null,
            },
          ],
          drug_substance_products: distinct(textsOf(lv, 'RefLegemiddelMerkevare')).map((productId) => ({
            substance_id: id,
            product_id: productId,
          })),
          drug_substance_packages: distinct(textsOf(lv, 'RefPakning')).map((packageId) => ({
            substance_id: id,
            package_id: packageId,
          })),
          drug_refund_links: refundLinks('substance', id, lv),
        },
      },
    ],
  };
}

/** OppfVirkestoff > Virkestoff or VirkestoffMedStyrke (spec 4.2.4.4, 4.3.5.9, 4.3.5.10). */
export function mapIngredientEntry(entry: FestElement): FestEntryResult {
  const head = entryHeader(entry);
  if (!head.active) return { status: 'skipped' };
  const substance = child(entry, 'Virkestoff');
  if (substance) {
    const id = requiredText(substance, 'Id');
    return {
      status: 'units',
      units: [
        {
          kind: 'ingredient',
          id,
          registeredAt: head.registeredAt,
          rows: {
            drug_ingredients: [
              {
                id,
                entry_id: head.entryId,
                name: requiredText(substance, 'Navn'),
                name_en: textOf(substance, 'NavnEngelsk'),
              },
            ],
            drug_refund_links: refundLinks('ingredient', id, substance),
          },
        },
      ],
    };
  }
  const strength = child(entry, 'VirkestoffMedStyrke');
  if (!strength) return { status: 'skipped' };
  const id = requiredText(strength, 'Id');
  const amount = requiredCode(strength, 'Styrke');
  const per = codeOf(strength, 'StyrkeNevner');
  return {
    status: 'units',
    units: [
      {
        kind: 'strength',
        id,
        registeredAt: head.registeredAt,
        rows: {
          drug_ingredient_strengths: [
            {
              id,
              entry_id: head.entryId,
              ingredient_id: requiredText(strength, 'RefVirkestoff'),
              amount: amount.v,
              unit: amount.u,
              per_amount: per?.v ?? null,
              per_unit: per?.u ?? null,
              operator: codeOf(strength, 'Styrkeoperator')?.v ?? null,
              upper_amount: textOf(strength, 'StyrkeOvreVerdi'),
              atc_combination: codeOf(strength, 'AtcKombipreparat')?.v ?? null,
            },
          ],
        },
      },
    ],
  };
}
