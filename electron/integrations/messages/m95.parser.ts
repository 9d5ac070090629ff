/** Reads M9.5, 2018-07-01 (HIS 3003:2018 §6.2): the simulated reseptformidler receives it. */
import { parseMsgHead, requirePayload } from './msghead.parser';
import { NS } from './namespaces';
import type { ParsedPrescriptionListRequest, PrescriptionListRequest } from './reseptliste.types';
import { childElements, childText, parseNumber, requireCoded, requireText, textOf } from './xml-dom';

const M95 = NS.m95;

export function parseM95Message(xml: string): ParsedPrescriptionListRequest {
  const head = parseMsgHead(xml);
  const payload = requirePayload(head, M95, 'M95');
  const request: PrescriptionListRequest = {
    allPrescriptions: requireCoded(payload, M95, 'AlleResepter').code === '1',
    referansenumre: childElements(payload, M95, 'RefNr').map(textOf),
    compressionThreshold: parseNumber(requireText(payload, M95, 'Komprimering')),
  };
  const fnr = childText(payload, M95, 'Fnr');
  if (fnr !== undefined) request.fnr = fnr;
  return { head, request };
}
