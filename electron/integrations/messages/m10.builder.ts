/**
 * Builds M10 Utleveringsrapport (R1308 §4.2.4, ER-M10-2013-10-08): what a pharmacy sends the reseptformidler
 * when it dispenses. Only the simulated reseptformidler's pharmacy side writes it; a GP system never does.
 */
import { MessageInputError } from './message-errors';
import { buildMsgHead } from './msghead.builder';
import { NS } from './namespaces';
import { addUtlevering } from './utlevering.builder';
import type { PharmacyReportMessageInput } from './utlevering.types';
import { addElement, createDocument, rootElement, serializeDocument } from './xml-dom';

const M10 = NS.m10;

export function buildM10Message(input: PharmacyReportMessageInput): string {
  if (!input.envelope.patient) {
    throw new MessageInputError('M10 names the patient in MsgHead (R1308 §4.1.3).');
  }
  const doc = createDocument(M10, 'Utleveringsrapport');
  const root = rootElement(doc);
  addUtlevering(root, input.report.dispensing);
  addElement(root, M10, 'ReservasjonRapportFastlege', String(input.report.noReportToFastlege));
  addElement(root, M10, 'AnsattId', input.report.employeeId);
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM10' }, [doc]));
}
