/**
 * Builds M1 Resept (R0908, schema ER-M1-2013-10-08 + Forskrivning-2013-10-08) in its MsgHead envelope. Element
 * order follows the schemas; the rules a schema cannot express are checked here from R0908 §4.1.1 and §4.2 and
 * fail with a MessageInputError, because an M1 that breaks them would be rejected by the reseptformidler.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { JA_NEI, LEGEMIDDELBRUK, OID, REFUSJONSHJEMMEL, RESEPTGRUPPE, VAREGRUPPE } from './code-lists';
import type {
  PrescribedDrug,
  Prescription,
  PrescriptionMessageInput,
  RefusjonskodeSystem,
  StructuredDosing,
} from './m1.types';
import { MessageInputError } from './message-errors';
import { buildMsgHead } from './msghead.builder';
import type { MsgHeadPatient } from './msghead.types';
import { NS } from './namespaces';
import {
  addCoded,
  addElement,
  addOptional,
  addQuantity,
  createDocument,
  rootElement,
  serializeDocument,
} from './xml-dom';

const M1 = NS.m1;
const FS = NS.forskrivning;

export const REFUSJONSKODE_OIDS: Record<RefusjonskodeSystem, string> = {
  'ICPC-2': OID.icpc2,
  'ICD-10': OID.icd10,
  '7434': OID.refusjonskode7434,
  '7435': OID.refusjonskode7435,
};

/** R0908 §4.1.1 and §4.2.1: what the reseptformidler requires beyond the schema. */
function checkRules(input: PrescriptionMessageInput): void {
  const { envelope, prescription } = input;
  if (!envelope.sender.professional) {
    throw new MessageInputError(
      'M1 needs the prescriber (Sender/Organisation/HealthcareProfessional with HPR-nummer).',
    );
  }
  if (!envelope.patient) throw new MessageInputError('M1 needs the patient (MsgInfo/Patient).');
  checkPatient(envelope.patient, prescription);
  if (prescription.locked && !prescription.referansenummer) {
    throw new MessageInputError('A låst resept (LastResept) must carry its referansenummer (RefNr).');
  }
  if (!Number.isInteger(prescription.reit) || prescription.reit < 0) {
    throw new MessageInputError(`Reiterasjon must be a whole number of 0 or more, got ${prescription.reit}.`);
  }
  if (prescription.numberOfPackages !== undefined && prescription.numberOfPackages <= 0) {
    throw new MessageInputError('Antall (packages per dispensing) must be more than 0 when given.');
  }
  if (prescription.expiresOn < prescription.prescribedOn) {
    throw new MessageInputError('Utloper is before Forskrivningsdato.');
  }
}

function checkPatient(patient: MsgHeadPatient, prescription: Prescription): void {
  const type = patient.ident?.type;
  if (type === 'FNR' && patient.dateOfBirth !== undefined) {
    throw new MessageInputError('With a fødselsnummer, DateOfBirth must not be sent (RF derives it).');
  }
  if (type === 'DNR' && patient.dateOfBirth === undefined) {
    throw new MessageInputError('With a D-nummer, DateOfBirth must be sent as well.');
  }
  if (type !== 'FNR' && type !== 'DNR') {
    if (!prescription.locked || !prescription.referansenummer) {
      throw new MessageInputError(
        'A patient without fødselsnummer or D-nummer can only get a låst resept with a referansenummer.',
      );
    }
    if (patient.dateOfBirth === undefined || patient.sex === undefined) {
      throw new MessageInputError('Without fødselsnummer, the patient needs DateOfBirth and Sex.');
    }
  }
}

/** typeLegemiddel's leading elements, shared by every drug kind (Forskrivning-2013-10-08.xsd). */
function addDrugCommon(parent: Element, drug: PrescribedDrug): void {
  if (drug.atc)
    addCoded(parent, FS, 'Atc', { code: drug.atc.code, system: OID.atc, displayName: drug.atc.displayName });
  addElement(parent, FS, 'NavnFormStyrke', drug.navnFormStyrke);
  addCoded(parent, FS, 'Reseptgruppe', { code: drug.reseptgruppe, displayName: RESEPTGRUPPE[drug.reseptgruppe] });
  if (drug.legemiddelform) {
    addCoded(parent, FS, 'LegemiddelformKort', { ...drug.legemiddelform, system: OID.legemiddelform });
  }
}

