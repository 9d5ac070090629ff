/**
 * The whole way, with real parts: a doctor issues a prescription, the backend's own delivery worker sends the signed
 * M1 to the simulated reseptformidler over loopback, RF's AppRec makes it "registrert", the pharmacy dispenses it,
 * and RF's M6 makes it "utlevert".
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { importDemoCatalogue } from '../../electron/services/drugs/demo-catalogue/import-demo-catalogue';
import { systemContext } from '../../electron/services/context';
import { startReseptformidler } from '../../simulators/reseptformidler/reseptformidler';
import { testBackend } from '../support/backend';
import { testClinic, value } from '../support/clinic';
import { tnr } from '../support/people';
import { useTempDir } from '../support/temp-dir';

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('delivery to the reseptformidler', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  let rf: Awaited<ReturnType<typeof startReseptformidler>> | undefined;
  afterEach(async () => {
    await backend?.close();
    await rf?.close();
    backend = undefined;
    rf = undefined;
  });

  it('registers an issued prescription in RF and shows it utlevert after the pharmacy dispenses it', async () => {
    const dir = tempDir();
    rf = await startReseptformidler({ port: 0, dataDir: path.join(dir, 'rf') });
    backend = await testBackend(dir, undefined, { reseptformidlerUrl: rf.url, intervalMs: 100 });
    const c = await testClinic(backend);
    await importDemoCatalogue(backend.services.festImport, systemContext('test', 'test-pc', new Date()));
    const identityNumber = tnr('1968-05-14', 'female');
    const patientId = value(
      await c.sekretaer('patients.register', { identityNumber, givenName: 'Kari', familyName: 'Nordmann' }),
    ).id;
    const pkg = await backend.conn.db
      .selectFrom('drug_packages as p')
      .innerJoin('drug_products as pr', 'pr.id', 'p.product_id')
      .select('p.id')
      .where('pr.name', '=', 'Norvasc')
      .orderBy('p.varenr')
      .executeTakeFirstOrThrow();

    const issued = value(
      await c.lege1('prescriptions.issue', {
        patientId,
        packageId: pkg.id,
        dssn: '1 tablett daglig',
        packages: 1,
        reit: 0,
        kind: 'hvit',
      }),
    );
    const list = () => c.lege1('prescriptions.list', { patientId }).then(value);
    const registered = await eventually(list, (l) => l[0]?.status === 'registrert');
    expect(registered[0]).toMatchObject({ status: 'registrert' });

    const reseptId = registered[0]?.reseptId ?? '';
    expect(reseptId).not.toBe('');
    const answer = await fetch(`${rf.url}/pharmacy/dispense`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identityNumber, reseptId }),
    });
    expect(answer.status).toBe(201);
    const dispensed = await eventually(list, (l) => l[0]?.status === 'utlevert');
    expect(dispensed[0]).toMatchObject({ status: 'utlevert' });
    expect(issued).toBeDefined();
  });
});
