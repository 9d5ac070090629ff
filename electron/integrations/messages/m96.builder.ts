/**
 * Builds M9.6 Reseptliste, 2018-07-01 (HIS 3004:2018 §6.2, ER-M96-2018-07-01): the list in the first Document,
 * then each listed M1 in its own Document as a Base64Container holding the prescriber's original MsgHead bytes,
 * so the signature still verifies (M9.6 Listeelement/ReseptId: "Vedlegg MsgHead"). Only the simulator writes it.
 */
import { gzipSync } from 'node:zlib';
import type { Document, Element } from '@xmldom/xmldom';
import { ARSAK_TILBAKEKALLING, OID, STATUS_RESEPT, STATUS_SOK } from './code-lists';
import type { PrescriptionListInput, PrescriptionListItemInput, PrescriptionListMessageInput } from './m96.types';
import { MessageInputError } from './message-errors';
import { buildMsgHead } from './msghead.builder';
import { NS } from './namespaces';
import type { ListDispensing } from './reseptliste.types';
import {
  addCoded,
  addElement,
  addOptional,
  addQuantity,
  createDocument,
  rootElement,
  serializeDocument,
} from './xml-dom';

const M96 = NS.m96;

function addDispensing(parent: Element, dispensing: ListDispensing): void {
  const element = addElement(parent, M96, 'Utlevering');
  addOptional(element, M96, 'Varenr', dispensing.varenr);
  addElement(element, M96, 'NavnFormStyrke', dispensing.navnFormStyrke);
  if (dispensing.packageSize) addQuantity(element, M96, 'Pakningsstr', dispensing.packageSize);
  addElement(element, M96, 'AntallPakningerUtlevertTotalt', String(dispensing.packagesTotal));
  addElement(element, M96, 'AntallPakningerUtlevertSiste', String(dispensing.packagesLast));
  addElement(element, M96, 'TidspunktSisteUtlevering', dispensing.lastDispensedAt);
}

function addItem(root: Element, item: PrescriptionListItemInput): void {
  if (item.revocationReason !== undefined && item.status !== 'T') {
    throw new MessageInputError('Arsak is given only on a revoked prescription (status T, HIS 3004:2018 §6.2.2).');
  }
  const element = addElement(root, M96, 'Listeelement');
  addElement(element, M96, 'ReseptId', item.reseptId);
  addOptional(element, M96, 'NavnUtleverer', item.pharmacyName);
  addCoded(element, M96, 'Status', { code: item.status, displayName: STATUS_RESEPT[item.status] });
  addOptional(element, M96, 'TilbakekallingStatus', item.revokedWhileDispensing);
  if (item.revocationReason !== undefined) {
    addCoded(element, M96, 'Arsak', {
      code: item.revocationReason,
      system: OID.arsakTilbakekalling,
      displayName: ARSAK_TILBAKEKALLING[item.revocationReason],
    });
  }
  for (const dispensing of item.dispensings) addDispensing(element, dispensing);
}

/** The bare M96 list document (the first payload). */
export function buildReseptliste(list: PrescriptionListInput): Document {
  if (list.searchStatus !== undefined && list.items.length > 0) {
    throw new MessageInputError('M9.6 carries either StatusSok or Listeelement, not both (ER-M96-2018-07-01).');
  }
  const doc = createDocument(M96, 'M96');
  const root = rootElement(doc);
  if (list.patient) {
    const info = addElement(root, M96, 'PasientInfo');
    addElement(info, M96, 'Fnr', list.patient.fnr);
    for (const other of list.patient.otherFnr ?? []) addElement(info, M96, 'AndreFnr', other);
  }
  addOptional(root, M96, 'LastResept', list.lockedPrescriptionsExist);
  addOptional(root, M96, 'Pasientreservasjon', list.patientReservation);
  if (list.searchStatus !== undefined) {
    addCoded(root, M96, 'StatusSok', { code: list.searchStatus, displayName: STATUS_SOK[list.searchStatus] });
  }
  for (const item of list.items) addItem(root, item);
  return doc;
}

function base64Container(xml: string, compress: boolean): Document {
  const bytes = Buffer.from(xml, 'utf8');
  const doc = createDocument(NS.base64Container, 'Base64Container');
  const text = (compress ? gzipSync(bytes) : bytes).toString('base64');
  rootElement(doc).appendChild(doc.createTextNode(text));
  return doc;
}

/** The complete M9.6 (MsgInfo/Type ERM96) with the listed M1s attached. */
export function buildM96Message(input: PrescriptionListMessageInput): string {
  const listed = new Set(input.list.items.map((item) => item.reseptId));
  if (input.attachments.length !== listed.size) {
    throw new MessageInputError(
      `M9.6 attaches one M1 per listed prescription: ${listed.size} listed, ${input.attachments.length} attached.`,
    );
  }
  const payloads = [
    buildReseptliste(input.list),
    ...input.attachments.map((xml) => base64Container(xml, input.compress)),
  ];
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM96' }, payloads));
}
