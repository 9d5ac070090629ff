/**
 * Builds typeUtlevering (ER-Utlevering-2013-10-08, R1308 §4.2.1), the part M6 and M10 share. Element order is
 * the schema's sequence; the dispensed item is an m1:ReseptDokLegemiddel copied in whole.
 */
import type { Element } from '@xmldom/xmldom';
import { JA_NEI, OID } from './code-lists';
import { MessageInputError } from './message-errors';
import { NS } from './namespaces';
import type { Dispensing } from './utlevering.types';
import { addCoded, addElement, addOptional } from './xml-dom';

const UL = NS.utlevering;
const FK1 = NS.felleskomponent1;

function checkDispensing(dispensing: Dispensing): void {
  if (dispensing.annulment !== (dispensing.annulmentId !== undefined)) {
    throw new MessageInputError('An annulment names the dispensing it cancels (AnnulleringsId), and only then.');
  }
  const item = dispensing.dispensedItem;
  if (item && (item.namespaceURI !== NS.m1 || item.localName !== 'ReseptDokLegemiddel')) {
    throw new MessageInputError('The dispensed item must be an m1:ReseptDokLegemiddel element.');
  }
}

/** Appends `<ul:Utlevering>` to `parent` (the M6 or M10 root). */
export function addUtlevering(parent: Element, dispensing: Dispensing): Element {
  checkDispensing(dispensing);
  const utlevering = addElement(parent, UL, 'Utlevering');
  addElement(utlevering, UL, 'ReseptId', dispensing.reseptId);
  addElement(utlevering, UL, 'Utleveringsdato', dispensing.dispensedOn);
  addElement(utlevering, UL, 'Annullering', String(dispensing.annulment));
  if (dispensing.completed !== undefined) {
    const code = dispensing.completed ? '1' : '2';
    addCoded(utlevering, UL, 'Avsluttet', { code, displayName: JA_NEI[code] });
  }
  addOptional(utlevering, UL, 'ByttereservasjonKunde', dispensing.patientRefusedSubstitution);
  addOptional(utlevering, UL, 'AnnulleringsId', dispensing.annulmentId);
  const owner = parent.ownerDocument;
  if (dispensing.dispensedItem && owner) {
    utlevering.appendChild(owner.importNode(dispensing.dispensedItem, true));
  }
  const utleverer = addElement(utlevering, UL, 'Utleverer');
  const herId = addElement(utleverer, UL, 'HerId');
  addElement(herId, FK1, 'Id', dispensing.dispenser.herId);
  addCoded(herId, FK1, 'TypeId', { code: 'HER', system: OID.organisationIdType, displayName: 'HER-id' });
  addElement(utleverer, UL, 'Navn', dispensing.dispenser.name);
  return utlevering;
}
