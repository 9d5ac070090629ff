/**
 * M5 Tilbakekalling and its receipt M5.2 (R1208 §4.2; schemas ER-M5-2013-04-16 and ER-M52-2013-12-01).
 * ReseptId is the MsgId of the M1 being revoked.
 */
import type { ArsakTilbakekallingCode } from './code-lists';
import type { MsgHeadInput, ParsedMsgHead } from './msghead.types';
import type { CodedValue } from './xml-dom';

export interface Revocation {
  reseptId: string;
  /** 7500 Årsak for tilbakekalling: 1 fornying, 2 seponering, 3 fornying med endring, 4 annen. */
  reason: ArsakTilbakekallingCode;
  /** Merknad: the doctor's reason in words. */
  note?: string;
  /** NyReseptId: the renewing prescription, only for reason 1 or 3 (R1208 §4.2.1). */
  newReseptId?: string;
}

export interface RevocationMessageInput {
  envelope: Omit<MsgHeadInput, 'type'>;
  revocation: Revocation;
}

export interface ParsedRevocationMessage {
  head: ParsedMsgHead;
  revocation: Revocation;
}

/** 7503: 1 tilbakekalt; 2 under ekspedering, tilbakekalles når ekspederingen er avsluttet. */
export type RevocationReceiptStatus = '1' | '2';

export interface RevocationReceipt {
  reseptId: string;
  status: RevocationReceiptStatus;
}

export interface RevocationReceiptMessageInput {
  envelope: Omit<MsgHeadInput, 'type'>;
  receipt: RevocationReceipt;
}

export interface ParsedRevocationReceiptMessage {
  head: ParsedMsgHead;
  reseptId: string;
  status: CodedValue;
}
