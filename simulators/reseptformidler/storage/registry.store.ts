/** RF's registers beside the prescriptions: issued referansenumre, patients' blocks of prescribers, counters. */
import { sql, type RfDatabase } from './rf-database';

export interface IssuedReferenceNumber {
  refNr: string;
  issuedToHer: string;
  issuedToHpr: string | null;
}

export function nextCounter(db: RfDatabase, name: string, start: number): number {
  sql(db, 'INSERT INTO counter (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = value + 1').run(
    name,
    start,
  );
  return (sql(db, 'SELECT value FROM counter WHERE name = ?').get(name) as { value: number }).value;
}

export function insertReferenceNumber(
  db: RfDatabase,
  number: IssuedReferenceNumber,
  issuedAt: string,
  requestMsgId: string,
): void {
  sql(
    db,
    `INSERT INTO reference_number (ref_nr, issued_to_her, issued_to_hpr, issued_at, request_msg_id)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(number.refNr, number.issuedToHer, number.issuedToHpr, issuedAt, requestMsgId);
}

export function findReferenceNumber(db: RfDatabase, refNr: string): IssuedReferenceNumber | undefined {
  const row = sql(db, 'SELECT ref_nr, issued_to_her, issued_to_hpr FROM reference_number WHERE ref_nr = ?').get(
    refNr,
  ) as { ref_nr: string; issued_to_her: string; issued_to_hpr: string | null } | undefined;
  return row && { refNr: row.ref_nr, issuedToHer: row.issued_to_her, issuedToHpr: row.issued_to_hpr };
}

export function setBlock(
  db: RfDatabase,
  patientIdent: string,
  prescriberHpr: string,
  blocked: boolean,
  at: string,
): void {
  if (blocked) {
    sql(
      db,
      'INSERT INTO prescriber_block (patient_ident, prescriber_hpr, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(patientIdent, prescriberHpr, at);
  } else {
    sql(db, 'DELETE FROM prescriber_block WHERE patient_ident = ? AND prescriber_hpr = ?').run(
      patientIdent,
      prescriberHpr,
    );
  }
}

export function isBlocked(db: RfDatabase, patientIdent: string, prescriberHpr: string): boolean {
  return (
    sql(db, 'SELECT 1 FROM prescriber_block WHERE patient_ident = ? AND prescriber_hpr = ?').get(
      patientIdent,
      prescriberHpr,
    ) !== undefined
  );
}
