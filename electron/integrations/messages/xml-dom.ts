/**
 * A thin, typed layer over @xmldom/xmldom for building and reading namespaced messages. Builders create elements
 * in schema order (XSD sequences are ordered, so order is part of validity); readers walk direct children by
 * namespace and local name, never by prefix, because senders choose their own prefixes.
 */
import { DOMImplementation, DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { MessageFormatError } from './message-errors';

/** A coded value: V, and optionally S (OID of the code list), DN (display name), OT (original text). */
export interface CodedValue {
  code: string;
  displayName?: string;
  system?: string;
  originalText?: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

// ---- building ----

export function createDocument(namespace: string, rootName: string): Document {
  return new DOMImplementation().createDocument(namespace, rootName, null);
}

export function rootElement(doc: Document): Element {
  const root = doc.documentElement;
  if (!root) throw new MessageFormatError('The document has no root element.');
  return root;
}

function ownerOf(element: Element): Document {
  const doc = element.ownerDocument;
  if (!doc) throw new MessageFormatError('The element belongs to no document.');
  return doc;
}

/** Appends `<name>` in `namespace`, with text content when given. */
export function addElement(parent: Element, namespace: string, name: string, text?: string): Element {
  const doc = ownerOf(parent);
  const element = doc.createElementNS(namespace, name);
  if (text !== undefined) element.appendChild(doc.createTextNode(text));
  parent.appendChild(element);
  return element;
}

/** Appends a simple-typed element unless the value is undefined (the schema's minOccurs="0"). */
export function addOptional(
  parent: Element,
  namespace: string,
  name: string,
  value: string | number | boolean | undefined,
): Element | undefined {
  if (value === undefined) return undefined;
  return addElement(parent, namespace, name, String(value));
}

/** Appends a kith CS/CV-style element: attributes only, in the order V, S, DN, OT. */
export function addCoded(parent: Element, namespace: string, name: string, value: CodedValue): Element {
  const element = addElement(parent, namespace, name);
  element.setAttribute('V', value.code);
  if (value.system !== undefined) element.setAttribute('S', value.system);
  if (value.displayName !== undefined) element.setAttribute('DN', value.displayName);
  if (value.originalText !== undefined) element.setAttribute('OT', value.originalText);
  return element;
}

/** Appends a kith PQ (physical quantity) element: V (a double) and U (the unit). */
export function addQuantity(
  parent: Element,
  namespace: string,
  name: string,
  quantity: { value: number; unit: string },
): Element {
  const element = addElement(parent, namespace, name);
  element.setAttribute('V', String(quantity.value));
  element.setAttribute('U', quantity.unit);
  return element;
}

/** Moves a whole document's root under `parent` (a payload into MsgHead's RefDoc/Content). */
export function adoptRoot(parent: Element, payload: Document): Element {
  const imported = ownerOf(parent).importNode(rootElement(payload), true);
  parent.appendChild(imported);
  return imported;
}

/**
 * Serialises with an explicit UTF-8 declaration: every e-resept spec says "All XML skal kodes med tegnsettet
 * UTF-8" (e.g. R1908 §5.2), and the string is written to the wire as UTF-8.
 */
export function serializeDocument(doc: Document): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

// ---- reading ----

/** Parses XML text; malformed input throws a MessageFormatError naming the first problem. */
export function parseXml(xml: string): Document {
  const errors: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(xml, 'text/xml');
  } catch (error) {
    throw new MessageFormatError(`Not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (errors.length > 0) throw new MessageFormatError(`Not well-formed XML: ${errors.join('; ')}`);
  return doc;
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Direct child elements, optionally only those with the given namespace and local name. */
export function childElements(parent: Element, namespace?: string, name?: string): Element[] {
  const result: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (!isElement(node)) continue;
    if (namespace !== undefined && node.namespaceURI !== namespace) continue;
    if (name !== undefined && node.localName !== name) continue;
    result.push(node);
  }
  return result;
}

export function childElement(parent: Element, namespace: string, name: string): Element | undefined {
  return childElements(parent, namespace, name)[0];
}

function describe(element: Element): string {
  return `{${element.namespaceURI ?? ''}}${element.localName ?? element.nodeName}`;
}

export function requireChild(parent: Element, namespace: string, name: string): Element {
  const found = childElement(parent, namespace, name);
  if (!found) throw new MessageFormatError(`${describe(parent)} has no ${name}.`);
  return found;
}

/** Text content of an element: its text and CDATA children, trimmed (xs:string whitespace is not significant here). */
export function textOf(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) text += node.nodeValue ?? '';
  }
  return text.trim();
}

export function childText(parent: Element, namespace: string, name: string): string | undefined {
  const found = childElement(parent, namespace, name);
  return found ? textOf(found) : undefined;
}

export function requireText(parent: Element, namespace: string, name: string): string {
  return textOf(requireChild(parent, namespace, name));
}

/** xs:boolean allows true/false/1/0. */
export function parseBoolean(value: string): boolean {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new MessageFormatError(`Not an xs:boolean: "${value}".`);
}

export function childBoolean(parent: Element, namespace: string, name: string): boolean | undefined {
  const text = childText(parent, namespace, name);
  return text === undefined ? undefined : parseBoolean(text);
}

export function parseNumber(value: string): number {
  const parsed = Number(value);
  if (value === '' || !Number.isFinite(parsed)) throw new MessageFormatError(`Not a number: "${value}".`);
  return parsed;
}

export function childNumber(parent: Element, namespace: string, name: string): number | undefined {
  const text = childText(parent, namespace, name);
  return text === undefined ? undefined : parseNumber(text);
}

function optionalAttribute(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

/** Reads a kith CS/CV element; only the attributes present appear in the result. */
export function readCoded(element: Element): CodedValue {
  const code = optionalAttribute(element, 'V');
  if (code === undefined) throw new MessageFormatError(`${describe(element)} has no V attribute.`);
  const result: CodedValue = { code };
  const system = optionalAttribute(element, 'S');
  const displayName = optionalAttribute(element, 'DN');
  const originalText = optionalAttribute(element, 'OT');
  if (system !== undefined) result.system = system;
  if (displayName !== undefined) result.displayName = displayName;
  if (originalText !== undefined) result.originalText = originalText;
  return result;
}

export function childCoded(parent: Element, namespace: string, name: string): CodedValue | undefined {
  const found = childElement(parent, namespace, name);
  return found ? readCoded(found) : undefined;
}

export function requireCoded(parent: Element, namespace: string, name: string): CodedValue {
  return readCoded(requireChild(parent, namespace, name));
}

/** Reads a kith PQ element (V, U). */
export function childQuantity(
  parent: Element,
  namespace: string,
  name: string,
): { value: number; unit: string } | undefined {
  const found = childElement(parent, namespace, name);
  if (!found) return undefined;
  return { value: parseNumber(found.getAttribute('V') ?? ''), unit: found.getAttribute('U') ?? '' };
}
