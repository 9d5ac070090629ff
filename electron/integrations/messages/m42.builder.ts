/** Builds M4.2 Referansenummer (R1908 §4.2.2, ER-M42-2006-10-06): the simulated reseptformidler's answer. */
import { MessageInputError } from './message-errors';
import { buildMsgHead } from './msghead.builder';
import { NS } from './namespaces';
import type { ReferenceNumbersMessageInput } from './referansenummer.types';
import { addElement, createDocument, rootElement, serializeDocument } from './xml-dom';

const M42 = NS.m42;

export function buildM42Message(input: ReferenceNumbersMessageInput): string {
  if (input.referansenumre.length === 0) throw new MessageInputError('M4.2 carries at least one RefNr.');
  const doc = createDocument(M42, 'M42');
  const root = rootElement(doc);
  for (const refNr of input.referansenumre) addElement(root, M42, 'RefNr', refNr);
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM42' }, [doc]));
}
