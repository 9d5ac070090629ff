import { closeDatabase } from '../../../db/backup';
import { findUserByUsername } from '../../../db/repositories/users.repository';
import { openClinicDatabase } from '../../../electron/backend';
import type { ServiceContext } from '../../../electron/services/context';
import { createPatientImportService } from '../../../electron/services/patients/import/patient-import.service';
import { generatedListFile } from '../list-file';
import type { Measure } from '../measure';
import { percentile, round } from '../stats';

const ROWS = 10_000;

/**
 * Throughput of the list-file import as the helsesekretær runs it: a generated 10 000-row file into an empty demo
 * clinic (every row a new patient, most put on a doctor's list, each audited), then the same file again, when
 * every row is unchanged. p50/p95 are per batch transaction of the import (500 rows), the first with the parsing.
 */
export const importPatientsMeasure: Measure = {
  name: 'import.patients',
  description: `rows/s importing a generated ${ROWS}-row fastlegeliste file through the import service`,
  async run(ctx) {
    const dataDir = await ctx.demoClinicCopy(0);
    const file = generatedListFile('bench-import', ROWS);
    const { conn } = await openClinicDatabase(dataDir, new Date());
    try {
      const sekretaer = await findUserByUsername(conn.db, 'sekretaer');
      if (!sekretaer) throw new Error('the demo clinic has no sekretaer');
      const session: ServiceContext = {
        user: { id: sekretaer.id, name: sekretaer.display_name },
        role: 'helsesekretaer',
        workstation: 'bench',
        now: new Date(),
      };
      const service = createPatientImportService(conn.db);
      const timed = async () => {
        const batchMs: number[] = [];
        const started = performance.now();
        let last = started;
        const report = await service.importListFile(session, file, {
          fileName: 'fastlegeliste.csv',
          onProgress: () => {
            const at = performance.now();
            batchMs.push(at - last);
            last = at;
          },
        });
        return { report, batchMs, totalMs: performance.now() - started };
      };

      const first = await timed();
      if (first.report.imported !== ROWS || first.report.rejected.length > 0) {
        throw new Error(`the generated file did not import cleanly: ${JSON.stringify(first.report).slice(0, 300)}`);
      }
      ctx.progress(`  ${ROWS} nye pasienter på ${round(first.totalMs / 1000, 1)} s; samme fil en gang til …`);
      const again = await timed();
      if (again.report.unchanged !== ROWS) throw new Error('the second import changed rows');
      return {
        n: ROWS,
        p50_ms: round(percentile(first.batchMs, 50)),
        p95_ms: round(percentile(first.batchMs, 95)),
        ops_per_s: Math.round(ROWS / (first.totalMs / 1000)),
        total_ms: round(first.totalMs, 1),
        reimport_ops_per_s: Math.round(ROWS / (again.totalMs / 1000)),
        file_bytes: file.length,
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
