/**
 * M9.5 → M9.6 Reseptliste (HIS 3003:2018, HIS 3004:2018). RF lists the patient's prescriptions found by
 * fødselsnummer, united with those named by referansenummer. A låst resept shows only to someone who gives its
 * referansenummer; the others are flagged with LastResept. When the patient has blocked the requesting
 * prescriber, only that prescriber's own prescriptions are listed, flagged with Pasientreservasjon
 * (HIS 3004:2018 §6.2.1). Without AlleResepter only ekspederbare are listed (HIS 3003:2018 §6.2).
 */
import { buildM96Message } from '../../../electron/integrations/messages/m96.builder';
import type { PrescriptionListInput, SearchStatusCode } from '../../../electron/integrations/messages/m96.types';
import { parseM95Message } from '../../../electron/integrations/messages/m95.parser';
import { MessageFormatError } from '../../../electron/integrations/messages/message-errors';
import type { PrescriptionListRequest } from '../../../electron/integrations/messages/reseptliste.types';
import type { ArsakTilbakekallingCode } from '../../../electron/integrations/messages/code-lists';
import { checkIdentityNumber } from '../../../shared/rules/identity-number';
import { isDispensable, listStatus, summariseDispensings } from '../prescription-state';
import { dispensingsOf } from '../storage/dispensings.store';
import {
  expireDue,
  findByRefNr,
  prescriptionsOfPatient,
  type StoredPrescription,
} from '../storage/prescriptions.store';
import { isBlocked } from '../storage/registry.store';
import type { RfDatabase } from '../storage/rf-database';
import { rejected, type MessageHandler } from './intake.types';
import { prescriberProblem } from './party.rules';
import { replyEnvelope } from './reply-envelope';

interface Found {
  list: PrescriptionListInput;
  prescriptions: StoredPrescription[];
}

function search(db: RfDatabase, request: PrescriptionListRequest, requesterHpr: string): Found {
  const found = new Map<string, StoredPrescription>();
  const hiddenLocked = new Set<string>();
  const list: Omit<PrescriptionListInput, 'items'> = {};
  let fnrInvalid = false;
  if (request.fnr !== undefined) {
    const check = checkIdentityNumber(request.fnr);
    if (!check.valid || check.type === 'hnr') {
      fnrInvalid = true;
    } else {
      const reserved = isBlocked(db, request.fnr, requesterHpr);
      list.patient = { fnr: request.fnr };
      list.patientReservation = reserved;
      for (const prescription of prescriptionsOfPatient(db, request.fnr)) {
        if (reserved && prescription.prescriberHpr !== requesterHpr) continue;
        if (prescription.locked) hiddenLocked.add(prescription.reseptId);
        else found.set(prescription.reseptId, prescription);
      }
    }
  }
  let unknownRefNr = false;
  for (const refNr of request.referansenumre) {
    const prescription = findByRefNr(db, refNr);
    if (!prescription) {
      unknownRefNr = true;
      continue;
    }
    found.set(prescription.reseptId, prescription);
    hiddenLocked.delete(prescription.reseptId);
  }
  if (request.fnr !== undefined && !fnrInvalid) list.lockedPrescriptionsExist = hiddenLocked.size > 0;

  const prescriptions = [...found.values()].filter((p) => request.allPrescriptions || isDispensable(p));
  if (prescriptions.length > 0) return { list: { ...list, items: items(db, prescriptions) }, prescriptions };
  // 7407 Status for søk etter resept: say why the list is empty.
  const searchStatus: SearchStatusCode = fnrInvalid ? '2' : unknownRefNr && request.fnr === undefined ? '1' : '4';
  return { list: { ...list, searchStatus, items: [] }, prescriptions: [] };
}

function items(db: RfDatabase, prescriptions: readonly StoredPrescription[]): PrescriptionListInput['items'] {
  return prescriptions.map((prescription) => {
    const dispensings = dispensingsOf(db, prescription.reseptId);
    const item: PrescriptionListInput['items'][number] = {
      reseptId: prescription.reseptId,
      status: listStatus(prescription),
      dispensings: summariseDispensings(dispensings),
    };
    const pharmacy = dispensings.at(-1)?.pharmacyName;
    if (pharmacy !== undefined) item.pharmacyName = pharmacy;
    if (prescription.state === 'tilbakekalt' && prescription.revocationReason !== null) {
      item.revocationReason = prescription.revocationReason as ArsakTilbakekallingCode;
    }
    return item;
  });
}

export const handlePrescriptionListRequest: MessageHandler = (context, { xml, head }) => {
  let request: PrescriptionListRequest;
  try {
    request = parseM95Message(xml).request;
  } catch (error) {
    if (error instanceof MessageFormatError) return rejected('T99', error.message);
    throw error;
  }
  const prescriber = prescriberProblem(head);
  if (prescriber) return { status: 'rejected', errors: [prescriber] };
  const at = context.now.toISOString();
  expireDue(context.db, context.today, at);
  const { list, prescriptions } = search(context.db, request, head.sender.professional?.hprNummer ?? '');
  const threshold = request.compressionThreshold;
  const msgId = context.newId();
  const xmlOut = context.emit(
    buildM96Message({
      envelope: replyEnvelope(head, { msgId, genDate: at, withPatient: true }),
      list,
      attachments: prescriptions.map((p) => p.m1Xml),
      compress: threshold > 0 && prescriptions.length >= threshold,
    }),
  );
  return {
    status: 'accepted',
    answers: [{ answerId: msgId, inReplyTo: head.msgId, herId: head.sender.herId ?? '', kind: 'ERM96', xml: xmlOut }],
  };
};
