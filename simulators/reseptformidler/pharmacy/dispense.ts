/**
 * The pharmacy side: a pharmacy looks a prescription up by referansenummer, or by the patient's fødselsnummer and
 * the ReseptId, and dispenses it. RF records the pharmacy's M10 (R1308 §4.2.4) and sends the prescriber an M6
 * (R1308 §4.2.7) naming that M10. A låst resept is dispensed only against its referansenummer (R0908 §4.2.1
 * LastResept: "kun kan utleveres med korrekt referansenummer").
 */
import type { Element } from '@xmldom/xmldom';
import { buildM10Message } from '../../../electron/integrations/messages/m10.builder';
import { parseM1Message } from '../../../electron/integrations/messages/m1.parser';
import { buildM6Message } from '../../../electron/integrations/messages/m6.builder';
import { parseMsgHead } from '../../../electron/integrations/messages/msghead.parser';
import type { Party } from '../../../electron/integrations/messages/msghead.types';
import { NS } from '../../../electron/integrations/messages/namespaces';
import type { Dispensing } from '../../../electron/integrations/messages/utlevering.types';
import { childElement } from '../../../electron/integrations/messages/xml-dom';
import type { RfContext } from '../intake/intake.types';
import { replyParty, replyPatient } from '../intake/reply-envelope';
import { isDispensable } from '../prescription-state';
import { RESEPTFORMIDLER } from '../rf-identity';
import { dispensingsOf, insertDispensing } from '../storage/dispensings.store';
import { enqueue, insertAnswer, type Answer } from '../storage/messages.store';
import {
  expireDue,
  findByRefNr,
  findPrescription,
  markDispensed,
  type StoredPrescription,
} from '../storage/prescriptions.store';

export interface DispenseRequest {
  referansenummer?: string;
  identityNumber?: string;
  reseptId?: string;
  pharmacy?: { herId: string; name: string };
  /** Packages handed out; the prescribed Antall (or 1) when absent. */
  packages?: number;
  /** The pharmacy closes the prescription with this dispensing (Avsluttet). */
  completed?: boolean;
  /** The pharmacist's HPR-nummer (AnsattId). */
  employeeId?: string;
}

export interface DispenseResult {
  reseptId: string;
  m10MsgId: string;
  m6MsgId: string;
  closed: boolean;
  dispensingsLeft: number;
}

