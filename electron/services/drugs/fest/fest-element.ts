/**
 * One FEST catalogue entry (an Oppf* element) as a small tree, and the lookups the mappers use on it. The reader
 * builds one such tree at a time, so memory follows the size of an entry, never the size of the file.
 */
import { FestFormatError } from './fest-format-error';

export interface FestElement {
  /** Local name; FEST mixes the m30 and forskrivning namespaces, and the names do not clash. */
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: FestElement[];
  text: string;
  line: number;
}

/** A coded value (kith CV/CS/PQ): V, and DN/S/U when given. */
export interface FestCode {
  v: string;
  dn: string | null;
  s: string | null;
  u: string | null;
}

export function child(el: FestElement, name: string): FestElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function childrenNamed(el: FestElement, name: string): FestElement[] {
  return el.children.filter((c) => c.name === name);
}

export function textOf(el: FestElement, name: string): string | null {
  const found = child(el, name);
  if (!found) return null;
  const text = found.text.trim();
  return text === '' ? null : text;
}

export function textsOf(el: FestElement, name: string): string[] {
  return childrenNamed(el, name)
    .map((c) => c.text.trim())
    .filter((t) => t !== '');
}

/** For what the spec calls mandatory: a file without it is not a FEST we can trust, so the import stops. */
export function requiredText(el: FestElement, name: string): string {
  const text = textOf(el, name);
  if (text === null) throw new FestFormatError(`${el.name} mangler ${name}`, el.line);
  return text;
}

export function codeOf(el: FestElement, name: string): FestCode | null {
  const found = child(el, name);
  const v = found?.attrs.V?.trim();
  if (!found || !v) return null;
  return { v, dn: found.attrs.DN ?? null, s: found.attrs.S ?? null, u: found.attrs.U ?? null };
}

export function requiredCode(el: FestElement, name: string): FestCode {
  const code = codeOf(el, name);
  if (!code) throw new FestFormatError(`${el.name} mangler ${name} med V`, el.line);
  return code;
}

export function codesOf(el: FestElement, name: string): FestCode[] {
  return childrenNamed(el, name).flatMap((c) => {
    const v = c.attrs.V?.trim();
    return v ? [{ v, dn: c.attrs.DN ?? null, s: c.attrs.S ?? null, u: c.attrs.U ?? null }] : [];
  });
}

/** xsd:boolean: "true"/"1" or "false"/"0"; absent is null. */
export function boolOf(el: FestElement, name: string): boolean | null {
  const text = textOf(el, name);
  if (text === null) return null;
  return text === 'true' || text === '1';
}
