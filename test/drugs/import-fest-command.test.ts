/**
 * import-fest FILE, run the way electron/cli/run.ts runs a command (it is not in the command list yet): it imports
 * through the app's importer, reports counts for people and for --json, and refuses what it cannot use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../db/backup';
import { openDatabase } from '../../db/connection';
import { databaseFile } from '../../db/paths';
import { CommandArguments, GLOBAL_OPTIONS, tokenize } from '../../electron/cli/arguments';
import { importFestCommand } from '../../electron/cli/commands/import-fest.command';
import { openClinicDatabase } from '../../electron/backend';
import { useTempDir } from '../support/temp-dir';
import { NOW } from './support/drug-database';

const DEMO_FILE = path.resolve(import.meta.dirname, '../../electron/services/drugs/demo-catalogue/fest-demo.xml');

async function runImportFest(dataDir: string, file: string) {
  const argv = ['import-fest', '--data-dir', dataDir, file];
  const raw = tokenize(argv, new Set(GLOBAL_OPTIONS.filter((o) => o.value).map((o) => o.name)));
  const args = new CommandArguments(importFestCommand.name, raw, GLOBAL_OPTIONS, raw.positionals);
  const progress: string[] = [];
  const outcome = await importFestCommand.run({ dataDir, args, now: NOW, progress: (line) => progress.push(line) });
  return { ...outcome, progress };
}

describe('import-fest', () => {
  const tempDir = useTempDir();

  async function clinic(): Promise<string> {
    const dir = tempDir();
    const { conn } = await openClinicDatabase(dir, NOW);
    await closeDatabase(conn);
    return dir;
  }

  it('imports the demo catalogue file, reports what it holds, and leaves a line in the audit log', async () => {
    const dir = await clinic();
    const outcome = await runImportFest(dir, DEMO_FILE);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.json).toMatchObject({
      file: DEMO_FILE,
      source: 'demo',
      retrievedAt: '2025-06-02T06:00:00',
      namespace: 'http://www.kith.no/xmlstds/eresept/m30/2014-12-01',
      counts: { products: 68, packages: 119, interactions: 7 },
      skipped: { withdrawn: 0, olderVersions: 0 },
    });
    expect(outcome.lines[0]).toContain('DEMOKATALOG');
    expect(outcome.lines.join('\n')).toContain('68 legemidler, 119 pakninger');
    expect(outcome.progress[0]).toMatch(/^Importerer .*fest-demo\.xml/);
    expect(outcome.progress.at(-1)).toMatch(/\(100 %\)$/);
    const conn = openDatabase(databaseFile(dir), { mustExist: true, readonly: true });
    expect(
      conn.sqlite
        .prepare("SELECT actor_name, entity_type FROM audit_events WHERE action = 'drugs.catalogue.import'")
        .all(),
    ).toEqual([{ actor_name: expect.stringMatching(/^cli \(/), entity_type: 'drug_catalogue_import' }]);
    await closeDatabase(conn);
  });

  it('refuses a missing file, a folder without a database, and a file that is not FEST', async () => {
    const dir = await clinic();
    await expect(runImportFest(dir, path.join(dir, 'nope.xml'))).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await expect(runImportFest(tempDir(), DEMO_FILE)).rejects.toMatchObject({ code: 'DATABASE_MISSING' });
    const notFest = path.join(dir, 'resept.xml');
    fs.writeFileSync(notFest, '<?xml version="1.0" encoding="UTF-8"?><Resept/>');
    await expect(runImportFest(dir, notFest)).rejects.toMatchObject({ code: 'FEST_INVALID' });
  });
});
