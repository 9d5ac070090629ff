/**
 * Reads M6 Utleveringsrapport til rekvirent (R1308, ER-M6-2013-10-08 with ER-Utlevering-2013-10-08): the
 * reseptformidler tells the prescriber that a pharmacy dispensed (or annulled a dispensing of) a prescription.
 */
import type { Element } from '@xmldom/xmldom';
import { readDrug } from './m1.parser';
import type { ParsedDrug } from './m1.types';
import { parseMsgHead, requirePayload } from './msghead.parser';
import type { ParsedMsgHead } from './msghead.types';
import { NS } from './namespaces';
import {
  childBoolean,
  childCoded,
  childElement,
  childNumber,
  childText,
  parseBoolean,
  requireChild,
  requireText,
  type CodedValue,
} from './xml-dom';

const UL = NS.utlevering;

export interface DispensedItem {
  drug: ParsedDrug;
  numberOfPackages?: number;
  dosingText?: string;
}

export interface ParsedDispensingReport {
  head: ParsedMsgHead;
  reseptId: string;
  /** Utleveringsdato, YYYY-MM-DD. */
  dispensedOn: string;
  /** Annullering: this report cancels an earlier dispensing (AnnulleringsId names it). */
  annulment: boolean;
  annulmentId?: string;
  /** Avsluttet (1101): the pharmacy closed the prescription with this dispensing. */
  completed?: boolean;
  /** ByttereservasjonKunde: the patient refused a generic substitute. */
  patientRefusedSubstitution?: boolean;
  pharmacy: { herId: string; name: string };
  /** What was handed out, when the report carries it. */
  dispensed?: DispensedItem;
  /** ReferanseM10: the pharmacy's M10 behind this report. */
  referanseM10: string;
}

function readDispensed(utlevering: Element): DispensedItem | undefined {
  const dok = childElement(utlevering, NS.m1, 'ReseptDokLegemiddel');
  const forskrivning = dok ? childElement(dok, NS.forskrivning, 'Forskrivning') : undefined;
  if (!dok || !forskrivning) return undefined;
  const item: DispensedItem = { drug: readDrug(forskrivning) };
  const count = childNumber(dok, NS.m1, 'Antall');
  const dosing = childText(forskrivning, NS.forskrivning, 'DosVeiledEnkel');
  if (count !== undefined) item.numberOfPackages = count;
  if (dosing !== undefined) item.dosingText = dosing;
  return item;
}

function jaNei(coded: CodedValue | undefined): boolean | undefined {
  return coded === undefined ? undefined : coded.code === '1';
}

export function parseM6Message(xml: string): ParsedDispensingReport {
  const head = parseMsgHead(xml);
  const report = requirePayload(head, NS.m6, 'UtleveringsrapportRekvirent');
  const utlevering = requireChild(report, UL, 'Utlevering');
  const pharmacy = requireChild(utlevering, UL, 'Utleverer');
  const parsed: ParsedDispensingReport = {
    head,
    reseptId: requireText(utlevering, UL, 'ReseptId'),
    dispensedOn: requireText(utlevering, UL, 'Utleveringsdato').slice(0, 10),
    annulment: parseBoolean(requireText(utlevering, UL, 'Annullering')),
    pharmacy: {
      herId: requireText(requireChild(pharmacy, UL, 'HerId'), NS.felleskomponent1, 'Id'),
      name: requireText(pharmacy, UL, 'Navn'),
    },
    referanseM10: requireText(report, NS.m6, 'ReferanseM10'),
  };
  const annulmentId = childText(utlevering, UL, 'AnnulleringsId');
  const completed = jaNei(childCoded(utlevering, UL, 'Avsluttet'));
  const refused = childBoolean(utlevering, UL, 'ByttereservasjonKunde');
  const dispensed = readDispensed(utlevering);
  if (annulmentId !== undefined) parsed.annulmentId = annulmentId;
  if (completed !== undefined) parsed.completed = completed;
  if (refused !== undefined) parsed.patientRefusedSubstitution = refused;
  if (dispensed !== undefined) parsed.dispensed = dispensed;
  return parsed;
}
