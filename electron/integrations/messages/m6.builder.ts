/**
 * Builds M6 Utleveringsrapport til rekvirent (R1308 §4.2.7, ER-M6-2013-10-08): the reseptformidler forwards a
 * pharmacy's dispensing to the prescriber, naming the M10 it came from. Only the simulator writes it.
 */
import { buildMsgHead } from './msghead.builder';
import { NS } from './namespaces';
import { addUtlevering } from './utlevering.builder';
import type { DispensingReportMessageInput } from './utlevering.types';
import { addElement, createDocument, rootElement, serializeDocument } from './xml-dom';

const M6 = NS.m6;

export function buildM6Message(input: DispensingReportMessageInput): string {
  const doc = createDocument(M6, 'UtleveringsrapportRekvirent');
  const root = rootElement(doc);
  addUtlevering(root, input.dispensing);
  addElement(root, M6, 'ReferanseM10', input.referanseM10);
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM6' }, [doc]));
}
