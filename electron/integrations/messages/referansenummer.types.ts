/**
 * M4.1 Forespørsel om referansenummer and M4.2 Referansenummer (R1908, schemas ER-M41/M42-2006-10-06): the EPJ
 * keeps a small pool of numbers from RF for låste resepter and patients without FNR/DNR, and asks for more when it
 * runs low (R1908 §3.1).
 */
import type { MsgHeadInput, ParsedMsgHead } from './msghead.types';

export interface ReferenceNumberRequestInput {
  envelope: Omit<MsgHeadInput, 'type' | 'patient'>;
  /** Antall: how many numbers we want. */
  count: number;
}

export interface ParsedReferenceNumberRequest {
  head: ParsedMsgHead;
  count: number;
}

export interface ReferenceNumbersMessageInput {
  envelope: Omit<MsgHeadInput, 'type' | 'patient'>;
  referansenumre: readonly string[];
}

export interface ParsedReferenceNumbers {
  head: ParsedMsgHead;
  referansenumre: string[];
}
