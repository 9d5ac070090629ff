import type { SnippetView } from '../../../../../shared/api/views';

/**
 * Fraser: a doctor's text snippet is called by a dot and its keyword (".lunge") followed by Tab or Space. The dot
 * keeps an ordinary word from expanding by accident; the keyword must stand alone (start of text or after a space).
 */
const TRIGGER = /(^|\s)\.([a-zæøå0-9]{2,20})$/i;

/** Keys that expand the keyword before the caret. */
export const SNIPPET_KEYS = ['Tab', ' '] as const;

export interface Expansion {
  text: string;
  /** Where the caret goes: right after the inserted text. */
  caret: number;
}

/** The text with the snippet inserted, or null when no known keyword stands right before the caret. */
export function expandSnippet(
  text: string,
  caret: number,
  snippets: readonly SnippetView[],
  key: string,
): Expansion | null {
  const match = TRIGGER.exec(text.slice(0, caret));
  const keyword = match?.[2]?.toLowerCase();
  if (!keyword) return null;
  const snippet = snippets.find((s) => s.keyword === keyword);
  if (!snippet) return null;
  const start = caret - keyword.length - 1;
  // Space was typed as a space: keep it after the text. Tab only asked for the expansion.
  const inserted = key === ' ' ? `${snippet.body} ` : snippet.body;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}
