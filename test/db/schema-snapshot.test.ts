/**
 * Clinical records never lose columns: this compares the migrated schema with the committed snapshot.
 * Adding tables, columns or indexes is fine (refresh with UPDATE_SCHEMA_SNAPSHOT=1); removing or changing fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { introspectSchema, type SchemaShape } from '../../db/schema-introspection';
import { openClinicDatabase } from '../../electron/backend';
import { useTempDir } from '../support/temp-dir';

const SNAPSHOT = path.join(import.meta.dirname, 'schema-snapshot.json');

describe('schema snapshot', () => {
  const tempDir = useTempDir();

  it('keeps every table, column and index of the committed snapshot unchanged', async () => {
    const { conn } = await openClinicDatabase(tempDir(), new Date());
    const current = introspectSchema(conn);
    await conn.close();

    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') {
      fs.writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
    }
    const committed = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as SchemaShape;

    for (const [table, columns] of Object.entries(committed.tables)) {
      expect(current.tables[table], `table ${table} was removed`).toBeDefined();
      for (const [column, shape] of Object.entries(columns)) {
        expect(current.tables[table]?.[column], `column ${table}.${column} was removed or changed`).toEqual(shape);
      }
    }
    for (const [index, shape] of Object.entries(committed.indexes)) {
      expect(current.indexes[index], `index ${index} was removed or changed`).toEqual(shape);
    }
  });
});
