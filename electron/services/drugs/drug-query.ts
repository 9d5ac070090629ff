/**
 * What a doctor types into the drug search: an ATC code at level 2 to 5 ("C09", "C09CA01"), the digits of a
 * varenummer, or words that start drug or substance names ("parac", "cozaar comp", "losartan 50").
 */
import { foldForSearch } from '../../../shared/rules/search-fold';

export type DrugQuery =
  | { kind: 'atc'; code: string }
  | { kind: 'varenr'; digits: string }
  | { kind: 'name'; words: string[] }
  | { kind: 'none' };

/** WHO ATC: a letter, two digits, a letter, a letter, two digits; level 1 (one letter) is too broad to list. */
const ATC = /^[A-Z]\d{2}(?:[A-Z](?:[A-Z](?:\d{2})?)?)?$/i;
/** Varenummer are six digits (spec 4.3.5.7); four are enough to start a search. */
const VARENR = /^\d{4,6}$/;
/** One letter finds most of the catalogue: wait for the second. */
const MIN_NAME_CHARS = 2;

export function parseDrugQuery(text: string): DrugQuery {
  const trimmed = text.trim();
  if (ATC.test(trimmed)) return { kind: 'atc', code: trimmed.toUpperCase() };
  if (VARENR.test(trimmed)) return { kind: 'varenr', digits: trimmed };
  const words = foldForSearch(trimmed)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.join('').length < MIN_NAME_CHARS) return { kind: 'none' };
  return { kind: 'name', words };
}
