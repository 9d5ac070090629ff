/**
 * Builds M9.5 Forespørsel om tilgjengelige resepter på pasient, 2018-07-01 (HIS 3003:2018 §6.2,
 * ER-M95-2018-07-01). Since 2019 no consent element: a doctor may look without consent (DOMAIN.md), so the
 * 2018 schema dropped Samtykke.
 */
import { JA_NEI } from './code-lists';
import { MessageInputError } from './message-errors';
import { buildMsgHead } from './msghead.builder';
import { NS } from './namespaces';
import type { PrescriptionListRequestInput } from './reseptliste.types';
import { addCoded, addElement, addOptional, createDocument, rootElement, serializeDocument } from './xml-dom';

const M95 = NS.m95;

export function buildM95Message(input: PrescriptionListRequestInput): string {
  const { request } = input;
  if (request.fnr === undefined && request.referansenumre.length === 0) {
    throw new MessageInputError('M9.5 searches by fødselsnummer/D-nummer, referansenummer, or both.');
  }
  if (!Number.isInteger(request.compressionThreshold) || request.compressionThreshold < 0) {
    throw new MessageInputError('M9.5 Komprimering must be a whole number of 0 or more.');
  }
  const doc = createDocument(M95, 'M95');
  const root = rootElement(doc);
  addOptional(root, M95, 'Fnr', request.fnr);
  const all = request.allPrescriptions ? '1' : '2';
  addCoded(root, M95, 'AlleResepter', { code: all, displayName: JA_NEI[all] });
  for (const refNr of request.referansenumre) addElement(root, M95, 'RefNr', refNr);
  addElement(root, M95, 'Komprimering', String(request.compressionThreshold));
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM95' }, [doc]));
}
