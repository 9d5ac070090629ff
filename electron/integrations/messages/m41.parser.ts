/** Reads M4.1 Forespørsel om referansenummer (R1908 §4.2.1): the simulated reseptformidler receives it. */
import { parseMsgHead, requirePayload } from './msghead.parser';
import { NS } from './namespaces';
import type { ParsedReferenceNumberRequest } from './referansenummer.types';
import { parseNumber, requireText } from './xml-dom';

export function parseM41Message(xml: string): ParsedReferenceNumberRequest {
  const head = parseMsgHead(xml);
  const payload = requirePayload(head, NS.m41, 'M41');
  return { head, count: parseNumber(requireText(payload, NS.m41, 'Antall')) };
}
