/**
 * The MsgHead v1.2 envelope (HIS 80601:2006) as plain data, independent of the database: what a builder needs and
 * what a parser gives back. Identifiers are the national ones (HER-id, HPR-nummer, organisasjonsnummer,
 * fødselsnummer); a clinic-internal H-nummer has no place here (DOMAIN.md, identity numbers).
 */
import type { Element } from '@xmldom/xmldom';
import type { MessageType, SexCode } from './code-lists';
import type { CodedValue } from './xml-dom';

/** 3401 Adressetype: PST postadresse, RES besøksadresse, H bostedsadresse, WP arbeidsadresse. */
export type AddressType = 'PST' | 'RES' | 'H' | 'WP';

export interface PostalAddress {
  type: AddressType;
  streetAddress?: string;
  postalCode?: string;
  city?: string;
  /** 3402 Kommunenummer: R0908 §4.1.1 wants the patient's kommune when resident in Norway. */
  municipality?: { code: string; name: string };
}

/** The person who signs: for e-resept always with HPR-nummer (R0908 §4.1.1, HIS 3003:2018 §6.1). */
export interface HealthProfessional {
  hprNummer: string;
  familyName: string;
  givenName: string;
  middleName?: string;
  /** The doctor's own HER-id, where Adresseregisteret has one. */
  herId?: string;
}

/** A sender or receiver organisation (MsgInfo/Sender|Receiver/Organisation). */
export interface Party {
  name: string;
  herId: string;
  /** Organisasjonsnummer (ENH), required for the prescriber's institution by R0908 §4.1.1. */
  organisationNumber?: string;
  address?: PostalAddress;
  /** Main phone number, written as a tel: URL with TypeTelecom HP (HIS 3003:2018 §6.1). */
  phone?: string;
  professional?: HealthProfessional;
}

/**
 * FNR or DNR in national messages; FHN (felles hjelpenummer) for someone without either. Without FNR/DNR the
 * prescription must be låst with a referansenummer, and DateOfBirth and Sex must be given (R0908 §4.1.1).
 */
export interface PatientIdent {
  id: string;
  type: 'FNR' | 'DNR' | 'FHN';
}

export interface MsgHeadPatient {
  familyName: string;
  givenName: string;
  middleName?: string;
  ident?: PatientIdent;
  /** YYYY-MM-DD; only when no fødselsnummer is given, or with a D-nummer (R0908 §4.1.1). */
  dateOfBirth?: string;
  sex?: SexCode;
  address?: PostalAddress;
}

/** ConversationRef: absent on the first message of a conversation (HIS 80601, ConversationRef). */
export interface ConversationRef {
  refToParent: string;
  refToConversation: string;
}

export interface MsgHeadInput {
  type: MessageType;
  /** Stable id from the caller (the outbox row): a retry resends the same MsgId, never a new one. */
  msgId: string;
  /** xs:dateTime, e.g. new Date().toISOString() when the outbox row was written. */
  genDate: string;
  sender: Party;
  receiver: Party;
  patient?: MsgHeadPatient;
  conversationRef?: ConversationRef;
}

export interface ParsedHealthProfessional {
  hprNummer?: string;
  familyName?: string;
  givenName?: string;
  middleName?: string;
  herId?: string;
}

export interface ParsedParty {
  name: string;
  herId?: string;
  organisationNumber?: string;
  address?: PostalAddress;
  phone?: string;
  professional?: ParsedHealthProfessional;
}

export interface ParsedPatient {
  familyName?: string;
  givenName?: string;
  middleName?: string;
  ident?: { id: string; type: string };
  dateOfBirth?: string;
  sex?: string;
  address?: PostalAddress;
}

export interface ParsedMsgHead {
  /** MsgInfo/Type with its V normalised (ERM041 -> ERM41). */
  type: CodedValue;
  migVersion: string;
  genDate: string;
  msgId: string;
  conversationRef?: ConversationRef;
  sender: ParsedParty;
  receiver: ParsedParty;
  patient?: ParsedPatient;
  /** The root element of each Document/RefDoc/Content, in order (the payload, then any attachments). */
  payloads: Element[];
  /** Whether a ds:Signature is present; verifying it is the signing module's job. */
  signed: boolean;
}
