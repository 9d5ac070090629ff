/**
 * Regenerates shared/reference/*.json from the handbook's reference data (../shared/data, each file's source and
 * licence in its README). Run: npx tsx scripts/generate-reference-data.ts [path/to/handbook/data]
 */
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const source = process.argv[2] ?? path.resolve(ROOT, '../shared/data');

function readCsv(file: string): string[][] {
  const rows: string[][] = parse(fs.readFileSync(path.join(source, file), 'utf8'), { skip_empty_lines: true });
  return rows.slice(1);
}

// postnummer -> [poststed, kommunenummer, kommunenavn, Bring's kategori (G/B street addresses, P boxes, ...)].
const postnummer: Record<string, [string, string, string, string]> = {};
for (const [code, place, kommune, kommuneName, kategori] of readCsv('postnummer_no.csv')) {
  if (code && place && kommune && kommuneName && kategori) postnummer[code] = [place, kommune, kommuneName, kategori];
}
fs.writeFileSync(path.join(ROOT, 'shared/reference/postnummer.json'), `${JSON.stringify(postnummer)}\n`);
process.stderr.write(`postnummer: ${Object.keys(postnummer).length}\n`);

// ATC code -> Norwegian name (FHI's list, levels 1–5).
const atc: Record<string, string> = {};
for (const [code, , name] of readCsv('atc_no.csv')) {
  if (code && name) atc[code] = name;
}
fs.writeFileSync(path.join(ROOT, 'shared/reference/atc.json'), `${JSON.stringify(atc)}\n`);
process.stderr.write(`atc: ${Object.keys(atc).length}\n`);

// ICPC-2 code -> Norwegian short title (Helsedirektoratet's 60-character texts, code year 2025).
const icpc2: Record<string, string> = {};
for (const [code, title] of readCsv('icpc2_no.csv')) {
  if (code && title) icpc2[code] = title;
}
fs.writeFileSync(path.join(ROOT, 'shared/reference/icpc2.json'), `${JSON.stringify(icpc2)}\n`);
process.stderr.write(`icpc2: ${Object.keys(icpc2).length}\n`);

// ICD-10 code (no dot) -> Norwegian short title (Helsedirektoratet's list, code year 2026).
const icd10: Record<string, string> = {};
for (const [code, , , title] of readCsv('icd10_no.csv')) {
  if (code && title) icd10[code] = title;
}
fs.writeFileSync(path.join(ROOT, 'shared/reference/icd10.json'), `${JSON.stringify(icd10)}\n`);
process.stderr.write(`icd10: ${Object.keys(icd10).length}\n`);
