/**
 * drugs.search on the demo catalogue: a doctor finds a drug by the start of its name, by its substance, by ATC
 * code or varenummer, with packages, reseptgruppe and refusjon in force; only doctors may search.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import { importDemoCatalogue } from '../../electron/services/drugs/demo-catalogue/import-demo-catalogue';
import { createDrugSearchService, type DrugSearchService } from '../../electron/services/drugs/drug-search.service';
import { createFestImportService } from '../../electron/services/drugs/fest-import.service';
import { ServiceError } from '../../electron/services/service-error';
import { asRole, catalogueDatabase, systemActor } from './support/drug-database';

const lege = asRole('lege');

describe('drugs.search', () => {
  let dir: string;
  let conn: DatabaseConnection;
  let drugs: DrugSearchService;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-drug-search-'));
    const opened = await catalogueDatabase(dir);
    conn = opened.conn;
    drugs = createDrugSearchService(opened.db);
    expect(await drugs.catalogue(lege)).toBeNull();
    expect((await drugs.search(lege, { query: 'parac' })).products).toEqual([]);
    await importDemoCatalogue(createFestImportService(opened.db), systemActor());
  });
  afterAll(async () => {
    await closeDatabase(conn);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const names = async (query: string) => (await drugs.search(lege, { query })).products.map((p) => p.nameFormStrength);

  it('finds brands by the start of their name first, then brands that contain the substance', async () => {
    const result = await drugs.search(lege, { query: 'parac' });
    expect(result.matchedBy).toBe('name');
    expect(result.products.map((p) => p.nameFormStrength)).toEqual([
      'Paracet Tab 500 mg',
      'Paracet Tab 1 g',
      'Paralgin forte Tab 400 mg/30 mg',
      'Pinex Tab 500 mg',
    ]);
    const paracet = result.products[0];
    expect(paracet).toMatchObject({
      name: 'Paracet',
      strength: '500 mg',
      atc: { code: 'N02BE01', name: 'Paracetamol' },
      reseptgruppe: 'CF',
      isDemo: true,
      refund: [],
    });
    expect(paracet?.packages.map((p) => [p.packSize, p.reseptgruppe])).toEqual([
      ['20 stk', 'F'],
      ['100 stk', 'C'],
    ]);
    expect(result.substances.map((s) => [s.nameFormStrength, s.productCount])).toEqual([
      ['Paracetamol Tab 500 mg', 2],
      ['Paracetamol Tab 1 g', 1],
      ['Paracetamol/Kodein Tab 400 mg/30 mg', 1],
    ]);
  });

  it('finds ibuprofen brands from "ibu", in name and in substance', async () => {
    expect(await names('ibu')).toEqual(['Ibux Tab 200 mg', 'Brufen Tab 600 mg']);
  });

  it('finds every brand of a substance by the substance name, and narrows by strength', async () => {
    expect(await names('paracetamol')).toEqual([
      'Paracet Tab 500 mg',
      'Paracet Tab 1 g',
      'Paralgin forte Tab 400 mg/30 mg',
      'Pinex Tab 500 mg',
    ]);
    expect(await names('losartan 50')).toEqual([
      'Losartan Krka Tab 50 mg',
      'Cozaar Tab 50 mg',
      'Cozaar Comp Tab 50 mg/12,5 mg',
    ]);
    expect(await names('sertr')).toEqual(['Sertralin Hexal Tab 50 mg', 'Zoloft Tab 50 mg']);
  });

  it('finds the products of an ATC code, with the refusjon in force, and everything under a shorter code', async () => {
    const result = await drugs.search(lege, { query: 'c09ca01' });
    expect(result.matchedBy).toBe('atc');
    expect(result.products.map((p) => p.nameFormStrength)).toEqual([
      'Cozaar Tab 50 mg',
      'Losartan Krka Tab 50 mg',
      'Losartan Krka Tab 100 mg',
    ]);
    for (const product of result.products) {
      expect(product.refund).toEqual([{ hjemmelCode: '200', hjemmel: '§5-14 §2' }]);
      expect(product.packages.every((p) => p.refund.length === 1)).toBe(true);
    }
    expect(result.substances.map((s) => [s.nameFormStrength, s.refund.length])).toEqual([
      ['Losartan Tab 50 mg', 1],
      ['Losartan Tab 100 mg', 1],
    ]);
    expect(await names('C09')).toEqual([
      'Triatec Tab 5 mg',
      'Triatec Tab 10 mg',
      'Cozaar Tab 50 mg',
      'Losartan Krka Tab 50 mg',
      'Losartan Krka Tab 100 mg',
      'Cozaar Comp Tab 50 mg/12,5 mg',
    ]);
  });

  it('finds a product by its varenummer', async () => {
    const result = await drugs.search(lege, { query: '992011' });
    expect(result.matchedBy).toBe('varenr');
    expect(result.products.map((p) => p.nameFormStrength)).toEqual(['Cozaar Tab 50 mg']);
  });

  it('waits for a second letter, and finds nothing for what is not there', async () => {
    expect(await drugs.search(lege, { query: 'p' })).toEqual({ matchedBy: 'none', products: [], substances: [] });
    expect(await drugs.search(lege, { query: 'xyzzy' })).toMatchObject({ products: [], substances: [] });
    // FTS5 syntax typed by a person is text, not an operator.
    expect(await drugs.search(lege, { query: '"para' })).toMatchObject({ matchedBy: 'name' });
    expect(await names('NOT para*')).toEqual([]);
  });

  it('says which catalogue it searches: the demo catalogue, marked as such', async () => {
    expect(await drugs.catalogue(lege)).toEqual({
      source: 'demo',
      retrievedAt: '2025-06-02T06:00:00',
      importedAt: '2026-11-22T09:00:00.000Z',
      products: 68,
      packages: 119,
    });
  });

  it('is for doctors only', async () => {
    for (const role of ['helsesekretaer', 'administrator'] as const) {
      await expect(drugs.search(asRole(role), { query: 'parac' })).rejects.toThrow(ServiceError);
      await expect(drugs.search(asRole(role), { query: 'parac' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('answers in a few milliseconds on the demo catalogue (the benchmark measures the full-size one)', async () => {
    const queries = ['parac', 'ibu', 'C09CA01', 'paracetamol', 'losartan 50', 'me', '9901', 'sim'];
    for (const query of queries) await drugs.search(lege, { query });
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      for (const query of queries) {
        const started = performance.now();
        await drugs.search(lege, { query });
        samples.push(performance.now() - started);
      }
    }
    samples.sort((a, b) => a - b);
    // Generous for a loaded CI machine; npm run bench -- --only drugs.search holds the 5 ms goal.
    expect(samples[Math.floor(samples.length * 0.5)]).toBeLessThan(20);
  });
});
