/**
 * The bundles as Electron will load them, built by the real scripts/build-electron.ts: a sandboxed CommonJS preload
 * that requires nothing but 'electron'; an ES module main (libxml2-wasm has top-level await) that imports only
 * Electron, Node's built-ins and its own chunks, and requires only better-sqlite3 and built-ins; the simulators the
 * app starts for a demo clinic; the message schemas beside them all. Without an Electron binary here, the main
 * bundle runs in plain Node with a stand-in 'electron' through `--cli export-sample-messages`, which loads the XSD
 * validator from its chunk, finds ./xsd/ beside the bundle and starts the bundled rf-sim.mjs as its own process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const READY = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * scripts/ belongs to tsconfig.tools.json, which test/tsconfig.json does not reference, so a static import would
 * not compile (TS6307). Loading it by URL runs the very build the npm script runs; this is its shape.
 */
interface BuildScript {
  buildElectron(outDir?: string): Promise<string[]>;
  SCHEMA_SOURCE: string;
}

const isBuiltin = (name: string) => builtinModules.includes(name.replace(/^node:/, ''));

/**
 * Every `require(...)` call in a bundle (esbuild's `__require` in ES modules too, not the `function __require()`
 * of its CommonJS wrapper): the literal specifiers, and a count of the calls that are not literals.
 */
