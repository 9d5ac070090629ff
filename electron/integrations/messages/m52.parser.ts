/** Reads M5.2 Kvittering på tilbakekalling (R1208 §4.2.2): the reseptformidler's answer to our M5. */
import { parseMsgHead, requirePayload } from './msghead.parser';
import { NS } from './namespaces';
import type { ParsedRevocationReceiptMessage } from './tilbakekalling.types';
import { requireCoded, requireText } from './xml-dom';

const M52 = NS.m52;

export function parseM52Message(xml: string): ParsedRevocationReceiptMessage {
  const head = parseMsgHead(xml);
  const payload = requirePayload(head, M52, 'KvitteringTilbakekalling');
  return { head, reseptId: requireText(payload, M52, 'ReseptId'), status: requireCoded(payload, M52, 'Status') };
}
