/**
 * The Volven code lists (kodeverk) the messages use, with the display names (DN) we send. e-resept requires V and
 * DN on every CS and V, S and DN on every CV (HIS 3003:2018 §4.2.2), so the text travels with the code.
 * Codes and texts are from the 2018 snapshot in data/xsd/derived (volven-kodeverk-from-sarepta-kodeverk.xsl); the
 * code list for each element is the one the spec names (R0908 §4, R1208 §4.2, HIS 80415 §4.4, HIS 80601).
 * Volven/FinnKode is authoritative: re-check lists that change (8279, 8221, 7427) before certification.
 */

/** Every Volven OID is this prefix plus the kodeverk number (R1908 §2.3.2). */
export const VOLVEN_OID_PREFIX = '2.16.578.1.12.4.1.1';

export function volvenOid(kodeverk: number): string {
  return `${VOLVEN_OID_PREFIX}.${kodeverk}`;
}

export const OID = {
  /** 8116 ID-type for personer (FNR, DNR, FHN, HPR, ...). */
  personIdType: volvenOid(8116),
  /** 9051 ID-typer for organisatoriske enheter (HER, ENH, RSH, ...). */
  organisationIdType: volvenOid(9051),
  /** 7180 ATC. */
  atc: volvenOid(7180),
  /** 7170 ICPC-2 and 7110 ICD-10: refusjonskode (RefKode) per R0908 §4.2.4. */
  icpc2: volvenOid(7170),
  icd10: volvenOid(7110),
  /** 7434 and 7435: the other two RefKode lists R0908 §4.2.4 allows. */
  refusjonskode7434: volvenOid(7434),
  refusjonskode7435: volvenOid(7435),
  /** 7427 Hjemmel for refusjon (RefHjemmel). */
  refusjonshjemmel: volvenOid(7427),
  /** 7448 Legemiddelform (LegemiddelformKort). */
  legemiddelform: volvenOid(7448),
  /** 7452 Enhet for pakning (EnhetPakning, Mengde). */
  enhetPakning: volvenOid(7452),
  /** 7500 Årsak for tilbakekalling (M5 Arsak, M9.6 Arsak). */
  arsakTilbakekalling: volvenOid(7500),
  /** 7503 Status kvittering på tilbakekalling (M5.2 Status). */
  statusKvitteringTilbakekalling: volvenOid(7503),
  /** 8221 Generelle feil i AppRec (AppRec Error). */
  appRecError: volvenOid(8221),
} as const;

/** 8279 Meldingens funksjon: MsgHead MsgInfo/Type and AppRec MsgType, for the messages in this folder. */
export const MESSAGE_TYPES = {
  ERM1: 'Resept',
  ERM5: 'Tilbakekalling av resept',
  ERM52: 'Kvittering på tilbakekalt resept',
  ERM6: 'Utleveringsrapport rekvirent',
  ERM10: 'Utleveringsrapport reseptbanken',
  ERM41: 'Forespørsel om referansenummere',
  ERM42: 'Referansenummer',
  ERM95: 'Forespørsel om tilgjengelige resepter på pasient (rekvirent)',
  ERM96: 'Reseptliste (rekvirent)',
  APPREC: 'Applikasjonskvittering',
  HENVISNING_NYTILSTAND: 'Henvisning ny tilstand',
  HENVISNING_VIDERE: 'Viderehenvisning',
  DIALOG_STATUS_HENVISNING: 'Status på henvisning',
  EPIKRISE: 'Epikrise',
} as const;
export type MessageType = keyof typeof MESSAGE_TYPES;

/**
 * R1908's own examples (§5.4) write ERM041/ERM042, code list 8279 says ERM41/ERM42. We send the code list's value
 * and accept both when reading.
 */
const MESSAGE_TYPE_ALIASES: Readonly<Record<string, MessageType>> = { ERM041: 'ERM41', ERM042: 'ERM42' };

export function normaliseMessageType(value: string): string {
  return MESSAGE_TYPE_ALIASES[value] ?? value;
}

/** 8116 ID-type for personer, the subset a GP system sends. A clinic's own H-nummer never leaves the clinic. */
export const PERSON_ID_TYPES = {
  FNR: 'Fødselsnummer',
  DNR: 'D-nummer',
  FHN: 'Felles hjelpenummer',
  HPR: 'HPR-nummer',
  HER: 'HER-id',
} as const;
export type PersonIdType = keyof typeof PERSON_ID_TYPES;

/** 9051 ID-typer for organisatoriske enheter. */
export const ORGANISATION_ID_TYPES = {
  HER: 'HER-id',
  ENH: 'Organisasjonsnummeret i Enhetsregister',
  RSH: 'Nasjonalt register over enheter i spesialisthelsetjenesten (RESH-ID)',
} as const;
export type OrganisationIdType = keyof typeof ORGANISATION_ID_TYPES;

/** 3101 Kjønn (MsgHead Patient/Sex, only when no fødselsnummer is given: R0908 §4.1.1). */
export const SEX = { '0': 'Ikke kjent', '1': 'Mann', '2': 'Kvinne', '9': 'Ikke spesifisert' } as const;
export type SexCode = keyof typeof SEX;

/** 7402 Type varegruppe (Varegruppekode). */
export const VAREGRUPPE = { L: 'Legemiddel', A: 'Annet' } as const;

/** 7421 Reseptgruppe. */
export const RESEPTGRUPPE = {
  A: 'Reseptgruppe A',
  B: 'Reseptgruppe B',
  C: 'Reseptgruppe C',
  CF: 'Reseptgruppe CF',
  F: 'Reseptgruppe F',
  K: 'Kosttilskudd',
} as const;
export type Reseptgruppe = keyof typeof RESEPTGRUPPE;

