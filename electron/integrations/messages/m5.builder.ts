/**
 * Builds M5 Tilbakekalling av resept (R1208 §4.2.1, ER-M5-2013-04-16) in its MsgHead envelope. Like the M1 it is
 * signed by the doctor, so the sender must name the prescriber.
 */
import type { Document } from '@xmldom/xmldom';
import { ARSAK_TILBAKEKALLING, OID } from './code-lists';
import { MessageInputError } from './message-errors';
import { buildMsgHead } from './msghead.builder';
import { NS } from './namespaces';
import type { Revocation, RevocationMessageInput } from './tilbakekalling.types';
import { addCoded, addElement, addOptional, createDocument, rootElement, serializeDocument } from './xml-dom';

const M5 = NS.m5;

function checkRevocation(input: RevocationMessageInput): void {
  if (!input.envelope.sender.professional) {
    throw new MessageInputError('M5 needs the doctor who revokes (Sender/Organisation/HealthcareProfessional).');
  }
  const { reason, newReseptId } = input.revocation;
  if (newReseptId !== undefined && reason !== '1' && reason !== '3') {
    throw new MessageInputError('NyReseptId is only for årsak 1 (fornying) or 3 (fornying med endring).');
  }
}

export function buildTilbakekalling(revocation: Revocation): Document {
  const doc = createDocument(M5, 'Tilbakekalling');
  const root = rootElement(doc);
  addElement(root, M5, 'ReseptId', revocation.reseptId);
  addOptional(root, M5, 'Merknad', revocation.note);
  addCoded(root, M5, 'Arsak', {
    code: revocation.reason,
    system: OID.arsakTilbakekalling,
    displayName: ARSAK_TILBAKEKALLING[revocation.reason],
  });
  addOptional(root, M5, 'NyReseptId', revocation.newReseptId);
  return doc;
}

/** The complete, unsigned M5 message (MsgInfo/Type ERM5). */
export function buildM5Message(input: RevocationMessageInput): string {
  checkRevocation(input);
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM5' }, [buildTilbakekalling(input.revocation)]));
}
