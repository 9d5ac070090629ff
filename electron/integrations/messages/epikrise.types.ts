/**
 * Epikrise v1.2 (HIS 80226:2014, namespace http://www.kith.no/xmlstds/epikrise/2012-02-15) as plain data. Like the
 * other KITH basismeldinger of its generation it carries its own header (root `Message` with Type EPIKRISE, MsgId,
 * GenDate) and travels without MsgHead. Requester is the primary receiver (normally the referrer), CopyDest each
 * copy recipient (HIS 80226 §4.2 "Requester, ServProvider og CopyDest").
 */
import type { DiagnosisSystem } from './henvisning.types';

/** 8311 headings for Comment, the subset we write. */
export type EpikriseHeading = 'AH' | 'FO' | 'FU' | 'VU' | 'OP' | 'IP' | 'ME';

export interface EpikriseParty {
  name: string;
  herId: string;
  department?: { name: string; herId: string };
  /** HCPerson: the doctor at the institution (name and HPR-nummer or HER-id). */
  person?: { name: string; id: string; idType: 'HPR' | 'HER' };
}

export interface EpikriseMedicine {
  name: string;
  atc?: string;
  dosageText?: string;
  /** 7307 Status for medisinering: 2 Forskrevet, 3 Anbefalt å innta, 4 Anbefalt å slutte å innta, 6 Regelmessig. */
  status?: '2' | '3' | '4' | '6';
}

export interface EpikriseInput {
  /** Message/MsgId: new for every message (each recipient's copy has its own). */
  msgId: string;
  genDate: string;
  /** ServProvId: the service's id of the epikrise, the same in every copy. */
  epikriseId: string;
  issueDate: string;
  approvedAt?: string;
  /** ServProvider: the sender (institution with department). */
  serviceProvider: EpikriseParty;
  /** Requester: the primary receiver, normally the referrer. */
  requester: EpikriseParty;
  copyRecipients?: Array<{ name: string; herId: string }>;
  patient: {
    familyName: string;
    givenName: string;
    ident: { id: string; type: 'FNR' | 'DNR' | 'FHN' };
    sex?: '0' | '1' | '2' | '9';
    dateOfBirth?: string;
  };
  /** The henvisning this answers (ServReq): its DocumentId, issue date and diagnoses. */
  referral?: {
    referralId: string;
    issueDate: string;
    diagnoses: Array<{ system: DiagnosisSystem; code: string; text: string }>;
  };
  /** The contact: start/end and 8240 Kontakttype (1 heldøgn, 2 dagbehandling, 3 poliklinisk, 5 konsultasjon). */
  event: { start: string; end?: string; contactType: '1' | '2' | '3' | '5' };
  /** First is the main diagnosis (8233 H), the rest bidiagnoser (B). */
  diagnoses: Array<{ system: DiagnosisSystem; code: string; text: string }>;
  /** The text of the epikrise, one Comment per heading (8311). */
  sections: Array<{ heading: EpikriseHeading; text: string }>;
  /** Medicines on discharge / for follow-up. */
  medicines?: EpikriseMedicine[];
  cave?: string;
}

export interface ParsedEpikrise {
  version: '1.2';
  msgType: string;
  msgId: string;
  genDate: string;
  epikriseId?: string;
  issueDate: string;
  approvedAt?: string;
  /** 7309 ServType of the epikrise (N ny, M endring, ...). */
  serviceType?: string;
  /** 7306: F Endelig rapport, P Foreløpig rapport, A Tillegg. */
  reportStatus?: { code: string; displayName?: string };
  description?: string;
  sender: { organisationName: string; herId?: string; department?: { name: string; herId?: string }; person?: string };
  requester: {
    organisationName: string;
    herId?: string;
    department?: { name: string; herId?: string };
    person?: string;
  };
  copyRecipients: Array<{ organisationName: string; herId?: string }>;
  patient: {
    familyName?: string;
    givenName?: string;
    ident?: { id: string; type: string };
    sex?: string;
    dateOfBirth?: string;
  };
  /** The henvisning answered (ServReq/Id), for matching to a referral. */
  referral?: { referralId: string; issueDate?: string };
  event?: { start?: string; end?: string; contactType?: string };
  diagnoses: Array<{ system?: string; code: string; text?: string; main: boolean }>;
  sections: Array<{ heading: string; text: string }>;
  medicines: Array<{ name: string; dosageText?: string; status?: string }>;
  cave?: string;
  /** The summary: the "Vurdering" section, else the first section. */
  summary?: string;
}
