/**
 * The FEST importer on a generated file of realistic size (30 000 packages): streamed with flat memory, exact
 * counts, a second import replaces rather than adds, and a file that breaks halfway leaves the previous catalogue
 * as it was (one transaction). Smaller hand-made files cover what a real extract may hold: withdrawn entries, two
 * versions of one entry, a missing mandatory element, the wrong root, the wrong encoding.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import type { DatabaseConnection } from '../../db/connection';
import type { DrugDatabase } from '../../db/repositories/drug-db';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { importDemoCatalogue } from '../../electron/services/drugs/demo-catalogue/import-demo-catalogue';
import type { M30Document, M30Product } from '../../electron/services/drugs/demo-catalogue/m30-model';
import { m30Text } from '../../electron/services/drugs/demo-catalogue/m30-writer';
import { createFestImportService, type FestImportService } from '../../electron/services/drugs/fest-import.service';
import { festFileSource, festTextSource } from '../../electron/services/drugs/fest/fest-sources';
import { asRole, catalogueDatabase, countRows, systemActor } from './support/drug-database';
import { largeFestDocument, writeLargeFest, type LargeFestManifest } from './support/large-fest.generator';

const PACKAGES = 30_000;
const DEMO_PRODUCTS = 68;

describe('FEST import', () => {
  let dir: string;
  let conn: DatabaseConnection;
  let db: Kysely<DrugDatabase>;
  let importer: FestImportService;
  let largeFile: string;
  let manifest: LargeFestManifest;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-fest-'));
    ({ conn, db } = await catalogueDatabase(path.join(dir, 'clinic')));
    importer = createFestImportService(db);
    largeFile = path.join(dir, 'fest-large.xml');
    manifest = await writeLargeFest(largeFile, { packages: PACKAGES });
  }, 60_000);
  afterAll(async () => {
    await closeDatabase(conn);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const catalogueCounts = () => ({
    products: countRows(conn, 'drug_products'),
    packages: countRows(conn, 'drug_packages'),
    imports: countRows(conn, 'drug_catalogue_imports'),
  });

  it('streams a 30 000-package file into the catalogue with exact counts and flat memory', async () => {
    const size = fs.statSync(largeFile).size;
    // What the import holds, not what the collector has yet to free: under load GC runs late (vitest passes
    // --expose-gc to the node project's workers).
    const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const progress: number[] = [];
    const result = await importer.importCatalogue(systemActor(), festFileSource(largeFile), {
      onProgress(read, total) {
        expect(total).toBe(size);
        progress.push(read);
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    expect(manifest.packages).toBe(PACKAGES);
    expect(result.counts).toEqual({
      products: manifest.products,
      packages: manifest.packages,
      substances: manifest.substances,
      ingredients: manifest.ingredients,
      refundGroups: manifest.refundGroups,
      refundCodes: manifest.refundCodes,
      conditions: manifest.conditions,
      interactions: manifest.interactions,
      interactionsNotAssessed: manifest.interactionsNotAssessed,
      refundLinks: manifest.refundLinks,
    });
    expect(result.skipped).toEqual({ withdrawn: manifest.withdrawn, olderVersions: 0 });
    expect(result.source).toBe('fest');
    // Read in 1 MiB chunks, with the rows written as it went: never the whole file at once.
    expect(size).toBeGreaterThan(40 * 2 ** 20);
    expect(progress.length).toBeGreaterThanOrEqual(Math.floor(size / 2 ** 20));
    expect(progress.at(-1)).toBe(size);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // The heap holds an entry at a time and the ids seen; the file as one string alone would be its size again.
    expect(peak - baseline).toBeLessThan(size);
    expect(countRows(conn, 'drug_name_search')).toBe(manifest.products + manifest.substances);
  }, 60_000);

  it('replaces the catalogue on a second import instead of adding to it', async () => {
    const demo = await importDemoCatalogue(importer, systemActor());
    expect(demo.counts.products).toBe(DEMO_PRODUCTS);
    expect(catalogueCounts()).toEqual({ products: DEMO_PRODUCTS, packages: 119, imports: 2 });
    await importDemoCatalogue(importer, systemActor());
    expect(catalogueCounts()).toEqual({ products: DEMO_PRODUCTS, packages: 119, imports: 3 });
    expect(countRows(conn, 'drug_name_search')).toBe(DEMO_PRODUCTS + 60);
    expect(countRows(conn, 'drug_refund_links')).toBe(108);
  });

  it('leaves the previous catalogue intact when a file breaks after thousands of rows were written', async () => {
    const before = catalogueCounts();
    const text = fs.readFileSync(largeFile, 'utf8');
    const cut = text.indexOf('</OppfLegemiddelpakning>', Math.floor(text.length * 0.6));
    const broken = path.join(dir, 'fest-broken.xml');
    fs.writeFileSync(broken, `${text.slice(0, cut)}<Brudd>${text.slice(cut)}`);
    await expect(importer.importCatalogue(systemActor(), festFileSource(broken))).rejects.toMatchObject({
      code: 'FEST_INVALID',
      message: expect.stringMatching(/ikke gyldig XML.*linje \d+.*Katalogen er ikke endret/),
    });
    const truncated = path.join(dir, 'fest-truncated.xml');
    fs.writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    await expect(importer.importCatalogue(systemActor(), festFileSource(truncated))).rejects.toMatchObject({
      code: 'FEST_INVALID',
    });
    expect(catalogueCounts()).toEqual(before);
    expect(conn.sqlite.prepare('SELECT count(*) AS n FROM drug_products WHERE is_demo = 0').get()).toEqual({ n: 0 });
  }, 60_000);

  it('writes files that validate against ER-M30-2014-12-01.xsd (a sample from the same generator)', async () => {
    const validator = await createMessageValidator();
    expect(validator.validate(m30Text(largeFestDocument({ packages: 1500 }).doc))).toEqual({ valid: true });
  });

  it('lets only the administrator (or the CLI) replace the catalogue', async () => {
    await expect(importDemoCatalogue(importer, asRole('lege'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importDemoCatalogue(importer, asRole('administrator'))).resolves.toMatchObject({ source: 'demo' });
  });
});

describe('FEST import of what a real extract may hold', () => {
  let dir: string;
  let conn: DatabaseConnection;
  let importer: FestImportService;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-fest-edge-'));
    const opened = await catalogueDatabase(dir);
    conn = opened.conn;
    importer = createFestImportService(opened.db);
  });
  afterAll(async () => {
    await closeDatabase(conn);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const product = (id: string, name: string, registeredAt: string, status: 'A' | 'U' = 'A'): M30Product => ({
    entryId: `ID_E_${id}_${registeredAt.slice(0, 10)}`,
    registeredAt,
    status,
    id,
    varenavn: name,
    nameFormStrength: `${name} Tab 10 mg`,
    reseptgruppe: 'C',
    strengthIds: [],
  });
  const fest = (products: M30Product[]): M30Document => ({
    retrievedAt: '2025-01-02T03:04:05',
    products,
    packages: [],
    ingredients: [],
    strengths: [],
    substances: [],
    refunds: [],
    conditions: [],
    interactions: [],
    notAssessed: [],
  });
  const run = (xml: string, name = 'fest.xml') => importer.importCatalogue(systemActor(), festTextSource(name, xml));
  const productNames = () => conn.sqlite.prepare('SELECT id, name FROM drug_products ORDER BY id').all();

  it('keeps the newest of two versions of an entry and skips withdrawn entries', async () => {
    const result = await run(
      m30Text(
        fest([
          product('ID_A', 'Gammel', '2025-01-01T00:00:00'),
          product('ID_B', 'Beta', '2025-01-01T00:00:00'),
          product('ID_A', 'Ny', '2025-03-01T00:00:00'),
          product('ID_B', 'Eldre', '2024-01-01T00:00:00'),
          product('ID_C', 'Utgått', '2025-01-01T00:00:00', 'U'),
        ]),
      ),
    );
    expect(productNames()).toEqual([
      { id: 'ID_A', name: 'Ny' },
      { id: 'ID_B', name: 'Beta' },
    ]);
    expect(result.skipped).toEqual({ withdrawn: 1, olderVersions: 2 });
    expect(result.counts.products).toBe(2);
  });

  it('refuses a file without a mandatory element, naming it and its line, and changes nothing', async () => {
    const xml = m30Text(fest([product('ID_X', 'Xyl', '2025-01-01T00:00:00')])).replace(
      '<fs:Varenavn>Xyl</fs:Varenavn>',
      '',
    );
    await expect(run(xml)).rejects.toMatchObject({
      code: 'FEST_INVALID',
      message: expect.stringContaining('LegemiddelMerkevare mangler Varenavn (linje 6)'),
    });
    expect(productNames()).toEqual([
      { id: 'ID_A', name: 'Ny' },
      { id: 'ID_B', name: 'Beta' },
    ]);
  });

  it('refuses what is not FEST, not UTF-8, or has no HentetDato', async () => {
    await expect(run('<?xml version="1.0"?><Resept/>')).rejects.toMatchObject({
      code: 'FEST_INVALID',
      message: expect.stringContaining('ikke en FEST-fil'),
    });
    const latin1 = m30Text(fest([])).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    await expect(run(latin1)).rejects.toMatchObject({ message: expect.stringContaining('ISO-8859-1') });
    const bytes = Buffer.concat([Buffer.from(m30Text(fest([product('ID_Z', 'Z', '2025-01-01T00:00:00')])))]);
    bytes[bytes.indexOf('Z Tab')] = 0xff;
    await expect(
      importer.importCatalogue(systemActor(), {
        name: 'bad.xml',
        size: bytes.byteLength,
        chunks: () => [bytes],
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('UTF-8') });
    const noDate = m30Text(fest([])).replace('<HentetDato>2025-01-02T03:04:05</HentetDato>', '');
    await expect(run(noDate)).rejects.toMatchObject({ message: expect.stringContaining('HentetDato') });
    expect(countRows(conn, 'drug_products')).toBe(2);
  });
});
