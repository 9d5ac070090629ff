/** The pharmacy side's records: each M10 received and the M6 it caused, summed per varenummer for M9.6. */
import { sql, type RfDatabase } from './rf-database';

export interface StoredDispensing {
  m10MsgId: string;
  reseptId: string;
  m10Xml: string;
  m6MsgId: string;
  dispensedOn: string;
  dispensedAt: string;
  pharmacyHer: string;
  pharmacyName: string;
  varenr: string | null;
  navnFormStyrke: string;
  packages: number;
  packageSize: number | null;
  packageUnit: string | null;
}

interface DispensingRow {
  m10_msg_id: string;
  resept_id: string;
  m10_xml: string;
  m6_msg_id: string;
  dispensed_on: string;
  dispensed_at: string;
  pharmacy_her: string;
  pharmacy_name: string;
  varenr: string | null;
  navn_form_styrke: string;
  packages: number;
  package_size: number | null;
  package_unit: string | null;
}

export function insertDispensing(db: RfDatabase, dispensing: StoredDispensing): void {
  sql(
    db,
    `INSERT INTO dispensing (m10_msg_id, resept_id, m10_xml, m6_msg_id, dispensed_on, dispensed_at, pharmacy_her,
       pharmacy_name, varenr, navn_form_styrke, packages, package_size, package_unit)
     VALUES (@m10MsgId, @reseptId, @m10Xml, @m6MsgId, @dispensedOn, @dispensedAt, @pharmacyHer, @pharmacyName,
       @varenr, @navnFormStyrke, @packages, @packageSize, @packageUnit)`,
  ).run(dispensing);
}

export function dispensingsOf(db: RfDatabase, reseptId: string): StoredDispensing[] {
  const rows = sql(db, 'SELECT * FROM dispensing WHERE resept_id = ? ORDER BY dispensed_at, rowid').all(
    reseptId,
  ) as DispensingRow[];
  return rows.map((row) => ({
    m10MsgId: row.m10_msg_id,
    reseptId: row.resept_id,
    m10Xml: row.m10_xml,
    m6MsgId: row.m6_msg_id,
    dispensedOn: row.dispensed_on,
    dispensedAt: row.dispensed_at,
    pharmacyHer: row.pharmacy_her,
    pharmacyName: row.pharmacy_name,
    varenr: row.varenr,
    navnFormStyrke: row.navn_form_styrke,
    packages: row.packages,
    packageSize: row.package_size,
    packageUnit: row.package_unit,
  }));
}
