/**
 * A clinic ready to prescribe, for the prescription tests: the real backend and router, the demo drug catalogue
 * imported, two leger and a helsesekretær logged in, and a Test Norge patient (fictional, month + 80).
 */
import { expect } from 'vitest';
import type { Backend, BackendOptions } from '../../electron/backend';
import { importDemoCatalogue } from '../../electron/services/drugs/demo-catalogue/import-demo-catalogue';
import { systemContext } from '../../electron/services/context';
import type { CallInput } from '../../shared/api/contract';
import { testBackend } from '../support/backend';
import { testClinic, value, type TestClinic } from '../support/clinic';
import { tnr } from '../support/people';

export interface PrescribingClinic {
  backend: Backend;
  c: TestClinic;
  patientId: string;
  /** The first package (lowest varenummer) of a demo brand, e.g. "Marevan". */
  packageOf: (brand: string) => Promise<string>;
  draft: (
    brand: string,
    extra?: Partial<CallInput<'prescriptions.issue'>>,
  ) => Promise<CallInput<'prescriptions.issue'>>;
}

export async function prescribingClinic(
  dataDir: string,
  clock: () => Date,
  delivery?: BackendOptions['delivery'],
): Promise<PrescribingClinic> {
  const backend = await testBackend(dataDir, clock, delivery);
  const c = await testClinic(backend);
  await importDemoCatalogue(backend.services.festImport, systemContext('test', 'test-pc', clock()));
  const patientId = value(
    await c.sekretaer('patients.register', {
      identityNumber: tnr('1968-05-14', 'female'),
      givenName: 'Kari',
      familyName: 'Nordmann',
      addressLine: 'Strandgata 12',
      postalCode: '5501',
    }),
  ).id;
  async function packageOf(brand: string): Promise<string> {
    const row = await backend.conn.db
      .selectFrom('drug_packages as p')
      .innerJoin('drug_products as pr', 'pr.id', 'p.product_id')
      .select('p.id')
      .where('pr.name', '=', brand)
      .orderBy('p.varenr')
      .executeTakeFirst();
    expect(row, `demo brand ${brand}`).toBeDefined();
    return row?.id ?? '';
  }
  return {
    backend,
    c,
    patientId,
    packageOf,
    draft: async (brand, extra = {}) => ({
      patientId,
      packageId: await packageOf(brand),
      dssn: '1 tablett daglig',
      packages: 1,
      reit: 0,
      kind: 'hvit',
      ...extra,
    }),
  };
}
