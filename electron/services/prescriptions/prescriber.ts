/** The prescriber behind a call: a user with an HPR-nummer, in a clinic that is set up. */
import type { Kysely } from 'kysely';
import { findClinic } from '../../../db/repositories/clinic.repository';
import { findUserById } from '../../../db/repositories/users.repository';
import type { ClinicRow, Database, UserRow } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { ServiceContext } from '../context';
import { ServiceError } from '../service-error';

export const PRESCRIBER_WITHOUT_HPR = 'PRESCRIBER_WITHOUT_HPR';

export interface Prescriber {
  user: UserRow;
  clinic: ClinicRow;
}

export async function prescriberOf(db: Kysely<Database>, ctx: ServiceContext): Promise<Prescriber & { hpr: string }> {
  const user = ctx.user.id ? await findUserById(db, ctx.user.id) : undefined;
  if (!user?.hpr_number) {
    throw new ServiceError(
      PRESCRIBER_WITHOUT_HPR,
      'Du må være registrert med HPR-nummer for å skrive resepter. Be administrator legge det inn.',
    );
  }
  const clinic = await findClinic(db);
  if (!clinic) throw new ServiceError(ErrorCode.notConfigured, 'Legekontoret er ikke satt opp ennå.');
  return { user, clinic, hpr: user.hpr_number };
}
