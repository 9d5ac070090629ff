/**
 * For the venterom (queue) service: moves a booked appointment through ankommet → inne → ferdig inside the
 * caller's transaction, with the appointment_events history row the timebok keeps for every change. The caller
 * checks its own permission and writes its own audit row; the slot stays occupied (only avlyst/flyttet free it).
 */
import type { Transaction } from 'kysely';
import {
  findAppointment,
  insertAppointmentEvent,
  updateAppointment,
} from '../../../db/repositories/timebok.repository';
import type { Database } from '../../../db/schema';
import type { AppointmentStatus } from '../../../db/schema-timebok';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { ServiceError } from '../service-error';
import { CHANGED_MEANWHILE_MESSAGE, TimebokErrorCode } from './day-plan';

export type QueueStatus = 'ankommet' | 'inne' | 'ferdig';

/** Which status each queue status may follow. */
const ALLOWED_FROM: Record<QueueStatus, readonly AppointmentStatus[]> = {
  ankommet: ['booket', 'ikke_mott'],
  inne: ['booket', 'ankommet'],
  ferdig: ['inne', 'ankommet'],
};

export async function setQueueStatus(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  appointmentId: string,
  to: QueueStatus,
): Promise<{ patientId: string; from: AppointmentStatus }> {
  const a = await findAppointment(trx, appointmentId);
  if (!a) throw new ServiceError(ErrorCode.notFound, 'Fant ikke timen.');
  if (!ALLOWED_FROM[to].includes(a.status)) {
    throw new ServiceError(
      TimebokErrorCode.wrongStatus,
      `Timen har status «${a.status}» og kan ikke settes til «${to}».`,
    );
  }
  const at = ctx.now.toISOString();
  if (!(await updateAppointment(trx, a, { status: to, status_at: at, status_by: ctx.user.id }))) {
    throw new ServiceError(TimebokErrorCode.changedMeanwhile, CHANGED_MEANWHILE_MESSAGE);
  }
  await insertAppointmentEvent(trx, {
    id: newId(),
    appointment_id: a.id,
    at,
    actor_id: ctx.user.id,
    kind: 'status',
    from_status: a.status,
    to_status: to,
    detail: null,
  });
  return { patientId: a.patient_id, from: a.status };
}
