/** Builds M4.1 Forespørsel om referansenummer (R1908 §4.2.1, ER-M41-2006-10-06) in its MsgHead envelope. */
import { MessageInputError } from './message-errors';
import { buildMsgHead } from './msghead.builder';
import { NS } from './namespaces';
import type { ReferenceNumberRequestInput } from './referansenummer.types';
import { addElement, createDocument, rootElement, serializeDocument } from './xml-dom';

const M41 = NS.m41;

/** The complete M4.1 (MsgInfo/Type ERM41; R1908's examples write ERM041, code list 8279 says ERM41). */
export function buildM41Message(input: ReferenceNumberRequestInput): string {
  if (!Number.isInteger(input.count) || input.count < 1) {
    throw new MessageInputError(`M4.1 Antall must be a whole number of at least 1, got ${input.count}.`);
  }
  if (!input.envelope.sender.professional) {
    throw new MessageInputError('M4.1 needs the requesting doctor (HealthcareProfessional/Ident, R1908 §4.1.1).');
  }
  const doc = createDocument(M41, 'M41');
  addElement(rootElement(doc), M41, 'Antall', String(input.count));
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM41' }, [doc]));
}
