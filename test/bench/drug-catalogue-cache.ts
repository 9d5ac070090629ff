/**
 * A clinic database holding the generated 30 000-package FEST catalogue, cached in .bench-cache/ between runs:
 * generating and importing takes seconds, a copy milliseconds. The key holds the generator's version and the
 * schema's migrations (names and code), so a change to either builds afresh instead of measuring stale data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase } from '../../db/backup';
import { databaseFile } from '../../db/paths';
import { drugCatalogueDb } from '../../db/repositories/drug-db';
import { openClinicDatabase } from '../../electron/backend';
import { systemContext } from '../../electron/services/context';
import { createFestImportService } from '../../electron/services/drugs/fest-import.service';
import { festFileSource } from '../../electron/services/drugs/fest/fest-sources';
import { LARGE_FEST_GENERATOR_VERSION, writeLargeFest } from '../drugs/support/large-fest.generator';
import { CACHE_DIR, schemaFingerprint } from './demo-cache';

function cacheKey(packages: number): string {
  const schema = schemaFingerprint();
  return `fest-g${LARGE_FEST_GENERATOR_VERSION}-s${schema}-k${packages}`;
}

async function buildCatalogue(dataDir: string, packages: number, progress: (line: string) => void): Promise<void> {
  const xml = path.join(dataDir, 'fest-generated.xml');
  fs.mkdirSync(dataDir, { recursive: true });
  await writeLargeFest(xml, { packages });
  const now = new Date();
  const { conn } = await openClinicDatabase(dataDir, now);
  try {
    const result = await createFestImportService(drugCatalogueDb(conn.db)).importCatalogue(
      systemContext('bench', 'bench', now),
      festFileSource(xml),
    );
    progress(`  importert: ${result.counts.packages} pakninger på ${result.durationMs} ms`);
  } finally {
    await closeDatabase(conn);
    fs.rmSync(xml, { force: true });
  }
}

/** The cached database file with a catalogue of this many packages, built if missing. */
export async function cachedDrugCatalogue(packages: number, progress: (line: string) => void): Promise<string> {
  const dir = path.join(CACHE_DIR, cacheKey(packages));
  const file = databaseFile(dir);
  if (fs.existsSync(file)) return file;
  progress(`Bygger legemiddelkatalog i ${dir} (lagres til neste kjøring) …`);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Built beside the final folder and renamed, so an interrupted build never looks like a finished one.
  const building = `${dir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  await buildCatalogue(building, packages, progress);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(building, dir);
  return file;
}
