/**
 * Diagnosis code lists: ICPC-2 (what a GP codes) and ICD-10 (what hospitals use; optional for the GP). Search on
 * code or text, for type-ahead: "R74" or "forkjøl". The ICD-10 table is large; the renderer loads it on demand.
 */
import icpc2Data from './icpc2.json' with { type: 'json' };
import { foldForSearch } from '../rules/search-fold';

export type CodeSystem = 'ICPC-2' | 'ICD-10';

export interface CodeEntry {
  system: CodeSystem;
  code: string;
  title: string;
}

const icpc2 = icpc2Data as unknown as Record<string, string>;
const icpc2Folded = Object.entries(icpc2).map(([code, title]) => ({ code, title, folded: foldForSearch(title) }));

export function icpc2Title(code: string): string | undefined {
  return icpc2[code.trim().toUpperCase()];
}

/** ICPC-2 codes 70–99 are diagnoses, 01–29 symptoms and complaints (the process codes are not in the list). */
export function isIcpc2Diagnosis(code: string): boolean {
  const n = Number(code.slice(1));
  return n >= 70 && n <= 99;
}

export function searchCodes(
  table: readonly { code: string; title: string; folded: string }[],
  system: CodeSystem,
  query: string,
  limit: number,
): CodeEntry[] {
  const q = foldForSearch(query.trim());
  if (q === '') return [];
  const upper = query.trim().toUpperCase().replace('.', '');
  const byCode = table.filter((e) => e.code.startsWith(upper));
  const words = q.split(/\s+/);
  const byText = table.filter((e) => !e.code.startsWith(upper) && words.every((w) => e.folded.includes(w)));
  // A title that starts with the word beats one that merely contains it.
  byText.sort((a, b) => Number(!a.folded.startsWith(words[0] ?? '')) - Number(!b.folded.startsWith(words[0] ?? '')));
  return [...byCode, ...byText].slice(0, limit).map((e) => ({ system, code: e.code, title: e.title }));
}

export function searchIcpc2(query: string, limit = 20): CodeEntry[] {
  return searchCodes(icpc2Folded, 'ICPC-2', query, limit);
}
