/**
 * KatRefusjon, KatVilkar and KatInteraksjon entries as rows (spec 4.2.8, 4.2.10, 4.2.14; ER-M30-2014-12-01.xsd).
 */
import type { DrugCatalogueRows } from '../../../../db/repositories/drug-catalogue.repository';
import {
  boolOf,
  child,
  childrenNamed,
  codeOf,
  codesOf,
  requiredCode,
  requiredText,
  textOf,
  textsOf,
  type FestElement,
} from './fest-element';
import { distinct, entryHeader, type FestEntryResult, type FestUnit } from './fest-unit';

const OID_ROOT = '2.16.578.1.12.4.1.1.';

/**
 * Refusjonskode's code system from its S attribute (spec 4.2.8.5): ICPC-2 (7170) and ICD-10 (7110), or DMP's own
 * lists for blå resept (7434, the "-nn" codes such as -26 sekundærprevensjon; 7435, ICD-style codes).
 */
export function refundCodeSystem(oid: string | null): string {
  switch (oid) {
    case `${OID_ROOT}7170`:
      return 'ICPC-2';
    case `${OID_ROOT}7110`:
      return 'ICD-10';
    case `${OID_ROOT}7434`:
      return 'FEST-7434';
    case `${OID_ROOT}7435`:
      return 'FEST-7435';
    default:
      return 'OID';
  }
}

/** OppfRefusjon > Refusjonshjemmel > Refusjonsgruppe+ > Refusjonskode* > Refusjonsvilkar*; one unit per group. */
export function mapRefundEntry(entry: FestElement): FestEntryResult {
  const head = entryHeader(entry);
  const hjemmelEntry = child(entry, 'Refusjonshjemmel');
  if (!head.active || !hjemmelEntry) return { status: 'skipped' };
  // The wrapper and its coded value share the name Refusjonshjemmel (the XSD nests them).
  const hjemmel = requiredCode(hjemmelEntry, 'Refusjonshjemmel');
  const requiresProductLink = boolOf(hjemmelEntry, 'KreverVarekobling') ? 1 : 0;
  const requiresDecision = boolOf(hjemmelEntry, 'KreverVedtak') ? 1 : 0;
  const units: FestUnit[] = childrenNamed(hjemmelEntry, 'Refusjonsgruppe').map((group) => {
    const id = requiredText(group, 'Id');
    const number = requiredCode(group, 'GruppeNr');
    const atc = codeOf(group, 'Atc');
    const codes: DrugCatalogueRows['drug_refund_codes'] = [];
    const codeConditions: DrugCatalogueRows['drug_refund_code_conditions'] = [];
    childrenNamed(group, 'Refusjonskode').forEach((refusjonskode, i) => {
      const code = requiredCode(refusjonskode, 'Refusjonskode');
      codes.push({
        group_id: id,
        position: i + 1,
        code: code.v,
        code_system: refundCodeSystem(code.s),
        code_oid: code.s ?? '',
        code_text: code.dn,
        underterm: textOf(refusjonskode, 'Underterm'),
        valid_from: requiredText(refusjonskode, 'GyldigFraDato'),
        prescribe_until: textOf(refusjonskode, 'ForskrivesTilDato'),
        dispense_until: textOf(refusjonskode, 'UtleveresTilDato'),
      });
      childrenNamed(refusjonskode, 'Refusjonsvilkar').forEach((vilkar, j) => {
        codeConditions.push({
          group_id: id,
          code_position: i + 1,
          position: j + 1,
          condition_id: requiredText(vilkar, 'RefVilkar'),
          from_date: requiredText(vilkar, 'FraDato'),
          to_date: textOf(vilkar, 'TilDato'),
        });
      });
    });
    return {
      kind: 'refund_group',
      id,
      registeredAt: head.registeredAt,
      rows: {
        drug_refund_groups: [
          {
            id,
            entry_id: head.entryId,
            registered_at: head.registeredAt,
            hjemmel_code: hjemmel.v,
            hjemmel_text: hjemmel.dn,
            requires_product_link: requiresProductLink,
            requires_decision: requiresDecision,
            group_number: number.v,
            group_text: number.dn,
            atc_code: atc?.v ?? null,
            atc_text: atc?.dn ?? null,
            requires_refund_code: boolOf(group, 'KreverRefusjonskode') ? 1 : 0,
            eligible_use: textOf(group, 'RefusjonsberettighetBruk'),
            is_demo: head.isDemo,
          },
        ],
        drug_refund_group_conditions: distinct(textsOf(group, 'RefVilkar')).map((conditionId) => ({
          group_id: id,
          condition_id: conditionId,
        })),
        drug_refund_codes: codes,
        drug_refund_code_conditions: codeConditions,
      },
    };
  });
  return { status: 'units', units };
}

