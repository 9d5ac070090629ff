/**
 * Bundles the Electron main process, the preload and the simulators the app may start with esbuild into
 * dist/electron, and copies the message schemas beside them. Run with `npx tsx scripts/build-electron.ts`; the tests
 * build with the same options into a temporary folder.
 *
 *   main.mjs      the Electron main process (package.json "main"). ES module: libxml2-wasm, the XSD validator,
 *                 uses top-level await, which CommonJS output cannot hold, and the validator finds its schemas
 *                 through import.meta.url.
 *   preload.cjs   the sandboxed preload. A sandboxed preload cannot be an ES module and may require only
 *                 'electron' (and a few polyfilled built-ins), so everything else, the contract and zod, is inlined.
 *   rf-sim.mjs, spes-sim.mjs, sms-sim.mjs
 *                 the simulated reseptformidler, specialist receiver and SMS gateway, which the app starts for a
 *                 demo clinic in Electron utilityProcesses (electron/app/demo-simulators.ts). ES modules.
 *   chunk-*.mjs   code the ES modules share or import() lazily (libxml2-wasm with its WebAssembly inlined).
 *   xsd/          the official message schemas (electron/integrations/messages/xsd). The validator looks for
 *                 ./xsd/ beside the module that holds it, which after bundling is this folder.
 */
import { build, type BuildOptions, type Plugin } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Electron 45 runs Node 22 in main and in utility processes, and a current Chromium in the preload. */
const TARGET = 'node22';

/** The schema folder, relative to the repository, and its name beside the bundles. */
export const SCHEMA_SOURCE = path.join('electron', 'integrations', 'messages', 'xsd');
export const SCHEMA_FOLDER = 'xsd';

/** The simulators bundled for the app to start; the names match the npm scripts that start them from source. */
export const SIMULATOR_BUNDLES: Readonly<Record<string, string>> = {
  'rf-sim.mjs': path.join('simulators', 'reseptformidler', 'main.ts'),
  'spes-sim.mjs': path.join('simulators', 'spesialist', 'main.ts'),
  'sms-sim.mjs': path.join('simulators', 'sms-gateway', 'main.ts'),
};

/** Packages with a native addon: never bundled, loaded from node_modules (the addon unpacked from the asar). */
export const NATIVE_PACKAGES = ['better-sqlite3'];

/**
 * Bundled CommonJS packages (node-forge, xml-crypto, ...) call require() for Node's built-ins, and an ES module
 * has no require: give the bundle one. The odd import name cannot collide with a bundled symbol.
 */
const ESM_BANNER = [
  "import { createRequire as __allmennCreateRequire } from 'node:module';",
  'const require = __allmennCreateRequire(import.meta.url);',
].join('\n');

/**
 * Loads a native package through require() instead of an ESM import: Node's CommonJS loader is the path Electron's
 * asar support has served longest (resolution inside app.asar, the addon from app.asar.unpacked), whereas bare
 * ESM imports from an asar have had regressions (electron/electron#45896).
 */
function requireNativePackages(packages: readonly string[]): Plugin {
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
  return {
    name: 'require-native-packages',
    setup(b) {
      b.onResolve({ filter }, (args) =>
        args.namespace === 'native-require'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'native-require' },
      );
      b.onLoad({ filter: /.*/, namespace: 'native-require' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Two esbuild runs. The ES modules (main and the simulators) are built together with code splitting: a dynamic
 * import() then stays a real import of a chunk file beside the bundles, evaluated with real ES module semantics.
 * Without splitting esbuild inlines a dynamically imported module into lazy async initialisers, and the import
 * cycles inside libxml2-wasm (nodes.mjs <-> c14n.mjs) combined with its top-level await then never settle: the
 * first XSD validation hangs and a simulator exits silently. Chunks are named chunk-HASH.mjs and sit flat in
 * outDir, so every module's import.meta.url is in outDir and ./xsd/ resolves there.
 */
export function electronBuildOptions(outDir: string = path.join(ROOT, 'dist', 'electron')): BuildOptions[] {
  const common: BuildOptions = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: TARGET,
    sourcemap: true,
    charset: 'utf8',
    logLevel: 'silent',
  };
  const esmEntries: Record<string, string> = { main: path.join(ROOT, 'electron', 'app', 'main.ts') };
  for (const [bundle, source] of Object.entries(SIMULATOR_BUNDLES)) {
    esmEntries[bundle.replace(/\.mjs$/, '')] = path.join(ROOT, source);
  }
  return [
    {
      ...common,
      format: 'esm',
      splitting: true,
      entryPoints: esmEntries,
      outdir: outDir,
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunk-[hash]',
      banner: { js: ESM_BANNER },
      // CommonJS habits in bundled code (electron/delivery/reseptformidler-process.ts looks for rf-sim.mjs beside
      // itself through __dirname): point them at the bundle's own folder.
      define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
      external: ['electron'],
      plugins: [requireNativePackages(NATIVE_PACKAGES)],
    },
    {
      ...common,
      format: 'cjs',
      entryPoints: [path.join(ROOT, 'electron', 'app', 'preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      external: ['electron'],
    },
  ];
}

/** The bundles Electron or the app loads by name, in build order; chunks come on top of these. */
export function electronBundleNames(): string[] {
  return ['main.mjs', ...Object.keys(SIMULATOR_BUNDLES), 'preload.cjs'];
}

/**
 * Empties outDir (a bundle that is no longer built, such as the old main.cjs, must not be packaged), builds every
 * bundle and copies the schemas. Warnings fail the build: the one esbuild gives for `import.meta` in CommonJS
 * output, for instance, means code that would be undefined at run time. Returns the bundles, then the xsd folder.
 */
export async function buildElectron(outDir: string = path.join(ROOT, 'dist', 'electron')): Promise<string[]> {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  for (const options of electronBuildOptions(outDir)) {
    const result = await build(options);
    if (result.warnings.length > 0) {
      const text = result.warnings.map((w) => `${w.location?.file ?? ''}: ${w.text}`).join('\n');
      throw new Error(`esbuild warnings in ${String(options.outfile ?? options.outdir)}:\n${text}`);
    }
  }
  const outputs = electronBundleNames().map((name) => path.join(outDir, name));
  const missing = outputs.filter((file) => !fs.existsSync(file));
  if (missing.length > 0) throw new Error(`esbuild did not write ${missing.join(', ')}`);
  const schemas = path.join(outDir, SCHEMA_FOLDER);
  fs.cpSync(path.join(ROOT, SCHEMA_SOURCE), schemas, { recursive: true });
  outputs.push(schemas);
  return outputs;
}

const isEntryScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryScript) {
  buildElectron().then(
    (outputs) => process.stdout.write(`built ${outputs.map((o) => path.relative(ROOT, o)).join(', ')}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
