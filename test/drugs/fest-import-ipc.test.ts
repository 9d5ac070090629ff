/**
 * drugs.importFest from Administrasjon: the administrator sends the M30 file's bytes, main reports progress to that
 * window, and the catalogue is replaced with the audit row in the same transaction; a broken file changes nothing
 * and leaves no audit row claiming an import.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import type { EventMessage } from '../../shared/api/client';
import { testBackend } from '../support/backend';
import { testClinic, value } from '../support/clinic';
import { useTempDir } from '../support/temp-dir';

const DEMO_FEST = 'electron/services/drugs/demo-catalogue/fest-demo.xml';

describe('drugs.importFest', () => {
  const tempDir = useTempDir();
  let backend: Backend | undefined;
  afterEach(async () => {
    await backend?.close();
    backend = undefined;
  });

  async function audits() {
    return backend!.conn.db
      .selectFrom('audit_events')
      .select(['action', 'actor_name', 'entity_type', 'entity_id'])
      .where('action', '=', 'drugs.catalogue.import')
      .execute();
  }

  it('replaces the catalogue from the administrator’s file with progress, audited in the import', async () => {
    backend = await testBackend(tempDir());
    const c = await testClinic(backend);
    const events: EventMessage[] = [];
    backend.events.attach(1, (m) => events.push(m));
    const bytes = fs.readFileSync(DEMO_FEST);
    const result = value(
      await c.admin('drugs.importFest', { fileName: 'fest-demo.xml', contentBase64: bytes.toString('base64') }),
    );
    expect(result).toMatchObject({ source: 'demo', fileName: 'fest-demo.xml', fileBytes: bytes.byteLength });
    expect(result.counts.products).toBeGreaterThan(50);
    const progress = events.filter((e) => e.name === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)?.payload).toEqual({
      task: 'drugs.importFest',
      done: bytes.byteLength,
      total: bytes.byteLength,
      label: 'fest-demo.xml',
    });
    const imports = await backend.conn.db.selectFrom('drug_catalogue_imports').select('id').execute();
    expect(await audits()).toEqual([
      {
        action: 'drugs.catalogue.import',
        actor_name: 'Ada Administrator',
        entity_type: 'drug_catalogue_import',
        entity_id: imports[0]?.id,
      },
    ]);
    expect(value(await c.lege1('drugs.catalogue', {}))).toMatchObject({ source: 'demo' });
  });

  it('refuses a broken file without touching the catalogue or the log, and refuses a lege', async () => {
    backend = await testBackend(tempDir());
    const c = await testClinic(backend);
    const good = fs.readFileSync(DEMO_FEST);
    value(await c.admin('drugs.importFest', { fileName: 'fest-demo.xml', contentBase64: good.toString('base64') }));
    const broken = good.subarray(0, Math.floor(good.byteLength / 2));
    const refused = await c.admin('drugs.importFest', {
      fileName: 'halv.xml',
      contentBase64: broken.toString('base64'),
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('FEST_INVALID');
      expect(refused.error.message).toMatch(
        /^Legemiddelkatalogen i halv\.xml kunne ikke leses: .*Katalogen er ikke endret\.$/,
      );
    }
    expect(await audits()).toHaveLength(1);
    expect(value(await c.lege1('drugs.catalogue', {}))).toMatchObject({ source: 'demo' });

    const lege = await c.lege1('drugs.importFest', {
      fileName: 'fest-demo.xml',
      contentBase64: good.toString('base64'),
    });
    expect(lege.ok).toBe(false);
    if (!lege.ok) expect(lege.error.code).toBe('FORBIDDEN');
  });
});
