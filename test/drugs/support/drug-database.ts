/** A migrated clinic database for the drug-catalogue tests, and the people who use the catalogue. */
import type { Kysely } from 'kysely';
import type { DatabaseConnection } from '../../../db/connection';
import { drugCatalogueDb, type DrugDatabase } from '../../../db/repositories/drug-db';
import { openClinicDatabase } from '../../../electron/backend';
import { systemContext, type ServiceContext } from '../../../electron/services/context';
import type { Role } from '../../../shared/schemas/roles';

export const NOW = new Date('2026-11-22T09:00:00Z');

export async function catalogueDatabase(dir: string): Promise<{ conn: DatabaseConnection; db: Kysely<DrugDatabase> }> {
  const { conn } = await openClinicDatabase(dir, NOW);
  return { conn, db: drugCatalogueDb(conn.db) };
}

export function asRole(role: Role): ServiceContext {
  return { user: { id: null, name: `test-${role}` }, role, workstation: 'test-pc', now: NOW };
}

export const systemActor = (): ServiceContext => systemContext('test', 'test-pc', NOW);

export function countRows(conn: DatabaseConnection, table: string): number {
  return (conn.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