function requiresOf(code: string): { specifiers: string[]; dynamic: number } {
  const literal = /(?<!function )\b(?:__)?require\(\s*(["'`])([^"'`]+)\1\s*\)/g;
  const specifiers = [...code.matchAll(literal)].map((m) => m[2] ?? '');
  const all = code.match(/(?<!function )\b(?:__)?require\(/g)?.length ?? 0;
  return { specifiers: [...new Set(specifiers)].sort(), dynamic: all - specifiers.length };
}

/** The specifiers of an ES module's static imports and re-exports, and of its literal import() calls. */
function importsOf(code: string): string[] {
  const fromClauses = [...code.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s*"([^"]+)";?$/gms)].map((m) => m[1] ?? '');
  const bare = [...code.matchAll(/^import\s*"([^"]+)";?$/gm)].map((m) => m[1] ?? '');
  const dynamic = [...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? '');
  return [...new Set([...fromClauses, ...bare, ...dynamic])].sort();
}

/** A stand-in 'electron' for plain Node: the names main imports; only what `--cli` touches does anything. */
function electronStub(mainCode: string): string {
  const names = new Set<string>();
  for (const match of mainCode.matchAll(/^import\s*\{([^}]*)\}\s*from\s*"electron";?$/gm)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (name) names.add(name);
    }
  }
  const unavailable = (name: string) =>
    `new Proxy({}, { get: (_t, key) => { throw new Error('electron.${name}.' + String(key) + ' is not stubbed'); } })`;
  return [...names]
    .map((name) =>
      name === 'app'
        ? `export const app = { dock: undefined, exit: (code) => process.exit(code) };`
        : `export const ${name} = ${unavailable(name)};`,
    )
    .join('\n');
}

function collect(child: ChildProcess): { stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { stdout: () => out, stderr: () => err, exit };
}

describe('electron bundles', () => {
  // Inside the repository (node_modules/.cache) so the bundles resolve better-sqlite3 from node_modules, as they
  // do from dist/electron; everything else a test writes goes to the system temporary folder.
  let outDir = '';
  let scratch = '';
  let outputs: string[] = [];
  let schemaSource = '';
  const children: ChildProcess[] = [];
  const read = (name: string) => fs.readFileSync(path.join(outDir, name), 'utf8');
  const esModules = () => fs.readdirSync(outDir).filter((f) => f.endsWith('.mjs'));

  beforeAll(async () => {
    const cache = path.join(ROOT, 'node_modules', '.cache');
    fs.mkdirSync(cache, { recursive: true });
    outDir = fs.mkdtempSync(path.join(cache, 'allmenn-bundle-'));
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-bundle-run-'));
    const script = (await import(pathToFileURL(path.join(ROOT, 'scripts/build-electron.ts')).href)) as BuildScript;
    outputs = await script.buildElectron(outDir);
    schemaSource = path.join(ROOT, script.SCHEMA_SOURCE);
  }, 60_000);

  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('writes main, the simulators, the preload and the schemas, and package.json starts main', () => {
    expect(outputs.map((o) => path.relative(outDir, o))).toEqual([
      'main.mjs',
      'rf-sim.mjs',
      'spes-sim.mjs',
      'sms-sim.mjs',
      'preload.cjs',
      'xsd',
    ]);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.mjs');
  });

  it('builds a preload that requires only electron and holds no ES module syntax', () => {
    const preload = read('preload.cjs');
    expect(requiresOf(preload)).toEqual({ specifiers: ['electron'], dynamic: 0 });
    expect(preload).not.toMatch(/import\.meta/);
    expect(importsOf(preload)).toEqual([]);
  });

  it('exposes the API to the page under one name only', () => {
    const preload = read('preload.cjs');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\("allmenn"/);
  });

  it('builds ES modules that import only electron, built-ins and their own chunks, and require only better-sqlite3', () => {
    for (const file of esModules()) {
      const code = read(file);
      const imports = importsOf(code).filter((s) => !isBuiltin(s));
      for (const specifier of imports) {
        if (specifier === 'electron') expect(file, `${file} imports electron`).toBe('main.mjs');
        else {
          expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/chunk-[A-Z0-9]+\.mjs$/);
          expect(fs.existsSync(path.join(outDir, specifier)), `${specifier} exists`).toBe(true);
        }
      }
      const { specifiers, dynamic } = requiresOf(code);
      expect(dynamic, `non-literal require in ${file}`).toBe(0);
      expect(
        specifiers.filter((s) => s !== 'better-sqlite3' && !isBuiltin(s)),
        file,
      ).toEqual([]);
    }
    expect(importsOf(read('main.mjs'))).toContain('electron');
    for (const simulator of ['rf-sim.mjs', 'spes-sim.mjs', 'sms-sim.mjs']) {
      expect(read(simulator)).not.toMatch(/from\s*"electron"/);
    }
  });

  it('puts the schemas beside the bundles, as the validator looks for them', () => {
    const list = (dir: string): string[] =>
      fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
    const copied = list(path.join(outDir, 'xsd')).sort();
    expect(copied).toContain('allmenn-schemas.xsd');
    expect(copied).toEqual(list(schemaSource).sort());
    // The validator's new URL('./xsd/', import.meta.url) sits in one of the ES modules, all in outDir.
    expect(esModules().some((f) => read(f).includes('new URL("./xsd/", import.meta.url)'))).toBe(true);
  });

  it.each(['rf-sim.mjs', 'spes-sim.mjs', 'sms-sim.mjs'])(
    'starts %s under Node and stops it with SIGTERM',
    async (bundle) => {
      const child = spawn(
        process.execPath,
        [path.join(outDir, bundle), '--port', '0', '--data-dir', path.join(scratch, bundle)],
        { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      children.push(child);
      const { stdout, stderr, exit } = collect(child);
      await expect
        .poll(() => READY.test(stdout()) || child.exitCode !== null, { timeout: 20_000, interval: 50 })
        .toBe(true);
      expect(stdout(), stderr()).toMatch(READY);
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    },
    30_000,
  );

  it('runs main in plain Node: --cli export-sample-messages validates with the bundled schemas and rf-sim', async () => {
    const stub = path.join(scratch, 'stub');
    fs.mkdirSync(stub);
    fs.writeFileSync(path.join(stub, 'electron.mjs'), electronStub(read('main.mjs')));
    fs.writeFileSync(
      path.join(stub, 'hooks.mjs'),
      `export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: new URL('./electron.mjs', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}\n`,
    );
    fs.writeFileSync(
      path.join(stub, 'register.mjs'),
      `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
    );
    const out = path.join(scratch, 'samples');
    // The working folder is outside the repository, so the simulator found is rf-sim.mjs beside main.mjs.
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(stub, 'register.mjs')).href,
        path.join(outDir, 'main.mjs'),
        '--cli',
        'export-sample-messages',
        '--out',
        out,
        '--json',
      ],
      { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    const { stdout, stderr, exit } = collect(child);
    expect(await exit, stderr()).toBe(0);
    const report = JSON.parse(stdout()) as { ok: boolean; files: { file: string; valid: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.files.length).toBeGreaterThan(0);
    for (const { file, valid } of report.files) {
      expect(valid, file).toBe(true);
      expect(fs.existsSync(path.join(out, file)), file).toBe(true);
    }
  }, 45_000);
});
