import { build } from 'esbuild';
import path from 'node:path';

let bundle: Promise<string> | undefined;

/** The init script, bundled once per worker from the real contract code. */
export function windowApiScript(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(import.meta.dirname, 'window-api.entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundle;
}
