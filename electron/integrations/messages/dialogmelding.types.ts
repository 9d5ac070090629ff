/**
 * Dialogmelding v1.1 (HIS 80603:2017, namespace http://www.kith.no/xmlstds/dialog/2013-01-23) as plain data. The
 * specialist's answer to a henvisning is the profile "Status på henvisning" (HIS 1206:2018): MsgHead MsgInfo/Type
 * DIALOG_STATUS_HENVISNING, one Notat with TemaKodet from 9148 "Status på vurdering av henvisning" and the result
 * of the assessment (rettighetsvurdering, frist, time og sted) as text, plus the assessing professional's name and
 * phone. The profile allows no other structured fields, so the builder writes the assessment as fixed Norwegian
 * sentences and the parser reads them back (and the official example's wording).
 */
import type { StatusVurderingCode } from './henvisning.codes';
import type { EnvelopeOrganisation, EnvelopePatient } from './henvisning.msghead';

export interface ReferralAssessment {
  /** 9148: 1 Innkalles til helsehjelp, 2 Rett til helsehjelp, tidspunkt kommer, 3 videresendt, 4 avvist. */
  status: StatusVurderingCode;
  /** Rettighetsvurdering: rett til nødvendig helsehjelp i spesialisthelsetjenesten (pbrl. § 2-1 b). */
  rightToNecessaryCare: boolean;
  /** YYYY-MM-DD the henvisning was received. */
  receivedOn: string;
  /** YYYY-MM-DD it was assessed. */
  assessedOn: string;
  /** YYYY-MM-DD: frist for når helsehjelpen senest skal starte (only with a right to care). */
  deadline?: string;
  /** Local time "YYYY-MM-DDTHH:MM" and the place of the appointment. */
  appointment?: { start: string; place?: string };
  /** Begrunnelse (required when avvist) or any other information to the referrer. */
  text?: string;
}

export interface StatusPaHenvisningInput {
  msgId: string;
  genDate: string;
  /**
   * HIS 1206 §4.1.1: RefToConversation is the original henvisning's MsgId; RefToParent is the same for a first
   * answer, else the previous status message.
   */
  conversationRef: { refToConversation: string; refToParent: string };
  /** The assessing service (organisation with department). */
  sender: EnvelopeOrganisation;
  /** The referrer: the henvisning's sender, with the referring doctor as professional. */
  receiver: EnvelopeOrganisation;
  /** Copies (e.g. the patient's fastlege), MsgHead OtherReceiver with role COP. */
  otherReceivers?: EnvelopeOrganisation[];
  patient: EnvelopePatient;
  assessment: ReferralAssessment;
  /** Name and phone of the professional who assessed the henvisning (required, HIS 1206 §4.2.1). */
  assessor: { familyName: string; givenName: string; hprNummer?: string; phone: string };
  /** The unit responsible for follow-up, with phone (TilknyttetEnhet). */
  unit?: { name: string; phone?: string; herId?: string };
}

/** One Notat or Foresporsel of a parsed Dialogmelding. */
export interface ParsedDialogNote {
  kind: 'notat' | 'foresporsel';
  /** TemaKodet / TypeForesp: code, code list (OID) and text. */
  topic: { code: string; system?: string; displayName?: string };
  /** Tema / EmneSporsmal. */
  title?: string;
  /** TekstNotatInnhold / Sporsmal as plain text (XHTML flattened). */
  text?: string;
  date?: string;
  /** People named in RollerRelatertNotat: name, role and phone. */
  people: Array<{ name: string; role?: string; hprNummer?: string; phone?: string }>;
}

export interface ParsedDialogmelding {
  /** MsgHead MsgInfo/Type V, e.g. DIALOG_STATUS_HENVISNING, DIALOG_HELSEFAGLIG. */
  msgType: string;
  msgTypeText?: string;
  msgId: string;
  genDate: string;
  conversationRef?: { refToConversation: string; refToParent: string };
  sender: { organisationName: string; herId?: string; department?: { name: string; herId?: string } };
  receiver: { organisationName: string; herId?: string; department?: { name: string; herId?: string } };
  copyReceivers: Array<{ organisationName: string; herId?: string }>;
  patient: {
    familyName?: string;
    givenName?: string;
    middleName?: string;
    ident?: { id: string; type: string };
    dateOfBirth?: string;
    sex?: string;
  };
  notes: ParsedDialogNote[];
  /** The assessment, when this is a Status på henvisning (read from the 9148 code and the text). */
  assessment?: Omit<Partial<ReferralAssessment>, 'status'> & { status: string; statusText?: string };
  attachments: Array<{ title?: string; mimeType?: string; size: number }>;
  signed: boolean;
}
