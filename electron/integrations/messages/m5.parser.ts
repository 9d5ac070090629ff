/** Reads M5 Tilbakekalling (R1208 §4.2.1): the simulated reseptformidler receives it. */
import type { ArsakTilbakekallingCode } from './code-lists';
import { parseMsgHead, requirePayload } from './msghead.parser';
import { NS } from './namespaces';
import type { ParsedRevocationMessage, Revocation } from './tilbakekalling.types';
import { childText, requireCoded, requireText } from './xml-dom';

const M5 = NS.m5;

export function parseM5Message(xml: string): ParsedRevocationMessage {
  const head = parseMsgHead(xml);
  const payload = requirePayload(head, M5, 'Tilbakekalling');
  const revocation: Revocation = {
    reseptId: requireText(payload, M5, 'ReseptId'),
    reason: requireCoded(payload, M5, 'Arsak').code as ArsakTilbakekallingCode,
  };
  const note = childText(payload, M5, 'Merknad');
  const newReseptId = childText(payload, M5, 'NyReseptId');
  if (note !== undefined) revocation.note = note;
  if (newReseptId !== undefined) revocation.newReseptId = newReseptId;
  return { head, revocation };
}
