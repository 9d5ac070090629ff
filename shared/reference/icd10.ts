/** ICD-10 (Norwegian titles, code year 2026). Imported on demand: the table is about 1 MB. */
import icd10Data from './icd10.json' with { type: 'json' };
import { foldForSearch } from '../rules/search-fold';
import { searchCodes, type CodeEntry } from './codes';

const icd10 = icd10Data as unknown as Record<string, string>;
let folded: { code: string; title: string; folded: string }[] | undefined;

export function icd10Title(code: string): string | undefined {
  return icd10[code.trim().toUpperCase().replace('.', '')];
}

export function searchIcd10(query: string, limit = 20): CodeEntry[] {
  folded ??= Object.entries(icd10).map(([code, title]) => ({ code, title, folded: foldForSearch(title) }));
  return searchCodes(folded, 'ICD-10', query, limit);
}