function addDrug(forskrivning: Element, drug: PrescribedDrug): void {
  switch (drug.kind) {
    case 'package': {
      const element = addElement(forskrivning, FS, 'Legemiddelpakning');
      addDrugCommon(element, drug);
      addElement(element, FS, 'Varenr', drug.varenr);
      const info = addElement(element, FS, 'PakningsinfoResept');
      addElement(info, FS, 'Varenavn', drug.varenavn);
      addElement(info, FS, 'Pakningsstr', drug.packageSize);
      addCoded(info, FS, 'EnhetPakning', { ...drug.packageUnit, system: OID.enhetPakning });
      return;
    }
    case 'brand': {
      const element = addElement(forskrivning, FS, 'LegemiddelMerkevare');
      addDrugCommon(element, drug);
      addOptional(element, FS, 'Id', drug.festId);
      addElement(element, FS, 'Varenavn', drug.varenavn);
      return;
    }
    case 'substance': {
      const element = addElement(forskrivning, FS, 'LegemiddelVirkestoff');
      addDrugCommon(element, drug);
      addElement(element, FS, 'Id', drug.festId);
      return;
    }
  }
}

function addReseptDokLegemiddel(resept: Element, prescription: Prescription): void {
  const dok = addElement(resept, M1, 'ReseptDokLegemiddel');
  // typeReseptDok, then the ReseptDokLegemiddel extension (ER-M1-2013-10-08.xsd).
  addCoded(dok, M1, 'Varegruppekode', { code: 'L', displayName: VAREGRUPPE.L });
  addOptional(dok, M1, 'Antall', prescription.numberOfPackages);
  addOptional(dok, M1, 'Merknad', prescription.note);
  const refund = prescription.refund;
  if (refund) {
    addCoded(dok, M1, 'RefHjemmel', {
      code: refund.hjemmel,
      system: OID.refusjonshjemmel,
      displayName: REFUSJONSHJEMMEL[refund.hjemmel],
    });
    if (refund.code) {
      addCoded(dok, M1, 'RefKode', {
        code: refund.code.code,
        system: REFUSJONSKODE_OIDS[refund.code.system],
        displayName: refund.code.displayName,
      });
    }
  }
  addElement(dok, M1, 'Reiterasjon', String(prescription.reit));
  // R0908 §4.2.4: BytteresRekvirent "skal kun benyttes hvis legen reserverer seg mot generisk substitusjon".
  if (prescription.noGenericSubstitution)
    addCoded(dok, M1, 'BytteresRekvirent', { code: '1', displayName: JA_NEI['1'] });
  if (prescription.quantity) addQuantity(dok, M1, 'Mengde', prescription.quantity);

  const forskrivning = addElement(dok, FS, 'Forskrivning');
  addOptional(forskrivning, FS, 'Bruksomrade', prescription.indication);
  addElement(forskrivning, FS, 'DosVeiledEnkel', prescription.dosingText);
  if (prescription.usage !== undefined) {
    addCoded(forskrivning, FS, 'Bruk', { code: prescription.usage, displayName: LEGEMIDDELBRUK[prescription.usage] });
  }
  if (prescription.dosing) addDosing(forskrivning, prescription.dosing);
  addDrug(forskrivning, prescription.drug);
}

/** Dosering (Forskrivning-2013-10-08.xsd): start and end, then each DoseFastTidspunkt, repeated once a day. */
function addDosing(forskrivning: Element, dosing: StructuredDosing): void {
  if (dosing.doses.length === 0) return;
  const element = addElement(forskrivning, FS, 'Dosering');
  if (dosing.start) addElement(element, FS, 'Starttidspunkt').setAttribute('V', dosing.start);
  if (dosing.end) addElement(element, FS, 'Sluttidspunkt').setAttribute('V', dosing.end);
  for (const dose of dosing.doses) {
    const fixed = addElement(element, FS, 'DoseFastTidspunkt');
    addQuantity(fixed, FS, 'Mengde', { value: dose.amount, unit: dose.unit.replace(/\s+/g, '') });
    addQuantity(fixed, FS, 'Intervall', { value: 1, unit: 'Døgn' });
    if (dose.clock) addElement(fixed, FS, 'Klokkeslett', `${dose.clock}:00`);
    addElement(fixed, FS, 'GisEksakt', 'false');
  }
}

/** The bare Resept document (the M1 payload). */
export function buildResept(prescription: Prescription): Document {
  const doc = createDocument(M1, 'Resept');
  const resept = rootElement(doc);
  addElement(resept, M1, 'Forskrivningsdato', prescription.prescribedOn);
  addElement(resept, M1, 'Utloper', prescription.expiresOn);
  addOptional(resept, M1, 'RefNr', prescription.referansenummer);
  addReseptDokLegemiddel(resept, prescription);
  addElement(resept, M1, 'OppdatertFest', prescription.festUpdatedAt);
  addElement(resept, M1, 'LastResept', String(prescription.locked));
  return doc;
}

/** The complete, unsigned M1 message (MsgInfo/Type ERM1). Its MsgId is the prescription's ReseptId. */
export function buildM1Message(input: PrescriptionMessageInput): string {
  checkRules(input);
  return serializeDocument(buildMsgHead({ ...input.envelope, type: 'ERM1' }, [buildResept(input.prescription)]));
}
