/**
 * What the simulated reseptformidler needs to write an M9.6 Reseptliste, 2018-07-01 (HIS 3004:2018 §6.2). The
 * reader's types are in reseptliste.types.ts; these are the builder's input.
 */
import type { ArsakTilbakekallingCode, STATUS_RESEPT, STATUS_SOK } from './code-lists';
import type { MsgHeadInput } from './msghead.types';
import type { ListDispensing } from './reseptliste.types';

export type ReseptStatusCode = keyof typeof STATUS_RESEPT;
export type SearchStatusCode = keyof typeof STATUS_SOK;

export interface PrescriptionListItemInput {
  reseptId: string;
  /** NavnUtleverer: the pharmacy that has the prescription for dispensing. */
  pharmacyName?: string;
  /** 7408 Status resept. */
  status: ReseptStatusCode;
  /** TilbakekallingStatus: revoked while a pharmacy is dispensing it (HIS 3004:2018 §6.2.2). */
  revokedWhileDispensing?: boolean;
  /** Arsak (7500), only on revoked prescriptions. */
  revocationReason?: ArsakTilbakekallingCode;
  dispensings: readonly ListDispensing[];
}

export interface PrescriptionListInput {
  patient?: { fnr: string; otherFnr?: readonly string[] };
  /** LastResept: RF holds låste resepter for the patient that this list leaves out. */
  lockedPrescriptionsExist?: boolean;
  /** Pasientreservasjon: the patient has blocked the requester; only the requester's own are listed. */
  patientReservation?: boolean;
  /** StatusSok (7407): when the search found nothing. The schema allows it only instead of Listeelement. */
  searchStatus?: SearchStatusCode;
  items: readonly PrescriptionListItemInput[];
}

export interface PrescriptionListMessageInput {
  envelope: Omit<MsgHeadInput, 'type'>;
  list: PrescriptionListInput;
  /** The listed M1s as their prescribers sent them (complete MsgHead documents, signature included). */
  attachments: readonly string[];
  /** Compress each attachment (gzip) — when the list reaches the M9.5's Komprimering (HIS 3003:2018 §6.2). */
  compress: boolean;
}
