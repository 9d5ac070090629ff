/**
 * M9.5 Forespørsel om tilgjengelige resepter på pasient and M9.6 Reseptliste, the 2018-07-01 versions a
 * prescriber uses (HIS 3003:2018, HIS 3004:2018; namespaces under www.ehelse.no).
 */
import type { ParsedPrescriptionMessage } from './m1.types';
import type { MsgHeadInput, ParsedMsgHead } from './msghead.types';
import type { CodedValue } from './xml-dom';

export interface PrescriptionListRequest {
  /** Fnr: fødselsnummer or D-nummer; a hjelpenummer is not valid here (HIS 3003:2018 §6.2). */
  fnr?: string;
  /** AlleResepter (1101): also closed, revoked and in-dispensing prescriptions, not only ekspederbare. */
  allPrescriptions: boolean;
  /** RefNr of låste resepter the user knows; RF answers the union with the fnr's (HIS 3003:2018 §6.2). */
  referansenumre: readonly string[];
  /** Komprimering: from how many M1s RF compresses the answer; 0 never (HIS 3003:2018 §6.2). */
  compressionThreshold: number;
}

export interface PrescriptionListRequestInput {
  envelope: Omit<MsgHeadInput, 'type'>;
  request: PrescriptionListRequest;
}

export interface ParsedPrescriptionListRequest {
  head: ParsedMsgHead;
  request: PrescriptionListRequest;
}

/** Utlevering M9.6: dispensings summed per varenummer (HIS 3004:2018 §6.2.3). */
export interface ListDispensing {
  varenr?: string;
  navnFormStyrke: string;
  packageSize?: { value: number; unit: string };
  packagesTotal: number;
  packagesLast: number;
  lastDispensedAt: string;
}

export interface PrescriptionListItem {
  reseptId: string;
  pharmacyName?: string;
  /** 7408 Status resept: E ekspederbar, U under ekspedering, T tilbakekalt, R avsluttet, ... */
  status: CodedValue;
  /** TilbakekallingStatus: revoked while a pharmacy is dispensing it. */
  revokedWhileDispensing?: boolean;
  /** Arsak (7500), on revoked prescriptions. */
  revocationReason?: CodedValue;
  dispensings: ListDispensing[];
}

/** An M1 attached to the M9.6 (Base64Container with the original signed MsgHead). */
export interface ListAttachment {
  /** The decoded M1 MsgHead document as sent by its prescriber. */
  xml: string;
  /** The M1 read from it; absent when it could not be read (then `error` says why). */
  prescription?: ParsedPrescriptionMessage;
  error?: string;
}

export interface ParsedPrescriptionList {
  head: ParsedMsgHead;
  patient?: { fnr: string; otherFnr: string[] };
  /** LastResept: RF holds låste resepter for the patient that this list leaves out. */
  lockedPrescriptionsExist?: boolean;
  /** Pasientreservasjon: the patient has blocked this prescriber; only their own prescriptions are listed. */
  patientReservation?: boolean;
  /** StatusSok (7407), when RF found nothing for the search. */
  searchStatus?: CodedValue;
  items: PrescriptionListItem[];
  attachments: ListAttachment[];
}
