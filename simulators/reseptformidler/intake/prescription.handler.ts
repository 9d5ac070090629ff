/**
 * M1 Resept (R0908): RF registers the prescription when the prescriber and patient are identified and a låst
 * resept carries a referansenummer that RF itself issued to this clinic (M4.1/M4.2, R1908) and that no other
 * prescription uses. The answer is the AppRec alone.
 */
import { readResept } from '../../../electron/integrations/messages/m1.parser';
import { MessageFormatError } from '../../../electron/integrations/messages/message-errors';
import type { ParsedPrescriptionMessage } from '../../../electron/integrations/messages/m1.types';
import { requirePayload } from '../../../electron/integrations/messages/msghead.parser';
import { NS } from '../../../electron/integrations/messages/namespaces';
import { hasValidCheckDigit } from '../referansenummer';
import { findByRefNr, insertPrescription } from '../storage/prescriptions.store';
import { findReferenceNumber } from '../storage/registry.store';
import type { RfDatabase } from '../storage/rf-database';
import { rejected, type MessageHandler, type Outcome } from './intake.types';
import { nationalIdentOf, patientProblem, prescriberProblem } from './party.rules';

function referenceNumberProblem(db: RfDatabase, message: ParsedPrescriptionMessage): Outcome | undefined {
  const { prescription, head } = message;
  const refNr = prescription.referansenummer;
  if (refNr === undefined) {
    return prescription.locked
      ? rejected('X99', 'Låst resept uten referansenummer (RefNr). Hent referansenummer fra reseptformidleren (M4.1).')
      : undefined;
  }
  if (!hasValidCheckDigit(refNr)) {
    return rejected('X99', `Referansenummeret ${refNr} er ugyldig (kontrollsifferet stemmer ikke, modulus 11).`);
  }
  const issued = findReferenceNumber(db, refNr);
  if (!issued) {
    return rejected('X99', `Referansenummeret ${refNr} er ikke utstedt av reseptformidleren.`);
  }
  if (issued.issuedToHer !== head.sender.herId) {
    return rejected('X99', `Referansenummeret ${refNr} er utstedt til en annen virksomhet.`);
  }
  const user = findByRefNr(db, refNr);
  if (user) return rejected('X99', `Referansenummeret ${refNr} er allerede brukt på en annen resept.`);
  return undefined;
}

export const handlePrescription: MessageHandler = (context, { xml, head }) => {
  let message: ParsedPrescriptionMessage;
  try {
    // The envelope is already read: read the Resept from it rather than parse the text again.
    message = { head, reseptId: head.msgId, prescription: readResept(requirePayload(head, NS.m1, 'Resept')) };
  } catch (error) {
    if (error instanceof MessageFormatError) return rejected('T99', error.message);
    throw error;
  }
  const { prescription } = message;
  const prescriber = prescriberProblem(head);
  if (prescriber) return { status: 'rejected', errors: [prescriber] };
  const lockedWithRefNr = prescription.locked && prescription.referansenummer !== undefined;
  const patient = patientProblem(head, lockedWithRefNr);
  if (patient) return { status: 'rejected', errors: [patient] };
  const reference = referenceNumberProblem(context.db, message);
  if (reference) return reference;
  if (prescription.expiresOn < context.today) {
    return rejected('X99', `Resepten var utløpt da den kom fram (Utloper ${prescription.expiresOn}).`);
  }

  const ident = nationalIdentOf(head);
  insertPrescription(
    context.db,
    {
      reseptId: message.reseptId,
      m1Xml: xml,
      patientIdent: ident?.id ?? null,
      patientIdentType: ident?.type ?? null,
      refNr: prescription.referansenummer ?? null,
      locked: prescription.locked,
      prescriberHpr: head.sender.professional?.hprNummer ?? '',
      clinicHer: head.sender.herId ?? '',
      prescribedOn: prescription.prescribedOn,
      expiresOn: prescription.expiresOn,
      reit: prescription.reit,
      state: 'registrert',
      closed: false,
      revocationReason: null,
    },
    context.now.toISOString(),
  );
  return { status: 'accepted', answers: [] };
};
