/**
 * Readers for the older KITH "basismelding" structure shared by Henvisning v1.1 and Epikrise v1.2: a root
 * `Message` with its own Type/MsgId/GenDate, and parties as HCP/Inst (Dept, HCPerson) or HCP/HCProf. These
 * messages travel without MsgHead (HIS 80226 and HIS 80517 v1.x carry their own header).
 */
import type { Element } from '@xmldom/xmldom';
import { childElement, childElements, childText, textOf, type CodedValue } from './xml-dom';

/** Party as named in a kith HCP element. */
export interface KithParty {
  organisationName?: string;
  herId?: string;
  department?: { name: string; herId?: string };
  person?: { name: string; id?: string; idType?: string };
  phone?: string;
}

/** V of a kith attribute-valued element (GenDate V="..."), or its text. */
export function attributeOrText(parent: Element, ns: string, name: string): string | undefined {
  const element = childElement(parent, ns, name);
  if (!element) return undefined;
  return element.getAttribute('V') || textOf(element) || undefined;
}

/** The text of an element that may hold XHTML (kith "anyType" text fields): all text nodes, one line per block. */
export function readableText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const name = (child as Element).localName ?? '';
        const block = ['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'table'].includes(name);
        if (block) parts.push('\n');
        walk(child as Element);
        if (name === 'td' || name === 'th') parts.push('\t');
        if (block) parts.push('\n');
      }
    }
  };
  walk(element);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim();
  return text === '' ? undefined : text;
}

function readHcpPerson(element: Element, ns: string): KithParty['person'] {
  const person: NonNullable<KithParty['person']> = { name: childText(element, ns, 'Name') ?? '' };
  const id = childText(element, ns, 'Id');
  const idType = childElement(element, ns, 'TypeId')?.getAttribute('V') ?? undefined;
  if (id !== undefined) person.id = id;
  if (idType) person.idType = idType;
  return person;
}

/** Reads a kith HCP (Inst with Dept and HCPerson, or HCProf). */
export function readHcp(hcp: Element | undefined, ns: string): KithParty {
  const party: KithParty = {};
  if (!hcp) return party;
  const inst = childElement(hcp, ns, 'Inst');
  if (inst) {
    const name = childText(inst, ns, 'Name');
    if (name !== undefined) party.organisationName = name;
    if (childElement(inst, ns, 'TypeId')?.getAttribute('V') === 'HER') {
      const id = childText(inst, ns, 'Id');
      if (id !== undefined) party.herId = id;
    }
    const dept = childElement(inst, ns, 'Dept');
    if (dept) {
      const department: { name: string; herId?: string } = { name: childText(dept, ns, 'Name') ?? '' };
      const id = childText(dept, ns, 'Id');
      if (id !== undefined) department.herId = id;
      party.department = department;
    }
    const person = childElement(inst, ns, 'HCPerson');
    if (person) party.person = readHcpPerson(person, ns);
  }
  const prof = childElement(hcp, ns, 'HCProf');
  if (prof) party.person = readHcpPerson(prof, ns);
  const phone = childElements(hcp, ns, 'Address')
    .flatMap((address) => childElements(address, ns, 'TeleAddress'))
    .map((tele) => tele.getAttribute('V') ?? '')
    .find((url) => url.startsWith('tel:'));
  if (phone !== undefined) party.phone = phone.slice('tel:'.length);
  return party;
}

/** "Etternavn, Fornavn" (kith Patient/Name) into parts. */
export function splitKithName(name: string | undefined): { familyName?: string; givenName?: string } {
  if (!name) return {};
  const comma = name.indexOf(',');
  if (comma < 0) return { familyName: name.trim() };
  return { familyName: name.slice(0, comma).trim(), givenName: name.slice(comma + 1).trim() };
}

/**
 * A kith CS/CV child read leniently: V is optional in kith.xsd (a drug may be named only by OT), so a missing V
 * reads as an empty code instead of failing like xml-dom's childCoded.
 */
export function codedChild(parent: Element, ns: string, name: string): CodedValue | undefined {
  const element = childElement(parent, ns, name);
  if (!element) return undefined;
  const attribute = (key: string): string | undefined =>
    element.hasAttribute(key) ? (element.getAttribute(key) ?? undefined) : undefined;
  const result: CodedValue = { code: attribute('V') ?? '' };
  const system = attribute('S');
  const displayName = attribute('DN');
  const originalText = attribute('OT');
  if (system !== undefined) result.system = system;
  if (displayName !== undefined) result.displayName = displayName;
  if (originalText !== undefined) result.originalText = originalText;
  return result;
}
