/** Reads M4.2 Referansenummer (R1908 §4.2.2): the numbers RF hands out for låste resepter. */
import { parseMsgHead, requirePayload } from './msghead.parser';
import { NS } from './namespaces';
import type { ParsedReferenceNumbers } from './referansenummer.types';
import { childElements, textOf } from './xml-dom';

export function parseM42Message(xml: string): ParsedReferenceNumbers {
  const head = parseMsgHead(xml);
  const payload = requirePayload(head, NS.m42, 'M42');
  return { head, referansenumre: childElements(payload, NS.m42, 'RefNr').map(textOf) };
}