export class DispenseError extends Error {
  override readonly name = 'DispenseError';
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A fictional pharmacy, for demos and tests that do not name one. */
export const DEFAULT_PHARMACY = { herId: '8142600', name: 'Fjordheim apotek', organisationNumber: '987654333' };

function locate(context: RfContext, request: DispenseRequest): StoredPrescription {
  if (request.referansenummer !== undefined) {
    const found = findByRefNr(context.db, request.referansenummer);
    if (!found) throw new DispenseError(404, 'NOT_FOUND', 'Ingen resept har dette referansenummeret.');
    return found;
  }
  if (request.identityNumber === undefined || request.reseptId === undefined) {
    throw new DispenseError(400, 'BAD_REQUEST', 'Oppgi referansenummer, eller fødselsnummer og ReseptId.');
  }
  const found = findPrescription(context.db, request.reseptId);
  if (!found || found.patientIdent !== request.identityNumber) {
    throw new DispenseError(404, 'NOT_FOUND', 'Pasienten har ingen resept med denne ReseptId.');
  }
  if (found.locked) {
    throw new DispenseError(409, 'LOCKED', 'Resepten er låst og kan bare utleveres mot referansenummeret.');
  }
  return found;
}

function checkDispensable(prescription: StoredPrescription): void {
  if (isDispensable(prescription)) return;
  const reasons: Record<string, string> = {
    tilbakekalt: 'Resepten er tilbakekalt.',
    utløpt: `Resepten er utløpt (${prescription.expiresOn}).`,
  };
  const message = reasons[prescription.state] ?? 'Resepten er ferdig ekspedert.';
  throw new DispenseError(409, 'NOT_DISPENSABLE', message);
}

interface DispensedDrug {
  element: Element | undefined;
  varenr: string | null;
  navnFormStyrke: string;
  packages: number;
  packageSize: number | null;
  packageUnit: string | null;
}

/** The pharmacy hands out what was prescribed: the M1's ReseptDokLegemiddel is copied into the reports. */
function dispensedDrug(prescription: StoredPrescription, packages: number | undefined): DispensedDrug {
  const m1 = parseM1Message(prescription.m1Xml);
  const resept = m1.head.payloads[0];
  const drug = m1.prescription.drug;
  const size = drug.kind === 'package' ? Number(drug.packageSize.replace(',', '.')) : NaN;
  return {
    element: resept ? childElement(resept, NS.m1, 'ReseptDokLegemiddel') : undefined,
    varenr: drug.kind === 'package' ? drug.varenr : null,
    navnFormStyrke: 'navnFormStyrke' in drug ? drug.navnFormStyrke : drug.navn,
    packages: packages ?? m1.prescription.numberOfPackages ?? 1,
    packageSize: Number.isFinite(size) ? size : null,
    packageUnit: drug.kind === 'package' ? drug.packageUnit.code : null,
  };
}

export function dispense(context: RfContext, request: DispenseRequest): DispenseResult {
  if (request.packages !== undefined && !(request.packages > 0)) {
    throw new DispenseError(400, 'BAD_REQUEST', 'Antall pakninger må være mer enn 0.');
  }
  return context.db.transaction((): DispenseResult => {
    const at = context.now.toISOString();
    expireDue(context.db, context.today, at);
    const prescription = locate(context, request);
    checkDispensable(prescription);
    const drug = dispensedDrug(prescription, request.packages);
    const earlier = dispensingsOf(context.db, prescription.reseptId).length;
    const closed = request.completed === true || earlier + 1 > prescription.reit;
    const pharmacy = request.pharmacy ?? DEFAULT_PHARMACY;
    const dispensing: Dispensing = {
      reseptId: prescription.reseptId,
      dispensedOn: context.today,
      annulment: false,
      completed: closed,
      patientRefusedSubstitution: false,
      dispensedItem: drug.element,
      dispenser: { herId: pharmacy.herId, name: pharmacy.name },
    };
    const m1Head = parseMsgHead(prescription.m1Xml);
    const patient = replyPatient(m1Head.patient);
    const pharmacyParty: Party = { name: pharmacy.name, herId: pharmacy.herId };
    const m10MsgId = context.newId();
    const m10Xml = context.emit(
      buildM10Message({
        envelope: { msgId: m10MsgId, genDate: at, sender: pharmacyParty, receiver: RESEPTFORMIDLER, patient },
        report: { dispensing, noReportToFastlege: false, employeeId: request.employeeId ?? '9144900' },
      }),
    );
    const m6MsgId = context.newId();
    const m6Xml = context.emit(
      buildM6Message({
        envelope: {
          msgId: m6MsgId,
          genDate: at,
          sender: RESEPTFORMIDLER,
          receiver: replyParty(m1Head.sender),
          patient,
          conversationRef: { refToParent: m10MsgId, refToConversation: prescription.reseptId },
        },
        dispensing,
        referanseM10: m10MsgId,
      }),
    );
    insertDispensing(context.db, {
      m10MsgId,
      reseptId: prescription.reseptId,
      m10Xml,
      m6MsgId,
      dispensedOn: context.today,
      dispensedAt: at,
      pharmacyHer: pharmacy.herId,
      pharmacyName: pharmacy.name,
      varenr: drug.varenr,
      navnFormStyrke: drug.navnFormStyrke,
      packages: drug.packages,
      packageSize: drug.packageSize,
      packageUnit: drug.packageUnit,
    });
    markDispensed(context.db, prescription.reseptId, closed, at);
    const answer: Answer = {
      answerId: m6MsgId,
      inReplyTo: prescription.reseptId,
      herId: prescription.clinicHer,
      kind: 'ERM6',
      xml: m6Xml,
    };
    insertAnswer(context.db, answer, at);
    enqueue(context.db, answer, at);
    return {
      reseptId: prescription.reseptId,
      m10MsgId,
      m6MsgId,
      closed,
      dispensingsLeft: closed ? 0 : prescription.reit + 1 - (earlier + 1),
    };
  })();
}
