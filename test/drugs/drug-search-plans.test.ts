/**
 * The drug search's statements keep their indexes: each test captures the SQL a repository function really sends
 * and reads SQLite's plan. A full scan of a catalogue table, or a sort of every name match, fails here before a
 * 30 000-package FEST makes the search slow (npm run bench -- --only drugs.search).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import { captureQueries, explainQueryPlan, type CapturedQuery } from '../../db/query-inspection';
import { drugCatalogueDb, type DrugDatabase } from '../../db/repositories/drug-db';
import {
  packagesOfProducts,
  productIdsByAtc,
  productIdsByVarenr,
  refundsInForce,
  searchDrugNames,
} from '../../db/repositories/drug-search.repository';
import { importDemoCatalogue } from '../../electron/services/drugs/demo-catalogue/import-demo-catalogue';
import { createFestImportService } from '../../electron/services/drugs/fest-import.service';
import { catalogueDatabase, systemActor } from './support/drug-database';
import type { Kysely } from 'kysely';

const CATALOGUE_TABLES = ['drug_products', 'drug_packages', 'drug_substances', 'drug_refund_links'];

describe('query plans of the drug search', () => {
  let dir: string;
  let conn: DatabaseConnection;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-drug-plans-'));
    const opened = await catalogueDatabase(dir);
    conn = opened.conn;
    await importDemoCatalogue(createFestImportService(opened.db), systemActor());
  });
  afterAll(async () => {
    await closeDatabase(conn);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function plansOf(work: (db: Kysely<DrugDatabase>) => Promise<unknown>): Promise<string[][]> {
    const queries: CapturedQuery[] = await captureQueries(conn.sqlite, (db) => work(drugCatalogueDb(db)));
    expect(queries.length).toBeGreaterThan(0);
    return queries.map((q) => explainQueryPlan(conn.sqlite, q).map((step) => step.detail));
  }

  function expectNoScanOrSort(plans: string[][]): void {
    for (const plan of plans) {
      for (const table of CATALOGUE_TABLES) {
        expect(
          plan.filter((d) => new RegExp(`^SCAN ${table}\\b`).test(d)),
          plan.join(' | '),
        ).toEqual([]);
      }
      expect(
        plan.filter((d) => d.includes('TEMP B-TREE')),
        plan.join(' | '),
      ).toEqual([]);
    }
  }

  it('reads name matches from the FTS5 index in display order, without sorting them', async () => {
    const plans = await plansOf((db) => searchDrugNames(db, ['pa'], 'product', 25));
    expect(plans).toHaveLength(2);
    for (const plan of plans) expect(plan.some((d) => d.includes('drug_name_search VIRTUAL TABLE'))).toBe(true);
    expectNoScanOrSort(plans);
  });

  it('lists an ATC code through the (atc_code, display_order) index', async () => {
    const plans = await plansOf((db) => productIdsByAtc(db, 'C09', 25));
    expect(plans[0]?.some((d) => d.includes('drug_products_atc'))).toBe(true);
    expectNoScanOrSort(plans);
  });

  it('finds packages, refusjon and varenummer by their keys', async () => {
    const plans = await plansOf(async (db) => {
      await packagesOfProducts(db, ['DEMO_LMM_COZAAR_50MG', 'DEMO_LMM_LOSARTAN_50MG']);
      await refundsInForce(
        db,
        { package: ['DEMO_LMP_COZAAR_50MG_28'], product: ['DEMO_LMM_COZAAR_50MG'], substance: ['x'] },
        '2026-11-22',
      );
      await productIdsByVarenr(db, '9920', 25);
    });
    expect(plans).toHaveLength(3);
    for (const plan of plans) {
      for (const table of CATALOGUE_TABLES) {
        expect(
          plan.filter((d) => new RegExp(`^SCAN ${table}\\b`).test(d)),
          plan.join(' | '),
        ).toEqual([]);
      }
    }
  });
});
