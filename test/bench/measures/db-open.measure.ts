import { closeDatabase } from '../../../db/backup';
import { openClinicDatabase } from '../../../electron/backend';
import type { Measure } from '../measure';
import { latencySummary } from '../stats';

const PATIENTS = 100_000;
const REPEATS = 20;
const WARM_UP = 2;

/** What every app start pays before the login screen: open the file and check its migrations. Close not counted. */
export const dbOpenMeasure: Measure = {
  name: 'db.open',
  description: `open + migration check on a ${PATIENTS}-patient database`,
  async run(ctx) {
    const dataDir = await ctx.demoClinicCopy(PATIENTS);
    const samples: number[] = [];
    for (let i = 0; i < WARM_UP + REPEATS; i++) {
      const started = performance.now();
      const { conn, migration } = await openClinicDatabase(dataDir, new Date());
      const elapsed = performance.now() - started;
      await closeDatabase(conn);
      if (migration.applied.length > 0) throw new Error('the cached database was not up to date');
      if (i >= WARM_UP) samples.push(elapsed);
    }
    return { n: PATIENTS, ...latencySummary(samples), repeats: REPEATS };
  },
};
