import { closeDatabase } from '../../../db/backup';
import { openClinicDatabase } from '../../../electron/backend';
import type { ServiceContext } from '../../../electron/services/context';
import { createTimebokServices } from '../../../electron/services/timebok/index';
import { addDays } from '../../../electron/services/timebok/oslo-time';
import { osloDate } from '../../../shared/rules/dates';
import { bookSchema } from '../../../shared/schemas/timebok.schema';
import type { Measure } from '../measure';
import { latencySummary, percentile } from '../stats';
import { DOCTORS, TIMEBOK_PATIENTS, timebokBenchData } from '../timebok-data';

const BOOKINGS = 200;

/**
 * timebok.book as the helsesekretær books on the phone: input validation, the patient and resource, the day's
 * rules (hours, lunch, exceptions, akutttimer), the appointment row, its slot units under the unique key, the
 * history row, the audit row and the commit (fsynced). Free times are found outside the clock with nextFree.
 */
export const timebokBookMeasure: Measure = {
  name: 'timebok.book',
  description: `p95 of ${BOOKINGS} bookings among ${DOCTORS} doctors with 2 years of appointments, ${TIMEBOK_PATIENTS} patients`,
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
        get now() {
          return new Date();
        },
      };
      const patients = await conn.db.selectFrom('patients').select('id').orderBy('id').limit(BOOKINGS).execute();
      const timebok = createTimebokServices(conn.db).appointments;
      const samples: number[] = [];
      const cpu: number[] = [];
      const from = addDays(osloDate(new Date()), 1);
      for (let i = 0; i < BOOKINGS; i++) {
        const resourceId = data.resourceIds[i % data.resourceIds.length] as string;
        const [free] = await timebok.nextFree(session, {
          resourceId,
          appointmentType: 'konsultasjon',
          from,
          count: 1,
        });
        if (!free) throw new Error('no free time found');
        const input = bookSchema.parse({
          patientId: (patients[i % patients.length] as { id: string }).id,
          resourceId,
          appointmentType: 'konsultasjon',
          startsAt: free.startsAt,
          channel: 'telefon',
        });
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        await timebok.book(session, input);
        samples.push(performance.now() - started);
        const used = process.cpuUsage(cpuBefore);
        cpu.push((used.user + used.system) / 1000);
      }
      return {
        n: data.appointments,
        ...latencySummary(samples),
        cpu_p95_ms: percentile(cpu, 95),
        bookings: BOOKINGS,
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
