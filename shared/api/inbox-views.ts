/** What the inbox.* calls return to the renderer: documents shown readably, never as XML. */

export type InboxKind = 'henvisning' | 'dialogmelding' | 'epikrise' | 'svarrapport' | 'apprec';
export type InboxStatus = 'uavklart' | 'til_behandling' | 'arkivert' | 'ugyldig';

export const INBOX_KIND_LABELS: Record<InboxKind, string> = {
  henvisning: 'Henvisning',
  dialogmelding: 'Dialogmelding',
  epikrise: 'Epikrise',
  svarrapport: 'Svarrapport',
  apprec: 'Applikasjonskvittering',
};

export const INBOX_STATUS_LABELS: Record<InboxStatus, string> = {
  uavklart: 'Uavklart',
  til_behandling: 'Til behandling',
  arkivert: 'Arkivert',
  ugyldig: 'Ugyldig',
};

/** A heading and its text, as the sender wrote it (paragraphs separated by blank lines). */
export interface ReadableSection {
  heading: string;
  text: string;
}

export interface ReadableDiagnosis {
  code: string;
  /** 'ICPC-2' | 'ICD-10' | the code list's OID when unknown */
  system: string;
  text: string;
  /** e.g. 'Hoveddiagnose', 'Bidiagnose', 'Henvisningsdiagnose' */
  role: string | null;
}

export interface ReadableMedicine {
  name: string;
  atcCode: string | null;
  dose: string | null;
  dosage: string | null;
  status: string | null;
}

/** The readable content of a received document, worked out once when it is stored. */
export interface ReadableDocument {
  /** e.g. 'Epikrise', 'Status på henvisning' */
  title: string;
  sections: ReadableSection[];
  diagnoses: ReadableDiagnosis[];
  medicines: ReadableMedicine[];
  /** The specialist's assessment in plain words, where the document has one. */
  assessment: string | null;
  /** Who wrote or signed it at the sender, e.g. 'Overlege Rita Lin'. */
  author: string | null;
}

/** Facts a dialogmelding gives about a referral (rettighetsvurdering, frist, time). */
export interface AssessedFacts {
  assessedAt: string | null;
  frist: string | null;
  appointmentAt: string | null;
  rightToCare: boolean | null;
}

/** One row of the inbox list. */
export interface InboxItemView {
  id: string;
  msgId: string;
  kind: InboxKind;
  kindLabel: string;
  title: string;
  standardVersion: string;
  status: InboxStatus;
  statusLabel: string;
  receivedAt: string;
  documentDate: string | null;
  source: 'helsenett' | 'import';
  sender: { name: string; herId: string | null; person: string | null };
  /** The patient the document is matched to, or null while it waits in the queue. */
  patient: { id: string; name: string; identityNumber: string } | null;
  /** The patient as the message names them (shown for an unmatched document). */
  patientInMessage: { name: string | null; ident: string | null; identType: string | null };
  referralId: string | null;
  unmatchedReason: string | null;
  filedAt: string | null;
  filedBy: string | null;
}

export interface InboxDocumentView extends InboxItemView {
  content: ReadableDocument;
  schemaErrors: string[];
  facts: AssessedFacts;
  journalNoteId: string | null;
}

export interface InboxListView {
  items: InboxItemView[];
  counts: Record<InboxStatus, number>;
}

/** What importing (CLI) or receiving (delivery hook) one message did. */
export interface InboxStoreResult {
  id: string;
  msgId: string;
  kind: InboxKind;
  status: InboxStatus;
  /** False when the MsgId was already stored: nothing was written. */
  stored: boolean;
  patientId: string | null;
  referralId: string | null;
  unmatchedReason: string | null;
  schemaErrors: string[];
}
