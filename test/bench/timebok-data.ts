/**
 * The timebok benchmarks' data: the cached demo clinic plus ten doctors' timebok resources with the standard week
 * and two years of appointments (18 months back, 6 months ahead), generated in bulk the way the demo does.
 */
import { closeDatabase } from '../../db/backup';
import { openClinicDatabase } from '../../electron/backend';
import { systemContext } from '../../electron/services/context';
import { generateAppointments, seedDemoSchedules } from '../../electron/services/timebok/demo-schedules';
import { addDays } from '../../electron/services/timebok/oslo-time';
import { osloDate } from '../../shared/rules/dates';
import type { BenchContext } from './measure';

export const TIMEBOK_PATIENTS = 15_000;
export const DOCTORS = 10;

export interface TimebokBenchData {
  dataDir: string;
  resourceIds: string[];
  appointments: number;
  from: string;
  to: string;
}

export async function timebokBenchData(ctx: BenchContext): Promise<TimebokBenchData> {
  const dataDir = await ctx.demoClinicCopy(TIMEBOK_PATIENTS);
  const now = new Date();
  const today = osloDate(now);
  const from = addDays(today, -548);
  const to = addDays(today, 182);
  const { conn } = await openClinicDatabase(dataDir, now);
  try {
    const system = systemContext('bench', 'bench', now);
    const users = await conn.db.selectFrom('users').select(['id', 'display_name']).where('role', '=', 'lege').execute();
    const doctors = Array.from({ length: DOCTORS }, (_, i) => ({
      id: users[i]?.id ?? null,
      name: users[i]?.display_name ?? `Lege ${i + 1}`,
    }));
    // Only the real doctors are linked to a login; the other eight are resources without a user.
    const { resourceIds } = await seedDemoSchedules(conn.db, system, {
      doctors: doctors.map((d, i) => (i < users.length ? d : { id: null, name: d.name })),
      validFrom: from,
    });
    const patients = await conn.db.selectFrom('patients').select('id').orderBy('id').execute();
    ctx.progress(`  genererer timer for ${DOCTORS} leger fra ${from} til ${to} …`);
    const appointments = await generateAppointments(conn.db, {
      resourceIds,
      patientIds: patients.map((p) => p.id),
      from,
      to,
      fill: 0.8,
      now,
    });
    return { dataDir, resourceIds, appointments, from, to };
  } finally {
    await closeDatabase(conn);
  }
}
