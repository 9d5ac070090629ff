import fs from 'node:fs';
import { closeDatabase } from '../../../db/backup';
import { databaseFile } from '../../../db/paths';
import { drugCatalogueDb } from '../../../db/repositories/drug-db';
import { openDatabase } from '../../../db/connection';
import type { ServiceContext } from '../../../electron/services/context';
import { createDrugSearchService } from '../../../electron/services/drugs/drug-search.service';
import { cachedDrugCatalogue } from '../drug-catalogue-cache';
import { drugSearchQueries } from '../drug-search-queries';
import type { Measure } from '../measure';
import { latencySummary, percentile, round } from '../stats';

const PACKAGES = 30_000;
const QUERIES = 1000;
const REPEATS = 3;

/**
 * The prescribing screen's drug search as a logged-in lege uses it, on a generated FEST catalogue of 30 000
 * packages (12 000 products, about 8 000 substance groups): the drug-search service end to end (query parsing,
 * FTS5 name index or ATC/varenummer range, packages, refusjon in force, the catalogue's origin). Goal: p95 ≤ 5 ms.
 */
export const drugsSearchMeasure: Measure = {
  name: 'drugs.search',
  description: `${QUERIES} realistic queries × ${REPEATS} through the drug-search service as a lege, ${PACKAGES} packages`,
  async run(ctx) {
    const source = await cachedDrugCatalogue(PACKAGES, (line) => ctx.progress(line));
    const dataDir = ctx.tempDir();
    fs.copyFileSync(source, databaseFile(dataDir));
    const conn = openDatabase(databaseFile(dataDir), { mustExist: true });
    try {
      const lege: ServiceContext = {
        user: { id: null, name: 'bench-lege' },
        role: 'lege',
        workstation: 'bench',
        now: new Date(),
      };
      const queries = drugSearchQueries(conn.sqlite, 'bench', QUERIES);
      const drugs = createDrugSearchService(drugCatalogueDb(conn.db));

      // One untimed pass: the page cache and Kysely's prepared statements warm up.
      let noHits = 0;
      let hits = 0;
      for (const { text } of queries) {
        const result = await drugs.search(lege, { query: text });
        const found = result.products.length + result.substances.length;
        if (found === 0) noHits++;
        hits += found;
      }

      const samples: number[] = [];
      const cpu: number[] = [];
      const byKind = new Map<string, number[]>();
      for (let pass = 0; pass < REPEATS; pass++) {
        for (const { kind, text } of queries) {
          const cpuBefore = process.cpuUsage();
          const started = performance.now();
          await drugs.search(lege, { query: text });
          const elapsed = performance.now() - started;
          const used = process.cpuUsage(cpuBefore);
          cpu.push((used.user + used.system) / 1000);
          samples.push(elapsed);
          const list = byKind.get(kind) ?? [];
          list.push(elapsed);
          byKind.set(kind, list);
        }
      }
      const [slowestKind, slowestP95] = [...byKind]
        .map(([kind, list]) => [kind, percentile(list, 95)] as const)
        .reduce((a, b) => (b[1] > a[1] ? b : a));
      return {
        n: PACKAGES,
        ...latencySummary(samples),
        queries: QUERIES,
        repeats: REPEATS,
        goal_p95_ms: 5,
        // CPU time per search: what the search costs, apart from waiting for a core on a busy machine.
        cpu_p50_ms: round(percentile(cpu, 50)),
        cpu_p95_ms: round(percentile(cpu, 95)),
        mean_hits: round(hits / QUERIES, 1),
        no_hit_share: round(noHits / QUERIES, 3),
        slowest_kind: slowestKind,
        slowest_kind_p95_ms: round(slowestP95),
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
