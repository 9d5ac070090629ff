import type { Kysely } from 'kysely';
import { findUserByUsername } from '../../db/repositories/users.repository';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../electron/services/context';

/** The demo clinic's first doctor, logged in: the journal benchmarks act as a lege, audit rows and all. */
export async function benchDoctorSession(db: Kysely<Database>): Promise<ServiceContext> {
  const lege = await findUserByUsername(db, 'lege1');
  if (!lege) throw new Error('the benchmark clinic has no lege1');
  return {
    user: { id: lege.id, name: lege.display_name },
    role: 'lege',
    workstation: 'bench',
    get now() {
      return new Date();
    },
  };
}
