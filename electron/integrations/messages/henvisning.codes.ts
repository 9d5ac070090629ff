/**
 * Namespaces and Volven code lists for Henvisning v2.0, Dialogmelding v1.1 and Epikrise v1.2, with the display
 * names we send. Codes and texts are from the 2018 snapshot in data/xsd/derived; the list for each element is the
 * one HIS 80517:2017, HIS 1206/1207:2018, HIS 80603:2017 and HIS 80226:2014 name. Volven/FinnKode is
 * authoritative: re-check before certification.
 */
import { volvenOid } from './code-lists';

export const REFERRAL_NS = {
  henvisning20: 'http://ehelse.no/xmlstds/henvisning/2017-11-30',
  henvisning11: 'http://www.kith.no/xmlstds/henvisning/2012-02-15',
  po20: 'http://ehelse.no/xmlstds/po/poKomponent/2017-11-30',
  po15: 'http://www.kith.no/xmlstds/po/poKomponent/2009-06-30',
  dialog11: 'http://www.kith.no/xmlstds/dialog/2013-01-23',
  epikrise12: 'http://www.kith.no/xmlstds/epikrise/2012-02-15',
  labsvar14: 'http://www.kith.no/xmlstds/labsvar/2012-02-15',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

/** 8279 Meldingens funksjon: the MsgHead MsgInfo/Type (or kith Message/Type) of the messages in this family. */
export const REFERRAL_MESSAGE_TYPES = {
  HENVISNING_NYTILSTAND: 'Henvisning ny tilstand',
  HENVISNING_VIDERE: 'Viderehenvisning',
  HENVISNING: 'Henvisning',
  DIALOG_STATUS_HENVISNING: 'Status på henvisning',
  DIALOG_HELSEFAGLIG: 'Helsefaglig dialog',
  DIALOG_FORESPORSEL: 'Forespørsel',
  DIALOG_SVAR: 'Svar på forespørsel',
  DIALOG_NOTAT: 'Notat',
  EPIKRISE: 'Epikrise',
} as const;
export type ReferralMessageType = keyof typeof REFERRAL_MESSAGE_TYPES;

export const REFERRAL_OID = {
  /** 7309 Tjenestetype (ServType). */
  tjenestetype: volvenOid(7309),
  /** 8306 Hastegrad henvisning (ReqServ/Priority). */
  hastegrad: volvenOid(8306),
  /** 8455 Henvisningstype (po:TypeInnhold). */
  henvisningstype: volvenOid(8455),
  /** 8233 Type klinisk opplysning (InfItem/Type). */
  kliniskOpplysning: volvenOid(8233),
  /** 8231 Type tekstsvar (ReasonAsText/Heading). */
  tekstsvar: volvenOid(8231),
  /** 8254 Type relasjon til tilknyttet tjenesteyter (po:AnsvarForRapport/TypeRelasjon). */
  relasjon: volvenOid(8254),
  /** 9034 Helsepersonells rolle til pasient (RoleToPatient). */
  rolleTilPasient: volvenOid(9034),
  /** 9033 Slektskap mv. til pasient. */
  slektskap: volvenOid(9033),
  /** 3303 Språk. */
  sprak: volvenOid(3303),
  /** 9148 Status på vurdering av henvisning (Dialogmelding Notat/TemaKodet, HIS 1206). */
  statusVurdering: volvenOid(9148),
  /** 7180 ATC. */
  atc: volvenOid(7180),
  icpc2: volvenOid(7170),
  icd10: volvenOid(7110),
  /** 8116 ID-type for personer. */
  personIdType: volvenOid(8116),
  /** 9051 ID-typer for organisatoriske enheter. */
  organisationIdType: volvenOid(9051),
} as const;

/** 7309 Tjenestetype, the values used on a Henvisning. */
export const TJENESTETYPE = { N: 'Ny', M: 'Endring', C: 'Kansellering' } as const;

/** 8306 Hastegrad henvisning. */
export const HASTEGRAD = {
  '0': 'Øyeblikkelig hjelp',
  '3': 'Haster (elektiv)',
  N: 'Elektiv/Ordinær (elektiv)',
  PK: 'Pakkeforløp for kreft (elektiv)',
} as const;

/** 8455 Henvisningstype. */
export const HENVISNINGSTYPE = {
  '10': 'Utredning/behandling',
  '11': 'Råd til henviser',
  '99': 'Øvrige henvisninger',
} as const;

/** 8233 Type klinisk opplysning, the subset we write. */
export const KLINISK_OPPLYSNING = {
  ANAM: 'Sykehistorie',
  FUNN: 'Funn og undersøkelsesresultat',
  CAVE: 'Cave-opplysninger',
  MEDB: 'Legemiddelopplysning',
  H: 'Hoveddiagnose',
  B: 'Bidiagnose',
} as const;

/** 8231 Type tekstsvar, the subset we write. */
export const TEKSTSVAR = {
  PROB: 'Aktuell problemstilling',
  UTRED: 'Forventet utredning/behandling',
  FA: 'Familie/sosialt',
  VU: 'Vurdering',
} as const;

/** 9148 Status på vurdering av henvisning (HIS 1206:2018 §4.2; "Kodeverdier kan bli endret"). */
export const STATUS_VURDERING = {
  '1': 'Innkalles til helsehjelp',
  '2': 'Rett til helsehjelp, tidspunkt kommer',
  '3': 'Henvisningen er videresendt',
  '4': 'Henvisningen er avvist',
} as const;
export type StatusVurderingCode = keyof typeof STATUS_VURDERING;

/** 9034 roles we write. */
export const ROLLE_TIL_PASIENT = {
  '6': 'Fastlege',
  '10': 'Utskrivende lege',
  '21': 'Helsefaglig kontakt',
} as const;

/** Diagnosis systems: 7170 ICPC-2, 7110 ICD-10. */
export const DIAGNOSIS_OIDS = { 'ICPC-2': REFERRAL_OID.icpc2, 'ICD-10': REFERRAL_OID.icd10 } as const;

/** The system name for a diagnosis OID (undefined for other lists). */
export function diagnosisSystemOf(oid: string | undefined): 'ICPC-2' | 'ICD-10' | undefined {
  if (oid === REFERRAL_OID.icpc2) return 'ICPC-2';
  if (oid === REFERRAL_OID.icd10) return 'ICD-10';
  return undefined;
}

/** po:TilknyttetEnhet/Merknad that marks a copy recipient on a Henvisning (HIS 1207 §5.1 forbids OtherReceiver). */
export const COPY_RECIPIENT_NOTE = 'Kopimottaker';
