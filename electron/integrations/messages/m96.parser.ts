/**
 * Reads M9.6 Reseptliste, 2018-07-01 (HIS 3004:2018 §6.2): the list in the first Document, and each listed M1 as
 * an attachment in a following Document — the prescriber's original signed MsgHead in a Base64Container,
 * compressed when the list is longer than the M9.5's Komprimering threshold.
 */
import { unzipSync } from 'node:zlib';
import type { Element } from '@xmldom/xmldom';
import { parseM1Message } from './m1.parser';
import { parseMsgHead, requirePayload } from './msghead.parser';
import { NS } from './namespaces';
import type { ListAttachment, ListDispensing, ParsedPrescriptionList, PrescriptionListItem } from './reseptliste.types';
import { decodeXmlBytes } from './xml-encoding';
import {
  childBoolean,
  childCoded,
  childElement,
  childElements,
  childQuantity,
  childText,
  parseNumber,
  requireCoded,
  requireText,
  textOf,
} from './xml-dom';

const M96 = NS.m96;

function readDispensing(element: Element): ListDispensing {
  const dispensing: ListDispensing = {
    navnFormStyrke: requireText(element, M96, 'NavnFormStyrke'),
    packagesTotal: parseNumber(requireText(element, M96, 'AntallPakningerUtlevertTotalt')),
    packagesLast: parseNumber(requireText(element, M96, 'AntallPakningerUtlevertSiste')),
    lastDispensedAt: requireText(element, M96, 'TidspunktSisteUtlevering'),
  };
  const varenr = childText(element, M96, 'Varenr');
  const packageSize = childQuantity(element, M96, 'Pakningsstr');
  if (varenr !== undefined) dispensing.varenr = varenr;
  if (packageSize !== undefined) dispensing.packageSize = packageSize;
  return dispensing;
}

function readItem(element: Element): PrescriptionListItem {
  const item: PrescriptionListItem = {
    reseptId: requireText(element, M96, 'ReseptId'),
    status: requireCoded(element, M96, 'Status'),
    dispensings: childElements(element, M96, 'Utlevering').map(readDispensing),
  };
  const pharmacyName = childText(element, M96, 'NavnUtleverer');
  const revokedWhileDispensing = childBoolean(element, M96, 'TilbakekallingStatus');
  const revocationReason = childCoded(element, M96, 'Arsak');
  if (pharmacyName !== undefined) item.pharmacyName = pharmacyName;
  if (revokedWhileDispensing !== undefined) item.revokedWhileDispensing = revokedWhileDispensing;
  if (revocationReason !== undefined) item.revocationReason = revocationReason;
  return item;
}

/** Base64 text to the attached document's bytes, inflating it when RF compressed the answer. */
function attachmentBytes(container: Element): Uint8Array {
  const bytes = Buffer.from(textOf(container).replace(/\s+/g, ''), 'base64');
  const first = bytes[0];
  // Plain XML starts with "<" or a UTF-8 byte order mark; anything else is taken as zlib or gzip data.
  if (first === 0x3c || first === 0xef) return bytes;
  return unzipSync(bytes);
}

function readAttachment(payload: Element): ListAttachment | undefined {
  if (payload.namespaceURI !== NS.base64Container || payload.localName !== 'Base64Container') return undefined;
  let xml = '';
  try {
    xml = decodeXmlBytes(attachmentBytes(payload));
    return { xml, prescription: parseM1Message(xml) };
  } catch (error) {
    return { xml, error: error instanceof Error ? error.message : String(error) };
  }
}

export function parseM96Message(xml: string): ParsedPrescriptionList {
  const head = parseMsgHead(xml);
  const list = requirePayload(head, M96, 'M96');
  const parsed: ParsedPrescriptionList = {
    head,
    items: childElements(list, M96, 'Listeelement').map(readItem),
    attachments: [],
  };
  const patient = childElement(list, M96, 'PasientInfo');
  if (patient) {
    parsed.patient = {
      fnr: requireText(patient, M96, 'Fnr'),
      otherFnr: childElements(patient, M96, 'AndreFnr').map(textOf),
    };
  }
  const locked = childBoolean(list, M96, 'LastResept');
  const reservation = childBoolean(list, M96, 'Pasientreservasjon');
  const searchStatus = childCoded(list, M96, 'StatusSok');
  if (locked !== undefined) parsed.lockedPrescriptionsExist = locked;
  if (reservation !== undefined) parsed.patientReservation = reservation;
  if (searchStatus !== undefined) parsed.searchStatus = searchStatus;
  for (const payload of head.payloads.slice(1)) {
    const attachment = readAttachment(payload);
    if (attachment) parsed.attachments.push(attachment);
  }
  return parsed;
}
