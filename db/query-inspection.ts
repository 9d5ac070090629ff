/**
 * What the repositories ask SQLite, for the query-plan tests and the benchmarks (never the app): the exact SQL and
 * parameters a repository function runs, captured on the caller's handle, and SQLite's plan for one of them.
 * Capturing rather than copying the SQL means a test checks the query the app really sends.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

/** Runs `work` against a Kysely on `sqlite` that records every statement it executes, in order. */
export async function captureQueries(
  sqlite: BetterSqlite3.Database,
  work: (db: Kysely<Database>) => Promise<unknown>,
): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  await work(db);
  // Not destroyed: Kysely's destroy would close the handle, which belongs to the caller.
  return captured;
}

export interface PlanStep {
  id: number;
  parent: number;
  detail: string;
}

/** SQLite's EXPLAIN QUERY PLAN for a captured statement, step by step. */
export function explainQueryPlan(sqlite: BetterSqlite3.Database, query: CapturedQuery): PlanStep[] {
  return sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as PlanStep[];
}
