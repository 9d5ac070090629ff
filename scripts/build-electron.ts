/**
 * Bundles the Electron main process and the preload with esbuild into dist/electron. Run with
 * `npx tsx scripts/build-electron.ts`; the tests build with the same options into a temporary folder.
 */
import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Electron 45 runs Node 22 in main and a current Chromium in the preload. */
const TARGET = 'node22';

/**
 * main.cjs: everything is bundled but Electron itself and better-sqlite3, whose native addon must be loaded from
 * node_modules (unpacked from the asar). Node's built-ins stay external by platform 'node'.
 * preload.cjs: a sandboxed preload can require only 'electron' and a few polyfilled built-ins, so everything else,
 * the contract and zod included, is bundled in.
 */
export function electronBuildOptions(outDir: string = path.join(ROOT, 'dist', 'electron')): BuildOptions[] {
  const common: BuildOptions = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    sourcemap: true,
    charset: 'utf8',
    logLevel: 'silent',
  };
  return [
    {
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'app', 'main.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      external: ['electron', 'better-sqlite3'],
    },
    {
      ...common,
      entryPoints: [path.join(ROOT, 'electron', 'app', 'preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      external: ['electron'],
    },
  ];
}

/**
 * Builds both bundles. Warnings fail the build: the one esbuild gives for `import.meta` in CommonJS output, for
 * instance, means code that would be undefined at run time.
 */
export async function buildElectron(outDir?: string): Promise<string[]> {
  const outputs: string[] = [];
  for (const options of electronBuildOptions(outDir)) {
    const result = await build(options);
    if (result.warnings.length > 0) {
      const text = result.warnings.map((w) => `${w.location?.file ?? ''}: ${w.text}`).join('\n');
      throw new Error(`esbuild warnings in ${String(options.outfile)}:\n${text}`);
    }
    outputs.push(String(options.outfile));
  }
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
