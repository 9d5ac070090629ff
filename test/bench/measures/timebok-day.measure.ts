import { closeDatabase } from '../../../db/backup';
import { openClinicDatabase } from '../../../electron/backend';
import type { ServiceContext } from '../../../electron/services/context';
import { createTimebokServices } from '../../../electron/services/timebok/index';
import { addDays } from '../../../electron/services/timebok/oslo-time';
import { timebokDaySchema } from '../../../shared/schemas/timebok.schema';
import type { Measure } from '../measure';
import { latencySummary, round } from '../stats';
import { DOCTORS, TIMEBOK_PATIENTS, timebokBenchData } from '../timebok-data';

const REPEATS = 300;
const WARM_UP = 20;

/**
 * timebok.day as the helsesekretær opens it: ten doctors side by side on a day spread over two years of
 * appointments — input validation, the templates, urgent blocks, exceptions, appointments with patient names, the
 * slot grid. Goal (issue 7 item 7): p95 ≤ 20 ms.
 */
export const timebokDayMeasure: Measure = {
  name: 'timebok.day',
  description: `p95 of the day view of ${DOCTORS} doctors, 2 years of appointments, ${TIMEBOK_PATIENTS} patients`,
  async run(ctx) {
    const data = await timebokBenchData(ctx);
    const { conn } = await openClinicDatabase(data.dataDir, new Date());
    try {
      const sekretaer = await conn.db
        .selectFrom('users')
        .select(['id', 'display_name'])
        .where('role', '=', 'helsesekretaer')
        .executeTakeFirstOrThrow();
      const session: ServiceContext = {
        user: { id: sekretaer.id, name: sekretaer.display_name },
        role: 'helsesekretaer',
        workstation: 'bench',
        now: new Date(),
      };
      const timebok = createTimebokServices(conn.db).appointments;
      const samples: number[] = [];
      let shown = 0;
      for (let i = 0; i < WARM_UP + REPEATS; i++) {
        // Weekdays across the whole range, so the cache does not hold one day.
        const date = addDays(data.from, (i * 37) % 728);
        const started = performance.now();
        const view = await timebok.day(session, timebokDaySchema.parse({ date, resourceIds: data.resourceIds }));
        const elapsed = performance.now() - started;
        if (i >= WARM_UP) {
          samples.push(elapsed);
          shown += view.resources.reduce((n, r) => n + r.appointments.length, 0);
        }
      }
      return {
        n: data.appointments,
        ...latencySummary(samples),
        repeats: REPEATS,
        doctors: DOCTORS,
        appointments_per_view: round(shown / REPEATS, 1),
        goal_p95_ms: 20,
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
