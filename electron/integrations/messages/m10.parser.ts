/**
 * Reads M10 Utleveringsrapport (R1308 §4.2.4): the simulated reseptformidler's record of a pharmacy's
 * dispensing. Egenandel, intervensjon and papirresept are not read: the simulator's pharmacy does not send them.
 */
import { parseMsgHead, requirePayload } from './msghead.parser';
import { NS } from './namespaces';
import type { ParsedPharmacyReport } from './utlevering.types';
import { childBoolean, childCoded, childElement, childText, parseBoolean, requireChild, requireText } from './xml-dom';

const UL = NS.utlevering;

export function parseM10Message(xml: string): ParsedPharmacyReport {
  const head = parseMsgHead(xml);
  const report = requirePayload(head, NS.m10, 'Utleveringsrapport');
  const utlevering = requireChild(report, UL, 'Utlevering');
  const utleverer = requireChild(utlevering, UL, 'Utleverer');
  const parsed: ParsedPharmacyReport = {
    head,
    reseptId: requireText(utlevering, UL, 'ReseptId'),
    dispensedOn: requireText(utlevering, UL, 'Utleveringsdato').slice(0, 10),
    annulment: parseBoolean(requireText(utlevering, UL, 'Annullering')),
    dispenser: {
      herId: requireText(requireChild(utleverer, UL, 'HerId'), NS.felleskomponent1, 'Id'),
      name: requireText(utleverer, UL, 'Navn'),
    },
    noReportToFastlege: childBoolean(report, NS.m10, 'ReservasjonRapportFastlege') ?? false,
    employeeId: requireText(report, NS.m10, 'AnsattId'),
  };
  const annulmentId = childText(utlevering, UL, 'AnnulleringsId');
  const completed = childCoded(utlevering, UL, 'Avsluttet');
  const item = childElement(utlevering, NS.m1, 'ReseptDokLegemiddel');
  if (annulmentId !== undefined) parsed.annulmentId = annulmentId;
  if (completed !== undefined) parsed.completed = completed.code === '1';
  if (item !== undefined) parsed.dispensedItem = item;
  return parsed;
}
