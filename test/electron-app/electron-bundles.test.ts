/**
 * The bundles as Electron will load them: a sandboxed preload can require nothing but 'electron', and main may
 * require only Electron, the SQLite addon and Node's built-ins (every other package is bundled in).
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * scripts/ belongs to tsconfig.tools.json, which test/tsconfig.json does not reference, so a static import would
 * not compile (TS6307). Loading it by URL runs the very build the npm script runs; this is its shape.
 */
interface BuildScript {
  buildElectron(outDir?: string): Promise<string[]>;
}

/** Every `require(...)` in a bundle: the literal specifiers, and a count of any that are not literals. */
function requiresOf(code: string): { specifiers: string[]; dynamic: number } {
  const specifiers = [...code.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2] ?? '');
  const all = code.match(/\brequire\(/g)?.length ?? 0;
  return { specifiers: [...new Set(specifiers)].sort(), dynamic: all - specifiers.length };
}

const isBuiltin = (name: string) => builtinModules.includes(name.replace(/^node:/, ''));

describe('electron bundles', () => {
  let main = '';
  let preload = '';

  beforeAll(async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-bundle-'));
    try {
      const script = (await import(pathToFileURL(path.join(ROOT, 'scripts/build-electron.ts')).href)) as BuildScript;
      const outputs = await script.buildElectron(outDir);
      expect(outputs.map((o) => path.basename(o))).toEqual(['main.cjs', 'preload.cjs']);
      main = fs.readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
      preload = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('builds a preload that requires only electron', () => {
    expect(requiresOf(preload)).toEqual({ specifiers: ['electron'], dynamic: 0 });
  });

  it('builds a main that requires only electron, better-sqlite3 and Node built-ins', () => {
    const { specifiers, dynamic } = requiresOf(main);
    expect(dynamic).toBe(0);
    expect(specifiers).toContain('electron');
    expect(specifiers).toContain('better-sqlite3');
    expect(specifiers.filter((s) => s !== 'electron' && s !== 'better-sqlite3' && !isBuiltin(s))).toEqual([]);
  });

  it('leaves no import.meta in the CommonJS output, where it would be undefined', () => {
    expect(main).not.toMatch(/import\.meta/);
    expect(preload).not.toMatch(/import\.meta/);
  });

  it('exposes the API to the page under one name only', () => {
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\("allmenn"/);
  });
});