/** OppfVilkar > Vilkar (spec 4.2.10.3). Strukturert vilkår (4.2.10.4) is not kept: the text says it all. */
export function mapConditionEntry(entry: FestElement): FestEntryResult {
  const head = entryHeader(entry);
  const vilkar = child(entry, 'Vilkar');
  if (!head.active || !vilkar) return { status: 'skipped' };
  const id = requiredText(vilkar, 'Id');
  const group = requiredCode(vilkar, 'Gruppe');
  return {
    status: 'units',
    units: [
      {
        kind: 'condition',
        id,
        registeredAt: head.registeredAt,
        rows: {
          drug_conditions: [
            {
              id,
              entry_id: head.entryId,
              number: textOf(vilkar, 'VilkarNr'),
              group_code: group.v,
              group_text: group.dn,
              applies_to: requiredCode(vilkar, 'GjelderFor').v,
              text: requiredText(vilkar, 'Tekst'),
              valid_from: textOf(vilkar, 'GyldigFraDato'),
              valid_to: textOf(vilkar, 'GyldigTilDato'),
              is_demo: head.isDemo,
            },
          ],
        },
      },
    ],
  };
}

/** Visningsregel 1 = Allmennlege (code list 7442); an interaction that names no one is for everyone. */
const GP_VIEW = '1';

/** OppfInteraksjon > Interaksjon or InteraksjonIkkeVurdert (spec 4.2.14). */
export function mapInteractionEntry(entry: FestElement): FestEntryResult {
  const head = entryHeader(entry);
  if (!head.active) return { status: 'skipped' };
  const notAssessed = child(entry, 'InteraksjonIkkeVurdert');
  if (notAssessed) {
    const atc = requiredCode(notAssessed, 'Atc').v;
    return {
      status: 'units',
      units: [
        {
          kind: 'not_assessed',
          id: atc,
          registeredAt: head.registeredAt,
          rows: { drug_interactions_not_assessed: [{ atc_code: atc, entry_id: head.entryId, is_demo: head.isDemo }] },
        },
      ],
    };
  }
  const interaction = child(entry, 'Interaksjon');
  if (!interaction) return { status: 'skipped' };
  const id = requiredText(interaction, 'Id');
  const relevance = requiredCode(interaction, 'Relevans');
  const basis = requiredCode(interaction, 'Kildegrunnlag');
  const shownTo = codesOf(interaction, 'Visningsregel').map((c) => c.v);
  const substances: DrugCatalogueRows['drug_interaction_substances'] = [];
  childrenNamed(interaction, 'Substansgruppe').forEach((group, g) => {
    childrenNamed(group, 'Substans').forEach((substance, s) => {
      substances.push({
        interaction_id: id,
        group_no: g + 1,
        position: s + 1,
        group_name: textOf(group, 'Navn'),
        substance: requiredText(substance, 'Substans'),
        atc_code: codeOf(substance, 'Atc')?.v ?? null,
      });
    });
  });
  return {
    status: 'units',
    units: [
      {
        kind: 'interaction',
        id,
        registeredAt: head.registeredAt,
        rows: {
          drug_interactions: [
            {
              id,
              entry_id: head.entryId,
              registered_at: head.registeredAt,
              relevance: relevance.v,
              relevance_text: relevance.dn,
              situation: textOf(interaction, 'Situasjonskriterium'),
              consequence: requiredText(interaction, 'KliniskKonsekvens'),
              mechanism: textOf(interaction, 'Interaksjonsmekanisme'),
              source_basis: basis.v,
              source_basis_text: basis.dn,
              handling: textOf(interaction, 'Handtering'),
              shown_to_gp: shownTo.length === 0 || shownTo.includes(GP_VIEW) ? 1 : 0,
              is_demo: head.isDemo,
            },
          ],
          drug_interaction_substances: substances,
          drug_interaction_references: childrenNamed(interaction, 'Referanse').map((ref, i) => ({
            interaction_id: id,
            position: i + 1,
            source: requiredText(ref, 'Kilde'),
            url: child(ref, 'Lenke')?.attrs.V ?? null,
          })),
        },
      },
    ],
  };
}
