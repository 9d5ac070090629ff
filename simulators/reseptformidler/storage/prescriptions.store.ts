/**
 * The prescriptions RF holds, with their state. Nothing is deleted: a revoked or expired prescription keeps its
 * original M1 (M9.6 attaches it as sent). Expiry is applied by a sweep that every reader runs first, so no reader
 * ever sees a prescription past its Utloper as ekspederbar.
 */
import { sql, type RfDatabase } from './rf-database';

/** registrert → utlevert (after a dispensing) → tilbakekalt (M5) or utløpt (past Utloper). */
export type PrescriptionState = 'registrert' | 'utlevert' | 'tilbakekalt' | 'utløpt';

export interface StoredPrescription {
  reseptId: string;
  m1Xml: string;
  /** FNR or DNR; null for a patient identified otherwise (then locked with refNr). */
  patientIdent: string | null;
  patientIdentType: string | null;
  refNr: string | null;
  locked: boolean;
  prescriberHpr: string;
  clinicHer: string;
  prescribedOn: string;
  expiresOn: string;
  reit: number;
  state: PrescriptionState;
  /** Every dispensing the prescription allows is used, or the pharmacy closed it (Avsluttet). */
  closed: boolean;
  revocationReason: string | null;
}

interface PrescriptionRow {
  resept_id: string;
  m1_xml: string;
  patient_ident: string | null;
  patient_ident_type: string | null;
  ref_nr: string | null;
  locked: number;
  prescriber_hpr: string;
  clinic_her: string;
  prescribed_on: string;
  expires_on: string;
  reit: number;
  state: PrescriptionState;
  closed: number;
  revocation_reason: string | null;
}

function fromRow(row: PrescriptionRow): StoredPrescription {
  return {
    reseptId: row.resept_id,
    m1Xml: row.m1_xml,
    patientIdent: row.patient_ident,
    patientIdentType: row.patient_ident_type,
    refNr: row.ref_nr,
    locked: row.locked === 1,
    prescriberHpr: row.prescriber_hpr,
    clinicHer: row.clinic_her,
    prescribedOn: row.prescribed_on,
    expiresOn: row.expires_on,
    reit: row.reit,
    state: row.state,
    closed: row.closed === 1,
    revocationReason: row.revocation_reason,
  };
}

export function insertPrescription(db: RfDatabase, prescription: StoredPrescription, at: string): void {
  sql(
    db,
    `INSERT INTO prescription (resept_id, m1_xml, patient_ident, patient_ident_type, ref_nr, locked, prescriber_hpr,
       clinic_her, prescribed_on, expires_on, reit, state, closed, revocation_reason, registered_at, updated_at)
     VALUES (@reseptId, @m1Xml, @patientIdent, @patientIdentType, @refNr, @locked, @prescriberHpr, @clinicHer,
       @prescribedOn, @expiresOn, @reit, @state, @closed, @revocationReason, @at, @at)`,
  ).run({ ...prescription, locked: prescription.locked ? 1 : 0, closed: prescription.closed ? 1 : 0, at });
}

/** Utloper is the last day a prescription may be dispensed (R0908 §4.2.1); from the day after it is utløpt. */
export function expireDue(db: RfDatabase, today: string, at: string): number {
  return sql(
    db,
    `UPDATE prescription SET state = 'utløpt', updated_at = ?
       WHERE state IN ('registrert', 'utlevert') AND closed = 0 AND expires_on < ?`,
  ).run(at, today).changes;
}

export function findPrescription(db: RfDatabase, reseptId: string): StoredPrescription | undefined {
  const row = sql(db, 'SELECT * FROM prescription WHERE resept_id = ?').get(reseptId) as PrescriptionRow | undefined;
  return row && fromRow(row);
}

export function findByRefNr(db: RfDatabase, refNr: string): StoredPrescription | undefined {
  const row = sql(db, 'SELECT * FROM prescription WHERE ref_nr = ?').get(refNr) as PrescriptionRow | undefined;
  return row && fromRow(row);
}

export function prescriptionsOfPatient(db: RfDatabase, patientIdent: string): StoredPrescription[] {
  const rows = sql(db, 'SELECT * FROM prescription WHERE patient_ident = ? ORDER BY registered_at, rowid').all(
    patientIdent,
  ) as PrescriptionRow[];
  return rows.map(fromRow);
}

export function allPrescriptions(db: RfDatabase): StoredPrescription[] {
  return (sql(db, 'SELECT * FROM prescription ORDER BY registered_at, rowid').all() as PrescriptionRow[]).map(fromRow);
}

export function revokePrescription(db: RfDatabase, reseptId: string, reason: string, at: string): void {
  sql(
    db,
    "UPDATE prescription SET state = 'tilbakekalt', revocation_reason = ?, updated_at = ? WHERE resept_id = ?",
  ).run(reason, at, reseptId);
}

export function markDispensed(db: RfDatabase, reseptId: string, closed: boolean, at: string): void {
  sql(db, "UPDATE prescription SET state = 'utlevert', closed = ?, updated_at = ? WHERE resept_id = ?").run(
    closed ? 1 : 0,
    at,
    reseptId,
  );
}
