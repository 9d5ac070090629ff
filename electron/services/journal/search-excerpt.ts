/** A short excerpt around the first hit, with every hit marked, for the journal search result list. */
import { foldForSearch } from '../../../shared/rules/search-fold';

const RADIUS = 80;

export function excerptWithHighlights(
  text: string,
  words: readonly string[],
): { excerpt: string; highlights: [number, number][] } {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const hits = tokens.filter((t) => {
    const folded = foldForSearch(t[0]);
    return words.some((w, i) => (i === words.length - 1 ? folded.startsWith(w) : folded === w));
  });
  const first = hits[0]?.index ?? 0;
  const start = Math.max(0, first - RADIUS);
  const end = Math.min(text.length, first + RADIUS * 2);
  const excerpt = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const shift = start > 0 ? 1 - start : 0;
  const highlights = hits
    .map((t): [number, number] => [(t.index ?? 0) + shift, (t.index ?? 0) + t[0].length + shift])
    .filter(([s, e]) => s >= 0 && e <= excerpt.length);
  return { excerpt, highlights };
}
