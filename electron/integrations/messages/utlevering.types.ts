/**
 * The dispensing reports: M10 Utleveringsrapport from the pharmacy to the reseptformidler, and M6
 * Utleveringsrapport til rekvirent that RF forwards to the prescriber (R1308 §4.2; schemas ER-M10-2013-10-08,
 * ER-M6-2013-10-08, both built on typeUtlevering in ER-Utlevering-2013-10-08). The simulated reseptformidler's
 * pharmacy side writes both.
 */
import type { Element } from '@xmldom/xmldom';
import type { MsgHeadInput, ParsedMsgHead } from './msghead.types';

/** Utleverer: the pharmacy, by HER-id and name (R1308 §4.2.3). */
export interface Dispenser {
  herId: string;
  name: string;
}

/** typeUtlevering (R1308 §4.2.1): one dispensing, or the annulment of one. */
export interface Dispensing {
  /** ReseptId: the MsgId of the M1 that was dispensed. */
  reseptId: string;
  /** Utleveringsdato, YYYY-MM-DD. */
  dispensedOn: string;
  /** Annullering: this report cancels an earlier dispensing, named by annulmentId. */
  annulment: boolean;
  annulmentId?: string;
  /** Avsluttet (1101): the pharmacy closes the prescription, no further dispensing. */
  completed?: boolean;
  /** ByttereservasjonKunde: the patient refused a generic substitute. */
  patientRefusedSubstitution?: boolean;
  /**
   * What was handed out: an m1:ReseptDokLegemiddel element (from the M1, or built with buildResept), copied in
   * as it is. The simulator copies the prescribed one, as a pharmacy that dispenses exactly what was prescribed.
   */
  dispensedItem?: Element;
  dispenser: Dispenser;
}

export interface PharmacyReport {
  dispensing: Dispensing;
  /** ReservasjonRapportFastlege: the patient refused an M8 to the fastlege (R1308 §4.2.4). */
  noReportToFastlege: boolean;
  /** AnsattId: the pharmacist, by HPR-nummer (R1308 §4.2.4). */
  employeeId: string;
}

export interface PharmacyReportMessageInput {
  envelope: Omit<MsgHeadInput, 'type'>;
  report: PharmacyReport;
}

export interface ParsedPharmacyReport {
  head: ParsedMsgHead;
  reseptId: string;
  dispensedOn: string;
  annulment: boolean;
  annulmentId?: string;
  completed?: boolean;
  dispenser: Dispenser;
  noReportToFastlege: boolean;
  employeeId: string;
  /** The m1:ReseptDokLegemiddel that was dispensed, when the report carries it. */
  dispensedItem?: Element;
}

export interface DispensingReportMessageInput {
  envelope: Omit<MsgHeadInput, 'type'>;
  dispensing: Dispensing;
  /** ReferanseM10: the MsgId of the pharmacy's M10 behind this report. */
  referanseM10: string;
}
