/**
 * The demo catalogue: the committed M30 file is what the demo tables build, it is valid FEST by the official
 * schema, every reference in it resolves (libxml2 does not check IDREFs), and it imports with exact counts, all
 * marked as demo data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { demoFestXml } from '../../electron/services/drugs/demo-catalogue/demo-fest';
import { importDemoCatalogue } from '../../electron/services/drugs/demo-catalogue/import-demo-catalogue';
import { createFestImportService, type FestImportResult } from '../../electron/services/drugs/fest-import.service';
import { catalogueDatabase, countRows, systemActor } from './support/drug-database';

const DEMO_FILE = path.resolve(import.meta.dirname, '../../electron/services/drugs/demo-catalogue/fest-demo.xml');

describe('the demo catalogue file', () => {
  it('is exactly what the demo tables build (UPDATE_DEMO_FEST=1 rewrites it)', () => {
    const built = demoFestXml();
    if (process.env.UPDATE_DEMO_FEST === '1') fs.writeFileSync(DEMO_FILE, built);
    expect(fs.readFileSync(DEMO_FILE, 'utf8')).toBe(built);
  });

  it('validates against ER-M30-2014-12-01.xsd', async () => {
    const validator = await createMessageValidator();
    expect(validator.validateBytes(fs.readFileSync(DEMO_FILE))).toEqual({ valid: true });
  });
});

describe('the demo catalogue imported', () => {
  let dir: string;
  let conn: DatabaseConnection;
  let result: FestImportResult;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-drugs-'));
    const opened = await catalogueDatabase(dir);
    conn = opened.conn;
    result = await importDemoCatalogue(createFestImportService(opened.db), systemActor());
  });
  afterAll(async () => {
    await closeDatabase(conn);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has exactly the demo tables’ products, packages, substances, refusjon rules and interactions', () => {
    expect(result.source).toBe('demo');
    expect(result.counts).toEqual({
      products: 68,
      packages: 119,
      substances: 60,
      ingredients: 43,
      refundGroups: 22,
      refundCodes: 61,
      conditions: 4,
      interactions: 7,
      interactionsNotAssessed: 0,
      refundLinks: 108,
    });
    expect(result.skipped).toEqual({ withdrawn: 0, olderVersions: 0 });
    expect(result.retrievedAt).toBe('2025-06-02T06:00:00');
  });

  it('marks every row as demo data', () => {
    for (const table of [
      'drug_products',
      'drug_packages',
      'drug_substances',
      'drug_refund_groups',
      'drug_conditions',
      'drug_interactions',
    ]) {
      expect(conn.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE is_demo <> 1`).get(), table).toEqual({
        n: 0,
      });
    }
    expect(conn.sqlite.prepare('SELECT source FROM drug_catalogue_imports').all()).toEqual([{ source: 'demo' }]);
  });

  it('has no reference that points nowhere', () => {
    const dangling: Record<string, string> = {
      'package → product': 'SELECT id FROM drug_packages WHERE product_id NOT IN (SELECT id FROM drug_products)',
      'product → strength':
        'SELECT product_id FROM drug_product_ingredients WHERE strength_id NOT IN (SELECT id FROM drug_ingredient_strengths)',
      'product → ingredient':
        'SELECT product_id FROM drug_product_ingredients WHERE ingredient_id IS NULL OR ingredient_id NOT IN (SELECT id FROM drug_ingredients)',
      'strength → ingredient':
        'SELECT id FROM drug_ingredient_strengths WHERE ingredient_id NOT IN (SELECT id FROM drug_ingredients)',
      'substance → product':
        'SELECT substance_id FROM drug_substance_products WHERE product_id NOT IN (SELECT id FROM drug_products)',
      'substance → package':
        'SELECT substance_id FROM drug_substance_packages WHERE package_id NOT IN (SELECT id FROM drug_packages)',
      'refusjon → group':
        'SELECT owner_id FROM drug_refund_links WHERE refund_group_id NOT IN (SELECT id FROM drug_refund_groups)',
      'refusjonskode → vilkår':
        'SELECT group_id FROM drug_refund_code_conditions WHERE condition_id NOT IN (SELECT id FROM drug_conditions)',
      'product without package': 'SELECT id FROM drug_products WHERE id NOT IN (SELECT product_id FROM drug_packages)',
      'product without strength': 'SELECT id FROM drug_products WHERE strength IS NULL',
    };
    for (const [what, query] of Object.entries(dangling)) {
      expect(conn.sqlite.prepare(query).all(), what).toEqual([]);
    }
  });

  it('carries the rules a prescriber relies on', () => {
    const product = (id: string) =>
      conn.sqlite.prepare('SELECT reseptgruppe, strength, atc_code FROM drug_products WHERE id = ?').get(id);
    expect(product('DEMO_LMM_OXYNORM_5MG')).toEqual({ reseptgruppe: 'A', strength: '5 mg', atc_code: 'N02AA05' });
    expect(product('DEMO_LMM_IMOVANE_7_5MG')).toEqual({ reseptgruppe: 'B', strength: '7,5 mg', atc_code: 'N05CF01' });
    expect(product('DEMO_LMM_PARALGIN_400MG_30MG')).toMatchObject({ strength: '400 mg/30 mg' });
    expect(product('DEMO_LMM_VENTOLINE_0_1MG_DOSE')).toMatchObject({ strength: '0,1 mg/dose' });
    // A CF brand: the small pack over the counter, the large one on prescription (spec 4.3.5.1).
    expect(
      conn.sqlite
        .prepare(
          "SELECT pack_size, reseptgruppe FROM drug_packages WHERE product_id = 'DEMO_LMM_PARACET_500MG' ORDER BY varenr",
        )
        .all(),
    ).toEqual([
      { pack_size: '20', reseptgruppe: 'F' },
      { pack_size: '100', reseptgruppe: 'C' },
    ]);
    // Hormonal contraceptives: valid three years (FOR-2022-06-02-977 § 4-4, Reseptgyldighet P3Y).
    expect(
      conn.sqlite
        .prepare("SELECT product_id FROM drug_product_validities WHERE duration = 'P3Y' ORDER BY product_id")
        .all(),
    ).toEqual([
      { product_id: 'DEMO_LMM_CERAZETTE_75MIKROG' },
      { product_id: 'DEMO_LMM_LOETTE_0_1MG_0_02MG' },
      { product_id: 'DEMO_LMM_MICROGYNON_0_15MG_0_03MG' },
    ]);
    // Blå resept § 2 for losartan with the hypertension codes; statins with DMP's -26/-27 and a vilkår.
    expect(
      conn.sqlite
        .prepare(
          "SELECT g.hjemmel_code, g.hjemmel_text, c.code_system, c.code FROM drug_refund_groups g JOIN drug_refund_codes c ON c.group_id = g.id WHERE g.atc_code = 'C09CA01' ORDER BY c.position",
        )
        .all(),
    ).toEqual([
      { hjemmel_code: '200', hjemmel_text: '§5-14 §2', code_system: 'ICPC-2', code: 'K86' },
      { hjemmel_code: '200', hjemmel_text: '§5-14 §2', code_system: 'ICPC-2', code: 'K87' },
      { hjemmel_code: '200', hjemmel_text: '§5-14 §2', code_system: 'ICD-10', code: 'I10' },
    ]);
    expect(
      conn.sqlite
        .prepare(
          "SELECT c.code, c.code_system, v.condition_id FROM drug_refund_codes c JOIN drug_refund_code_conditions v ON v.group_id = c.group_id AND v.code_position = c.position WHERE c.group_id = 'DEMO_RG_C10AA01' ORDER BY c.position",
        )
        .all(),
    ).toEqual([
      { code: '-26', code_system: 'FEST-7434', condition_id: 'DEMO_VILK_STATIN' },
      { code: '-27', code_system: 'FEST-7434', condition_id: 'DEMO_VILK_STATIN' },
      { code: 'T93', code_system: 'ICPC-2', condition_id: 'DEMO_VILK_STATIN' },
    ]);
    // Warfarin and NSAIDs: relevans 1, bør unngås (code list 7483), two substance groups by ATC.
    expect(
      conn.sqlite
        .prepare(
          "SELECT relevance, relevance_text, shown_to_gp FROM drug_interactions WHERE id = 'DEMO_INT_WARFARIN_NSAID'",
        )
        .get(),
    ).toEqual({ relevance: '1', relevance_text: 'Bør unngås', shown_to_gp: 1 });
    expect(
      conn.sqlite
        .prepare(
          "SELECT group_no, atc_code FROM drug_interaction_substances WHERE interaction_id = 'DEMO_INT_WARFARIN_NSAID' ORDER BY group_no, position",
        )
        .all(),
    ).toEqual([
      { group_no: 1, atc_code: 'B01AA03' },
      { group_no: 2, atc_code: 'M01AE01' },
      { group_no: 2, atc_code: 'M01AE02' },
    ]);
    expect(countRows(conn, 'drug_name_search')).toBe(68 + 60);
  });
});
