/** Whether a data folder holds the demo clinic, which gets a simulated reseptformidler. Plain Node, testable. */
import fs from 'node:fs';
import { closeDatabase } from '../../db/backup';
import { openDatabase } from '../../db/connection';
import { databaseFile } from '../../db/paths';
import { findClinic } from '../../db/repositories/clinic.repository';
import { DEMO_CLINIC } from '../services/demo/demo-clinic';

export const DEMO_ENV = 'ALLMENN_DEMO';

/** Pure: whether this data folder's clinic is a demo clinic (tested without Electron). */
export function isDemoClinic(
  clinic: { organisation_number: string; her_id: string } | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env[DEMO_ENV] === '1') return true;
  return clinic?.organisation_number === DEMO_CLINIC.organisationNumber && clinic.her_id === DEMO_CLINIC.herId;
}

/** Reads the clinic of an existing database, before the backend opens it; a fresh folder has none. */
export async function clinicOf(dataDir: string): Promise<{ organisation_number: string; her_id: string } | undefined> {
  const file = databaseFile(dataDir);
  if (!fs.existsSync(file)) return undefined;
  const conn = openDatabase(file, { mustExist: true });
  try {
    return await findClinic(conn.db);
  } catch {
    return undefined;
  } finally {
    await closeDatabase(conn);
  }
}
