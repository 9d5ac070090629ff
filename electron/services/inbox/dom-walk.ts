/**
 * Namespace-agnostic reading by local name, for documents from many standards and versions (MsgHead, the KITH
 * "Message" family, Dialogmelding, AppRec). The inbox must read what it receives even when a sender's document is
 * not schema-valid, so nothing here throws on a missing element.
 */
import type { Element, Node } from '@xmldom/xmldom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function kids(parent: Element | undefined, name?: string): Element[] {
  const result: Element[] = [];
  if (!parent) return result;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node) && (name === undefined || node.localName === name)) result.push(node);
  }
  return result;
}

export function kid(parent: Element | undefined, ...path: string[]): Element | undefined {
  let current = parent;
  for (const name of path) {
    current = kids(current, name)[0];
    if (!current) return undefined;
  }
  return current;
}

/** Trimmed text of the element at `path` (text and CDATA children only), or undefined when absent or empty. */
export function text(parent: Element | undefined, ...path: string[]): string | undefined {
  const element = kid(parent, ...path);
  if (!element) return undefined;
  let value = '';
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) value += node.nodeValue ?? '';
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function attr(element: Element | undefined, name: string): string | undefined {
  if (!element?.hasAttribute(name)) return undefined;
  const value = element.getAttribute(name)?.trim();
  return value === '' || value === undefined || value === null ? undefined : value;
}

/** A coded value's words: DN, else OT, else V. */
export function codedText(element: Element | undefined): string | undefined {
  return attr(element, 'DN') ?? attr(element, 'OT') ?? attr(element, 'V');
}

/** A kith TS/date element's value: its V attribute, else its text. */
export function timeValue(element: Element | undefined): string | undefined {
  return attr(element, 'V') ?? text(element);
}

const BLOCKS = new Set(['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'table', 'tbody', 'ul', 'ol']);

/**
 * Plain text of a whole subtree, with XHTML blocks (p, br, tr …) as line breaks and table cells separated by tabs,
 * so a formatted epikrise reads as text and never as markup.
 */
export function flatten(element: Element | undefined): string {
  if (!element) return '';
  const out: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        out.push((child.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' '));
      } else if (isElement(child)) {
        const name = child.localName ?? '';
        if (BLOCKS.has(name)) out.push('\n');
        if (name === 'td' || name === 'th') out.push('\t');
        walk(child);
        if (BLOCKS.has(name)) out.push('\n');
      }
    }
  };
  const hasMarkup = kids(element).length > 0;
  if (!hasMarkup) {
    // Plain text content: keep the sender's own line breaks, trim each line.
    let raw = '';
    for (let node = element.firstChild; node !== null; node = node.nextSibling) raw += node.nodeValue ?? '';
    return tidy(raw.split('\n'));
  }
  walk(element);
  return tidy(out.join('').split('\n'));
}

function tidy(lines: string[]): string {
  const cleaned = lines.map((l) =>
    l
      .replace(/\t+/g, '\t')
      .replace(/^[\t ]+|[\t ]+$/g, '')
      .replace(/ {2,}/g, ' '),
  );
  // Collapse runs of blank lines to one, drop leading/trailing blanks.
  const result: string[] = [];
  for (const line of cleaned) {
    if (line === '' && (result.length === 0 || result[result.length - 1] === '')) continue;
    result.push(line.replace(/\t/g, '  '));
  }
  while (result.length > 0 && result[result.length - 1] === '') result.pop();
  return result.join('\n');
}
