/**
 * Builds M5.2 Kvittering på tilbakekalling (R1208 §4.2.2, ER-M52-2013-12-01): what the simulated reseptformidler
 * answers an M5 with.
 */
import { OID, STATUS_KVITTERING_TILBAKEKALLING } from './code-lists';
import { buildMsgHead } from './msghead.builder';
import { NS } from './namespaces';
import type { RevocationReceiptMessageInput } from './tilbakekalling.types';
import { addCoded, addElement, createDocument, rootElement, serializeDocument } from './xml-dom';

const M52 = NS.m52;

export function buildM52Message(input: RevocationReceiptMessageInput): string {
  const doc = createDocument(M52, 'KvitteringTilbakekalling');
  const root = rootElement(doc);
  addElement(root, M52, 'ReseptId', input.receipt.reseptId);
  addCoded(root, M52, 'Status', {
    code: input.receipt.status,
    system: OID.statusKvitteringTilbakekalling,
    displayName: STATUS_KVITTERING_TILBAKEKALLING[input.receipt.status],
  });
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM52' }, [doc]));
}
