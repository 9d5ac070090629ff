/**
 * AppRec, the application receipt (HIS 80415:2012 v1.1; v1.0 HIS 80415:2004 is still read). It is its own XML
 * document, not a MsgHead payload: it answers one received message, naming it by MsgType, IssueDate and MsgId.
 */
import type { AppRecStatusCode, MessageType } from './code-lists';
import type { CodedValue } from './xml-dom';

/** A person at the institution (HCPerson): the doctor the original message came from or went to. */
export interface AppRecPerson {
  name: string;
  id: string;
  /** 8116 for persons (HPR, HER, ...). */
  idType: string;
}

/** HCP/Inst: the institution, identified by HER-id (9051), with other ids as AdditionalId. */
export interface AppRecInstitution {
  name: string;
  id: string;
  idType: string;
  additionalIds?: Array<{ id: string; type: string }>;
  person?: AppRecPerson;
}

/** 8112 Role: PRIM primærmottaker or COP kopimottaker for the sender, AVS for the receiver (HIS 80415 §3.5.1). */
export type AppRecRole = 'PRIM' | 'COP' | 'AVS';

export interface AppRecParty {
  role?: AppRecRole;
  institution: AppRecInstitution;
}

export interface AppRecError {
  code: string;
  /** DN; for 8221 codes the builder fills it in from the code list when absent. */
  displayName?: string;
  /** OID of the error code list; 8221 (generic errors) when absent. */
  system?: string;
  /** OT: free text, e.g. which element failed validation. */
  originalText?: string;
}

export interface AppRecInput {
  /** Stable id of this receipt. */
  id: string;
  genDate: string;
  sender: AppRecParty;
  receiver: AppRecParty;
  /** 8258: 1 OK, 2 Avvist, 3 OK med feil i delmelding. */
  status: AppRecStatusCode;
  errors?: readonly AppRecError[];
  originalMessage: { type: MessageType; issueDate: string; msgId: string };
  software?: { name: string; version: string };
}

export interface ParsedAppRec {
  version: '1.0' | '1.1';
  id: string;
  genDate: string;
  sender: AppRecParty;
  receiver: AppRecParty;
  status: CodedValue;
  errors: CodedValue[];
  originalMessage: { type: CodedValue; issueDate: string; msgId: string };
}
