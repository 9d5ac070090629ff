import data from './atc.json' with { type: 'json' };
import { foldForSearch } from '../rules/search-fold';

const table = data as unknown as Record<string, string>;

export interface AtcEntry {
  code: string;
  name: string;
}

export function atcName(code: string): string | undefined {
  return table[code.trim().toUpperCase()];
}

/** ATC codes whose code starts with, or whose name contains, what was typed; level-5 substances first. */
export function searchAtc(query: string, limit = 20): AtcEntry[] {
  const q = foldForSearch(query.trim());
  if (q.length < 2) return [];
  const hits: AtcEntry[] = [];
  for (const [code, name] of Object.entries(table)) {
    if (code.toLowerCase().startsWith(q) || foldForSearch(name).includes(q)) hits.push({ code, name });
  }
  // A name that starts with what was typed comes first ("ibuprof": Ibuprofen before Deksibuprofen), then substances.
  const starts = (e: AtcEntry) => (foldForSearch(e.name).startsWith(q) || e.code.toLowerCase().startsWith(q) ? 0 : 1);
  return hits
    .sort((a, b) => starts(a) - starts(b) || b.code.length - a.code.length || a.name.localeCompare(b.name, 'nb'))
    .slice(0, limit);
}
