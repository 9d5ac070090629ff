/**
 * M1 Resept (eresept/m1/2013-10-08 with Forskrivning 2013-10-08, R0908) as plain data. The prescriber is the
 * MsgHead sender's HealthcareProfessional (HPR-nummer), the patient is MsgHead's Patient, and the ReseptId that
 * M5, M9.6 and M6 refer to is the MsgHead MsgId of the M1 (M9.6 Listeelement/ReseptId: "Vedlegg MsgHead").
 */
import type { LegemiddelbrukCode, RefusjonshjemmelCode, Reseptgruppe } from './code-lists';
import type { MsgHeadInput, ParsedMsgHead } from './msghead.types';
import type { CodedValue } from './xml-dom';

/** A code with its text, e.g. ATC N02BE01 "Paracetamol", legemiddelform 7448, enhet for pakning 7452. */
export interface CodeWithText {
  code: string;
  displayName: string;
}

interface DrugCommon {
  /** NavnFormStyrke from FEST, e.g. "Paracet Tab 500 mg". */
  navnFormStyrke: string;
  reseptgruppe: Reseptgruppe;
  atc?: CodeWithText;
  /** 7448 Legemiddelform (LegemiddelformKort). */
  legemiddelform?: CodeWithText;
}

/** Forskrivning on varenummer (Legemiddelpakning): the usual case for a fastlege. */
export interface PackageDrug extends DrugCommon {
  kind: 'package';
  varenr: string;
  /** PakningsinfoResept: brand name, package size and its unit (7452). */
  varenavn: string;
  packageSize: string;
  packageUnit: CodeWithText;
}

/** Forskrivning on brand (LegemiddelMerkevare). */
export interface BrandDrug extends DrugCommon {
  kind: 'brand';
  varenavn: string;
  /** FEST id of the merkevare (xs:ID, so it starts with a letter, e.g. "ID_..."). */
  festId?: string;
}

/** Forskrivning on active substance (LegemiddelVirkestoff); the pharmacy chooses the product. */
export interface SubstanceDrug extends DrugCommon {
  kind: 'substance';
  /** FEST id of the virkestoff-forskrivning (xs:ID, required by the schema). */
  festId: string;
}

export type PrescribedDrug = PackageDrug | BrandDrug | SubstanceDrug;

/** RefKode code lists R0908 §4.2.4 allows: 7170 ICPC-2, 7110 ICD-10, 7434 and 7435. */
export type RefusjonskodeSystem = 'ICPC-2' | 'ICD-10' | '7434' | '7435';

/** Blå resept: the hjemmel (7427) and, for § 2, the refusjonskode with its code system. */
export interface Refund {
  hjemmel: RefusjonshjemmelCode;
  code?: { system: RefusjonskodeSystem; code: string; displayName: string };
}

/** One dose at a fixed time of day: amount and unit (7480 Enhet for dosering), e.g. 1 tablett at "08:00". */
export interface FixedDose {
  amount: number;
  unit: string;
  /** HH:MM when the time is a clock time; other times ("morgen") are left to the DSSN text. */
  clock?: string;
}

export interface StructuredDosing {
  start?: string;
  end?: string;
  doses: readonly FixedDose[];
}

export interface Prescription {
  /** Forskrivningsdato, YYYY-MM-DD. */
  prescribedOn: string;
  /** Utloper, YYYY-MM-DD: computed by the caller from the validity rules (DOMAIN.md, § 4-4). */
  expiresOn: string;
  drug: PrescribedDrug;
  /** DSSN dosing text (DosVeiledEnkel), e.g. "1 tablett 3 ganger daglig". */
  dosingText: string;
  /** 9101 Legemiddelbruk (Bruk): 1 fast, 2 kur, 3 ved behov. */
  usage?: LegemiddelbrukCode;
  /** Bruksområde, e.g. "Mot smerter". */
  indication?: string;
  /** Antall pakninger per utlevering (not 0, R0908 §4.2.3). */
  numberOfPackages?: number;
  /** Mengde, when the amount is not given otherwise (e.g. substance prescriptions), unit from 7452. */
  quantity?: { value: number; unit: string };
  /**
   * Structured dosing (Dosering, R0908 §4.3.4), optional beside the DSSN text: doses at fixed times, each once a
   * day; `start` and `end` (YYYY-MM-DD) carry a treatment time given in days.
   */
  dosing?: StructuredDosing;
  /** Reiterasjon: extra dispensings after the first; 0 when none. */
  reit: number;
  /** Present for blå resept; absent for hvit. */
  refund?: Refund;
  /** Låst resept (LastResept): only someone with the referansenummer can see or dispense it. */
  locked: boolean;
  /** RefNr (a number from RF's M4.2): required when locked and when the patient has no FNR/DNR (R0908 §4.2.1). */
  referansenummer?: string;
  /** BytteresRekvirent: the prescriber reserves against generic substitution. */
  noGenericSubstitution: boolean;
  /** Merknad to the pharmacy. */
  note?: string;
  /** OppdatertFest: when the prescriber's FEST was last updated (xs:dateTime). */
  festUpdatedAt: string;
}

/** Everything an M1 needs: the envelope (without Type, which is ERM1) and the prescription. */
export interface PrescriptionMessageInput {
  envelope: Omit<MsgHeadInput, 'type'>;
  prescription: Prescription;
}

/** A drug as read from a received M1: what we send, plus the kinds only others send (magistrell, dose). */
export type ParsedDrug =
  | PrescribedDrug
  | { kind: 'blanding'; navn: string; legemiddelform?: CodedValue }
  | { kind: 'dose'; navnFormStyrke: string; reseptgruppe: string };

export interface ParsedPrescription extends Omit<Prescription, 'drug'> {
  drug: ParsedDrug;
}

export interface ParsedPrescriptionMessage {
  head: ParsedMsgHead;
  /** The MsgId of the M1, which is the ReseptId other messages use. */
  reseptId: string;
  prescription: ParsedPrescription;
}
