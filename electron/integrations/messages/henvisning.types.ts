/**
 * Henvisning v2.0 (HIS 80517:2017, namespace http://ehelse.no/xmlstds/henvisning/2017-11-30) in the profile
 * "Henvisning ny tilstand" (HIS 1207:2018, MsgHead MsgInfo/Type HENVISNING_NYTILSTAND), as plain data: what the
 * builder needs and what the parser gives back. Identifiers are the national ones (HER-id, HPR-nummer,
 * organisasjonsnummer, fødselsnummer/D-nummer); a clinic's own H-nummer never leaves the clinic.
 *
 * How v2.0 expresses a change or a cancellation (HIS 80517 §4.1, the official examples *_Endring.xml and
 * *_Kansellering.xml): the same Henvisning is sent again with Henvisning/ServType (kodeverk 7309) M "Endring" or
 * C "Kansellering", the SAME DocumentId and IssueDate as the original, a ReqComment saying why, and a MsgHead
 * ConversationRef (RefToConversation: the first henvisning's MsgId; RefToParent: the message it follows up). The
 * MsgHead MsgId is always new.
 */

/** 7309 Tjenestetype on Henvisning/ServType: N Ny, M Endring, C Kansellering. */
export type HenvisningKind = 'ny' | 'endring' | 'annullering';

/** 8306 Hastegrad henvisning (ReqServ/Priority, HIS 80517 §4.18). */
export type Hastegrad = '0' | '3' | 'N' | 'PK';

/** What is asked for: written as 8455 Henvisningstype plus a ReasonAsText "UTRED" (8231) sentence. */
export type RequestedService = 'utredning' | 'behandling' | 'vurdering';

export type DiagnosisSystem = 'ICPC-2' | 'ICD-10';

export interface HenvisningDiagnosis {
  system: DiagnosisSystem;
  code: string;
  text: string;
}

/** 3401 Adressetype is H (bostedsadresse) for a patient, PST/RES for a clinic. */
export interface HenvisningAddress {
  streetAddress?: string;
  postalCode?: string;
  city?: string;
}

export interface ReferringDoctor {
  familyName: string;
  givenName: string;
  middleName?: string;
  /** Required by HIS 1207 §5.2.1 (name) and HISD 1174 (contact): the HPR-nummer identifies the doctor. */
  hprNummer: string;
  /** The doctor's own HER-id (Adresseregisteret), when the doctor has one. */
  herId?: string;
  /** Direct phone; the clinic's phone is used when absent. */
  phone?: string;
}

export interface HenvisningSender {
  clinicName: string;
  organisationNumber: string;
  /** The clinic's HER-id: the answers (AppRec, dialogmelding, epikrise) come back to it. */
  herId: string;
  address?: HenvisningAddress;
  /** Reply phone (HISD 1174: the receiver must be able to call back). */
  phone?: string;
  doctor: ReferringDoctor;
}

export interface HenvisningReceiver {
  organisationName: string;
  herId: string;
  /** The department (Receiver/Organisation/Organisation): tjenestebasert adressering, HIS 1153. */
  department?: { name: string; herId: string };
}

export interface NextOfKin {
  familyName: string;
  givenName: string;
  /** 9033 Slektskap mv. til pasient, e.g. MO Mor, EF Ektefelle, SA Samboer, DA Datter. */
  relation?: { code: string; displayName: string };
  phone?: string;
  /** NarmesteParorende; true for the one next of kin the GP records. */
  closest?: boolean;
}

export interface InterpreterNeed {
  /** 3303 Språk, e.g. { code: 'AR', displayName: 'ARABISK' }; SE NORDSAMISK. For sign language put it in note. */
  language?: { code: string; displayName: string };
  note?: string;
}

export interface HenvisningPatient {
  familyName: string;
  givenName: string;
  middleName?: string;
  /** Fødselsnummer, D-nummer or felles hjelpenummer (HIS 80517 §3.1: always in MsgHead Patient). */
  ident: { id: string; type: 'FNR' | 'DNR' | 'FHN' };
  /** 3101 Kjønn: 1 Mann, 2 Kvinne, 0 Ikke kjent, 9 Ikke spesifisert. */
  sex?: '0' | '1' | '2' | '9';
  /** YYYY-MM-DD. */
  dateOfBirth?: string;
  address?: HenvisningAddress;
  /** Mobile phone of the patient. */
  phone?: string;
  nextOfKin?: NextOfKin[];
  /** Present when an interpreter is needed. */
  interpreter?: InterpreterNeed;
}

export interface HenvisningMedicine {
  name: string;
  dosageText?: string;
  /** ATC code when known (7180); the medicine is then sent structured (InfItem/Medication). */
  atc?: string;
}

export interface CopyRecipient {
  name: string;
  herId: string;
}

