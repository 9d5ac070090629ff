/**
 * `npm run bench [-- --only NAME]`: runs the measures on generated data and prints one JSON line per measure on
 * stdout, nothing else there; progress goes to stderr. Not a timed test: the figures are for reading and comparing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseFile } from '../../db/paths';
import { cachedDemoDatabase } from './demo-cache';
import type { BenchContext, Measure } from './measure';
import { MEASURES } from './measures/index';

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

function selectMeasures(argv: readonly string[]): readonly Measure[] | string {
  const i = argv.indexOf('--only');
  if (i === -1) return argv.length === 0 ? MEASURES : `Ukjent argument: ${argv.join(' ')}`;
  const name = argv[i + 1];
  const measure = MEASURES.find((m) => m.name === name);
  return measure ? [measure] : `Ukjent måling «${name ?? ''}». Kjente: ${MEASURES.map((m) => m.name).join(', ')}`;
}

async function main(argv: readonly string[]): Promise<number> {
  const selected = selectMeasures(argv);
  if (typeof selected === 'string') {
    progress(selected);
    return 2;
  }
  const temp: string[] = [];
  const ctx: BenchContext = {
    progress,
    tempDir() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allmenn-bench-'));
      temp.push(dir);
      return dir;
    },
    async demoClinicCopy(patients) {
      const source = await cachedDemoDatabase(patients, progress);
      const dir = ctx.tempDir();
      fs.copyFileSync(source, databaseFile(dir));
      return dir;
    },
  };
  try {
    for (const measure of selected) {
      progress(`${measure.name}: ${measure.description} …`);
      const result = await measure.run(ctx);
      process.stdout.write(`${JSON.stringify({ name: measure.name, ...result })}\n`);
    }
  } finally {
    for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