/** 9101 Legemiddelbruk (Forskrivning/Bruk). */
export const LEGEMIDDELBRUK = {
  '1': 'Fast',
  '2': 'Kur',
  '3': 'Ved behov',
  '4': 'Vaksine',
  '5': 'Næringsmiddel/vitaminer',
} as const;
export type LegemiddelbrukCode = keyof typeof LEGEMIDDELBRUK;

/** 1101 Ja/nei (BytteresRekvirent, M9.5 AlleResepter). */
export const JA_NEI = { '1': 'Ja', '2': 'Nei' } as const;

/** 7427 Hjemmel for refusjon (RefHjemmel). 200-600 are blåreseptforskriften §§ 2-6 under folketrygdloven § 5-14. */
export const REFUSJONSHJEMMEL = {
  '100': '§5-14',
  '200': '§5-14 §2',
  '300': '§5-14 §3',
  '301': '§5-14 §3a',
  '302': '§5-14 §3b',
  '400': '§5-14 §4',
  '500': '§5-14 §5',
  '501': '§5-14 §5.1',
  '502': '§5-14 §5.2',
  '503': '§5-14 §5.3',
  '504': '§5-14 §5.4',
  '505': '§5-14 §5.5',
  '506': '§5-14 §5.6',
  '507': '§5-14 §5.7',
  '508': '§5-14 §5.8',
  '509': '§5-14 §5.9',
  '510': '§5-14 §5.10',
  '511': '§5-14 §5.11',
  '512': '§5-14 §5.12',
  '513': '§5-14 §5.13',
  '514': '§5-14 §5.14',
  '600': '§5-14 §6',
  '601': '§5-14 §6.1',
  '602': '§5-14 §6.2',
  '603': '§5-14 §6.3',
  '604': '§5-14 §6.4',
  '700': '§5-22',
  '703': '§5-22P',
  '800': '§5-25',
  '900': '§10-7i',
  '950': 'H-resept',
} as const;
export type RefusjonshjemmelCode = keyof typeof REFUSJONSHJEMMEL;

/** 7500 Årsak for tilbakekalling (M5 Arsak). */
export const ARSAK_TILBAKEKALLING = {
  '1': 'Fornying',
  '2': 'Seponering',
  '3': 'Fornying med endring',
  '4': 'Annen',
} as const;
export type ArsakTilbakekallingCode = keyof typeof ARSAK_TILBAKEKALLING;

/** 7503 Status kvittering på tilbakekalling (M5.2 Status). */
export const STATUS_KVITTERING_TILBAKEKALLING = {
  '1': 'Resept tilbakekalt',
  '2': 'Resepten er under ekspedering, blir tilbakekalt når ekspedering avsluttes',
} as const;

/** 7408 Status resept (M9.6 Listeelement/Status). */
export const STATUS_RESEPT = {
  A: 'Avslått søknad fra SLV',
  B: 'Under behandling av SLV',
  E: 'Ekspederbar',
  F: 'Foreldet',
  H: 'HPR mangler fødselsnummer',
  R: 'Resept avsluttet',
  T: 'Tilbakekalt',
  U: 'Under ekspedering',
  X: 'Ugyldig',
} as const;

/** 7407 Status for søk etter resept (M9.6 StatusSok). */
export const STATUS_SOK = {
  '1': 'Ugyldig referansenummer',
  '2': 'Ugyldig fødselsnummer',
  '3': 'Ugyldig nødsøk',
  '4': 'Ingen resept på dette søk',
} as const;

/** 8258 Status for mottak av melding (AppRec Status). */
export const APPREC_STATUS = { '1': 'OK', '2': 'Avvist', '3': 'OK, feil i delmelding' } as const;
export type AppRecStatusCode = keyof typeof APPREC_STATUS;

/** 8221 Generelle feil i AppRec (HIS 80415 §4.4.6): what the simulated reseptformidler answers with. */
export const APPREC_ERRORS = {
  E10: 'Ugyldig meldingsidentifikator',
  E20: 'Lege finnes ikke',
  E21: 'Mottaker finnes ikke',
  E30: 'Pasientens fødselsnummer mangler',
  E31: 'Pasientens fødselsnummer er feil',
  E32: 'Pasientens navn mangler',
  E33: 'Pasientens etternavn mangler',
  E34: 'Pasientens fornavn mangler',
  E35: 'Pasienten finnes ikke i mottakersystemet',
  E36: 'Pasientopplysninger er utilstrekkelige',
  E53: 'Pasientens fødselsnummer eller D-nummer finnes ikke registrert i Folkeregisteret.',
  E54: 'Pasientens fødselsnummer er ikke registrert i mottagersystemet',
  S01: 'Feil på signatur',
  S02: 'Ugyldig sertifikat',
  S03: 'Tilbaketrukket sertifikat',
  S99: 'Annen feil på signatur eller sertifikat',
  T01: "Ikke XML / ikke 'well formed' / uleselig",
  T02: 'XML validerer ikke',
  T10: 'Støtter ikke meldingsformatet',
  T99: 'Annen feil på format',
  X99: 'Annen feil',
} as const;
export type AppRecErrorCode = keyof typeof APPREC_ERRORS;

/** 8112 Rolle til mottaker (AppRec Sender/Role), and AVS for the original sender (HIS 80415 §3.5.1). */
export const APPREC_ROLES = { PRIM: 'Primærmottaker', COP: 'Kopimottaker', AVS: 'Avsender' } as const;