export interface HenvisningAttachment {
  title: string;
  /** pdf, jpg and png must be supported by every receiver (HIS 1207 §5.1.2). */
  mimeType: string;
  /** Base64 of the file. */
  base64: string;
}

export interface HenvisningInput {
  /** MsgHead MsgId: new for every message (the outbox row's id; a retry resends the same id). */
  msgId: string;
  /** xs:dateTime of this message. */
  genDate: string;
  kind: HenvisningKind;
  /**
   * Henvisning/DocumentId: our reference for the referral (a UUID is recommended). The SAME for the original
   * and its endring/annullering (HIS 80517 §4.1).
   */
  referralId: string;
  /** Henvisning/IssueDate: when the referral was completed; kept on endring/annullering. xs:dateTime. */
  issueDate: string;
  /** Required for endring/annullering: the original henvisning's MsgId and the last message in the conversation. */
  conversationRef?: { refToConversation: string; refToParent: string };
  /** ReqComment: why it is changed or cancelled (required for endring/annullering). */
  reason?: string;
  sender: HenvisningSender;
  receiver: HenvisningReceiver;
  patient: HenvisningPatient;
  hastegrad: Hastegrad;
  /**
   * The GP's view on whether the patient's right to necessary care should be assessed. HIS 1207 §5 forbids
   * rettighetsvurdering information in a "ny tilstand" henvisning, so this is not written to the XML; it is kept
   * for the journal and the paper letter. The receiver decides (pasient- og brukerrettighetsloven § 2-2).
   */
  assessRights: boolean;
  /** ReasonAsText PROB "Aktuell problemstilling": always required (HIS 1207 §5.2.1). */
  problemstilling: string;
  requested: RequestedService;
  /** Free text on what is expected (ReasonAsText UTRED "Forventet utredning/behandling"). */
  requestedText?: string;
  /** First is the main condition (HIS 80517 §4.16). */
  diagnoses: HenvisningDiagnosis[];
  /** InfItem ANAM "Sykehistorie". */
  history?: string;
  /** InfItem FUNN "Funn og undersøkelsesresultat". */
  findings?: string;
  medicines?: HenvisningMedicine[];
  /** InfItem CAVE "Cave-opplysninger" (kritisk informasjon: allergies, reactions). */
  cave?: string;
  /** PatientPrecaution: other critical information for the receiver (smittefare, gravid, ...). */
  criticalInfo?: string[];
  /**
   * Copy recipients. HIS 1207 §5.1 forbids MsgHead OtherReceiver ("Kopi av en henvisning må formidles på annen
   * måte"), so each is written as po:TilknyttetEnhet with Merknad "Kopimottaker" for the receiver to know who
   * should get copies of answers (e.g. the epikrise).
   */
  copyRecipients?: CopyRecipient[];
  /** Each in its own MsgHead Document after the Henvisning (HIS 1036:2011). */
  attachments?: HenvisningAttachment[];
}

/** What parseHenvisning gives back, for v2.0 and v1.1 documents. */
export interface ParsedHenvisning {
  version: '1.1' | '2.0';
  /** MsgHead MsgInfo/Type V, e.g. HENVISNING_NYTILSTAND (absent for a bare v1.1 Message). */
  msgType?: string;
  msgId: string;
  genDate: string;
  conversationRef?: { refToConversation: string; refToParent: string };
  kind: HenvisningKind | 'annet';
  /** 7309 code as sent. */
  serviceType: string;
  referralId: string;
  issueDate: string;
  reason?: string;
  sender: {
    organisationName: string;
    herId?: string;
    organisationNumber?: string;
    phone?: string;
    doctor?: { familyName?: string; givenName?: string; hprNummer?: string; herId?: string; phone?: string };
  };
  receiver: { organisationName: string; herId?: string; department?: { name: string; herId?: string } };
  patient: {
    familyName?: string;
    givenName?: string;
    middleName?: string;
    ident?: { id: string; type: string };
    sex?: string;
    dateOfBirth?: string;
    address?: HenvisningAddress;
    phone?: string;
  };
  nextOfKin: Array<{ name: string; relation?: string; phone?: string }>;
  interpreter?: { language?: string; note?: string };
  /** ReqServ/Priority: 8306 code and text (v1.1 used another list, reported as sent). */
  hastegrad?: { code: string; displayName?: string };
  requestedType?: { code: string; displayName?: string };
  /** Every ReasonAsText and Comment, with its heading text. */
  sections: Array<{ heading: string; text: string }>;
  problemstilling?: string;
  diagnoses: Array<{ system?: string; code: string; text?: string }>;
  history?: string;
  findings?: string;
  medicines: Array<{ name: string; dosageText?: string }>;
  cave?: string;
  criticalInfo: string[];
  copyRecipients: CopyRecipient[];
  attachments: Array<{ title?: string; mimeType?: string; size: number }>;
  signed: boolean;
}
