/**
 * What the mappers make of a FEST entry: one or more units, each an entity with FEST's stable id (spec 4.2.2: the
 * ids inside an entry stay, the oppførings-id changes with every version) and the rows it becomes.
 */
import type { DrugCatalogueRows, DrugEntityKind } from '../../../../db/repositories/drug-catalogue.repository';
import { childrenNamed, requiredCode, requiredText, textOf, type FestElement } from './fest-element';

export interface FestUnit {
  kind: DrugEntityKind;
  id: string;
  registeredAt: string;
  rows: Partial<DrugCatalogueRows>;
}

export type FestEntryResult = { status: 'units'; units: FestUnit[] } | { status: 'skipped' };

/**
 * Ids in the demo catalogue start with this (an XML ID must start with a letter or underscore). A real FEST id is
 * "ID_" and a GUID, so the two never meet; the flag travels with every row and the UI shows it.
 */
export const DEMO_ID_PREFIX = 'DEMO_';

export interface EntryHeader {
  entryId: string;
  registeredAt: string;
  /** Registreringsstatus A (code list 7446); U, utgått, is not imported. */
  active: boolean;
  isDemo: 0 | 1;
}

export function entryHeader(entry: FestElement): EntryHeader {
  const entryId = requiredText(entry, 'Id');
  return {
    entryId,
    registeredAt: requiredText(entry, 'Tidspunkt'),
    active: requiredCode(entry, 'Status').v === 'A',
    isDemo: entryId.startsWith(DEMO_ID_PREFIX) ? 1 : 0,
  };
}

/** Refusjon (spec 4.3.1) on a product, package, substance group or virkestoff: one row per referenced group. */
export function refundLinks(
  ownerKind: 'product' | 'package' | 'substance' | 'ingredient',
  ownerId: string,
  el: FestElement,
): DrugCatalogueRows['drug_refund_links'] {
  let position = 0;
  return childrenNamed(el, 'Refusjon').flatMap((refusjon) => {
    const validFrom = requiredText(refusjon, 'GyldigFraDato');
    return childrenNamed(refusjon, 'RefRefusjonsgruppe').map((ref) => ({
      owner_kind: ownerKind,
      owner_id: ownerId,
      position: ++position,
      refund_group_id: ref.text.trim(),
      valid_from: validFrom,
      prescribe_until: textOf(refusjon, 'ForskrivesTilDato'),
      dispense_until: textOf(refusjon, 'UtleveresTilDato'),
    }));
  });
}

/** Distinct values, first order kept: a repeated IDREF must not break a composite primary key. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
