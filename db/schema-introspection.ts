/** Reads the live schema (tables, columns, indexes) for the snapshot test and the integrity check. */
import type { DatabaseConnection } from './connection';

export interface ColumnShape {
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  defaultValue: string | null;
}

export interface SchemaShape {
  tables: Record<string, Record<string, ColumnShape>>;
  indexes: Record<string, { table: string; columns: string[]; unique: boolean }>;
}

export function introspectSchema(conn: DatabaseConnection): SchemaShape {
  const shape: SchemaShape = { tables: {}, indexes: {} };
  const tables = conn.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    const columns = conn.sqlite.prepare('SELECT * FROM pragma_table_info(?) ORDER BY cid').all(name) as {
      name: string;
      type: string;
      notnull: number;
      pk: number;
      dflt_value: string | null;
    }[];
    shape.tables[name] = Object.fromEntries(
      columns.map((c) => [
        c.name,
        { type: c.type.toLowerCase(), notNull: c.notnull === 1, primaryKey: c.pk > 0, defaultValue: c.dflt_value },
      ]),
    );
    const indexes = conn.sqlite.prepare('SELECT name, "unique" FROM pragma_index_list(?)').all(name) as {
      name: string;
      unique: number;
    }[];
    for (const index of indexes) {
      const cols = conn.sqlite.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(index.name) as {
        name: string;
      }[];
      shape.indexes[index.name] = { table: name, columns: cols.map((c) => c.name), unique: index.unique === 1 };
    }
  }
  return shape;
}
