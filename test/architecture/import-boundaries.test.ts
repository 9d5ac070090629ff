/**
 * The import-boundary check must itself be proven to catch violations: each case writes a tiny tree that breaks
 * one rule and runs dependency-cruiser with the project's real rule set on it.
 */
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../..');
const config = require(path.join(ROOT, '.dependency-cruiser.cjs')) as { forbidden: unknown[] };

async function violations(tree: Record<string, string>, dir: string): Promise<string[]> {
  for (const [file, text] of Object.entries(tree)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const result = await cruise(
      Object.keys(tree).map((f) => f.split('/')[0] ?? f),
      {
        ruleSet: { forbidden: config.forbidden } as never,
        validate: true,
        tsPreCompilationDeps: true,
        doNotFollow: { path: 'node_modules' },
      },
    );
    const output = result.output as ICruiseResult;
    return output.summary.violations.map((v) => v.rule.name);
  } finally {
    process.chdir(cwd);
  }
}

describe('import boundaries', () => {
  const tempDir = useTempDir();

  it('passes the real tree', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const result = await cruise(['electron', 'db', 'shared', 'renderer/src'], {
        ruleSet: { forbidden: config.forbidden } as never,
        validate: true,
        tsPreCompilationDeps: true,
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '(^|/)(dist|\\.tsbuild|node_modules)/' },
      });
      expect((result.output as ICruiseResult).summary.violations).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('catches the renderer reaching into the database layer', async () => {
    const found = await violations(
      {
        'renderer/page.ts': "import { x } from '../db/repo';\nexport const y = x;\n",
        'db/repo.ts': 'export const x = 1;\n',
      },
      tempDir(),
    );
    expect(found).toContain('renderer-only-shared');
  });

  it('catches the renderer importing a Node built-in', async () => {
    const found = await violations(
      { 'renderer/page.ts': "import fs from 'node:fs';\nexport const y = fs;\n" },
      tempDir(),
    );
    expect(found).toContain('renderer-no-node');
  });

  it('catches shared/ importing a layer above it', async () => {
    const found = await violations(
      {
        'shared/rule.ts': "import { s } from '../electron/service';\nexport const r = s;\n",
        'electron/service.ts': 'export const s = 1;\n',
      },
      tempDir(),
    );
    expect(found).toContain('shared-imports-nothing-of-ours');
  });

  it("catches 'electron' imported outside electron/app", async () => {
    const found = await violations(
      {
        'electron/services/x.ts': "import { app } from 'electron';\nexport const a = app;\n",
        'node_modules/electron/package.json': '{"name":"electron","main":"index.js"}',
        'node_modules/electron/index.js': 'module.exports = {};\n',
      },
      tempDir(),
    );
    expect(found).toContain('only-electron-app-imports-electron');
  });

  it('catches a query built outside db/, but allows Kysely types', async () => {
    const kysely = {
      'node_modules/kysely/package.json': '{"name":"kysely","main":"index.js","types":"index.d.ts"}',
      'node_modules/kysely/index.js': 'module.exports = { sql: () => 1 };\n',
      'node_modules/kysely/index.d.ts': 'export declare const sql: () => number;\nexport interface Kysely {}\n',
    };
    const found = await violations(
      { 'electron/services/x.ts': "import { sql } from 'kysely';\nexport const q = sql;\n", ...kysely },
      tempDir(),
    );
    expect(found).toContain('query-builder-only-in-db');
    const typesOnly = await violations(
      { 'electron/services/y.ts': "import type { Kysely } from 'kysely';\nexport type K = Kysely;\n", ...kysely },
      tempDir(),
    );
    expect(typesOnly).not.toContain('query-builder-only-in-db');
  });
});
