/**
 * The venterom: arrivals for booked patients, drop-in patients with a triage level, and the doctor's "Neste pasient".
 * Administrative data only (the helsesekretær runs it); starting the journal kontakt is the journal service's job,
 * which the caller hands in. Every change is one transaction with its history row and its audit row.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  claimQueueEntry,
  expectedAppointments,
  findActiveQueueEntryOfPatient,
  findAppointmentForQueue,
  findQueueEntry,
  findQueueEntryOfAppointment,
  insertQueueEntry,
  insertQueueEvent,
  isUniqueViolation,
  moveAppointmentStatus,
  moveQueueEntry,
  queueEntriesOfDay,
  releaseQueueClaim,
  setQueueTriage,
  waitingEntriesOfDay,
  type QueueEntryListRow,
} from '../../../db/repositories/queue.repository';
import { findUserById } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import type { QueueEntryRow, QueueStatus } from '../../../db/schema-queue';
import { ErrorCode } from '../../../shared/api/error-codes';
import type {
  CalledPatientView,
  ExpectedAppointmentView,
  QueueDayView,
  QueueEntryView,
} from '../../../shared/api/queue-views';
import { osloDate } from '../../../shared/rules/dates';
import type {
  AddDropInInput,
  ChangeTriageInput,
  MarkLeftInput,
  QueueEntryRef,
  QueueExpectedInput,
  QueueTodayInput,
  RegisterArrivalInput,
} from '../../../shared/schemas/queue.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';
import { osloDayRange } from './queue-day';
import { isForDoctor, orderQueue } from './queue-order';

/**
 * A "Neste pasient" claim older than this was abandoned (the call crashed between its steps); another doctor may
 * then take the patient. Starting a note takes milliseconds, so a minute is generous.
 */
export const CLAIM_STALE_MS = 60_000;

/** Starts the journal kontakt for the called patient; the handler passes the journal service's start. */
export type StartNote = (patientId: string, appointmentId: string | null) => Promise<{ id: string }>;

function fullName(p: { given_name: string; middle_name: string | null; family_name: string }): string {
  return [p.given_name, p.middle_name, p.family_name].filter(Boolean).join(' ');
}

function actorId(ctx: ServiceContext): string | null {
  return ctx.user.id;
}

function toView(row: QueueEntryListRow, position: number | null): QueueEntryView {
  return {
    id: row.id,
    patientId: row.patient_id,
    patientName: fullName(row),
    birthDate: row.birth_date,
    source: row.source,
    appointmentId: row.appointment_id,
    scheduledAt: row.scheduled_at,
    triage: row.triage,
    reason: row.reason,
    doctorId: row.doctor_id,
    doctorName: row.doctor_name,
    status: row.status,
    statusAt: row.status_at,
    arrivedAt: row.arrived_at,
    calledByName: row.called_by_name,
    position,
  };
}

/** The day's list: venter in calling order (for one doctor, only theirs), then inne, then the rest newest first. */
function dayView(rows: QueueEntryListRow[], now: Date, doctorId?: string): QueueDayView {
  const nowIso = now.toISOString();
  const mine = doctorId
    ? rows.filter((r) => isForDoctor(r, doctorId) || r.called_by === doctorId || r.doctor_id === doctorId)
    : rows;
  const waiting = orderQueue(
    mine.filter((r) => r.status === 'venter'),
    nowIso,
  );
  const inside = mine.filter((r) => r.status === 'inne').sort((a, b) => a.status_at.localeCompare(b.status_at));
  const done = mine
    .filter((r) => r.status === 'ferdig' || r.status === 'gatt')
    .sort((a, b) => b.status_at.localeCompare(a.status_at));
  return {
    day: osloDate(now),
    at: nowIso,
    entries: [
      ...waiting.map((r, i) => toView(r, i + 1)),
      ...inside.map((r) => toView(r, null)),
      ...done.map((r) => toView(r, null)),
    ],
  };
}

export function createQueueService(db: Kysely<Database>) {
  async function viewOf(trx: Transaction<Database> | Kysely<Database>, entry: QueueEntryRow, now: Date) {
    const rows = await queueEntriesOfDay(trx, entry.day);
    const view = dayView(rows, now).entries.find((e) => e.id === entry.id);
    if (!view) throw new ServiceError(ErrorCode.notFound, 'Fant ikke pasienten i køen.');
    return view;
  }

  async function requireEntry(trx: Transaction<Database>, entryId: string): Promise<QueueEntryRow> {
    const entry = await findQueueEntry(trx, entryId);
    if (!entry) throw new ServiceError(ErrorCode.notFound, 'Fant ikke pasienten i køen.');
    return entry;
  }

  async function requireDoctor(trx: Transaction<Database>, doctorId: string): Promise<void> {
    const user = await findUserById(trx, doctorId);
    if (!user || user.role !== 'lege' || user.active !== 1) {
      throw new ServiceError(ErrorCode.invalidInput, 'Velg en lege ved kontoret.', { doctorId: 'Ukjent lege' });
    }
  }

  /** Inserts the entry; a second active entry for the patient is refused by the database as well as here. */
  async function insertEntry(trx: Transaction<Database>, row: QueueEntryRow): Promise<void> {
    if (await findActiveQueueEntryOfPatient(trx, row.patient_id, row.day)) {
      throw new ServiceError('ALREADY_IN_QUEUE', 'Pasienten står allerede i køen.');
    }
    await insertQueueEntry(trx, row);
  }

  async function inTransaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ServiceError('ALREADY_IN_QUEUE', 'Pasienten står allerede i køen.');
      throw error;
    }
  }

  return {
    async today(ctx: ServiceContext, input: QueueTodayInput): Promise<QueueDayView> {
      requireRole(ctx, PERMISSIONS.queue);
      const doctorId = input.mine ? (ctx.user.id ?? undefined) : input.doctorId;
      return dayView(await queueEntriesOfDay(db, osloDate(ctx.now)), ctx.now, doctorId);
    },

    /** Today's booked appointments that have not arrived, for the reception's ankomst list; filtered by name. */
    async expected(ctx: ServiceContext, input: QueueExpectedInput): Promise<ExpectedAppointmentView[]> {
      requireRole(ctx, PERMISSIONS.queue);
      const rows = await expectedAppointments(db, osloDayRange(osloDate(ctx.now)), 500);
      const words = input.query.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
      return rows
        .map((r) => ({
          appointmentId: r.id,
          patientId: r.patient_id,
          patientName: fullName(r),
          birthDate: r.birth_date,
          startsAt: r.starts_at,
          appointmentType: r.appointment_type,
          doctorId: r.doctor_id,
          resourceName: r.resource_name,
        }))
        .filter((a) => {
          const hay = `${a.patientName} ${a.birthDate} ${a.resourceName}`.toLocaleLowerCase('nb');
          return words.every((w) => hay.includes(w));
        });
    },

    async registerArrival(ctx: ServiceContext, input: RegisterArrivalInput): Promise<QueueEntryView> {
      requireRole(ctx, PERMISSIONS.queue);
      const at = ctx.now.toISOString();
      const today = osloDate(ctx.now);
      return inTransaction(async (trx) => {
        const appointment = await findAppointmentForQueue(trx, input.appointmentId);
        if (!appointment) throw new ServiceError(ErrorCode.notFound, 'Fant ikke timen.');
        if (await findQueueEntryOfAppointment(trx, appointment.id)) {
          throw new ServiceError('ALREADY_ARRIVED', 'Pasienten er allerede registrert ankommet.');
        }
        if (osloDate(new Date(appointment.starts_at)) !== today) {
          throw new ServiceError('NOT_TODAY', 'Timen er ikke i dag. Ankomst registreres samme dag som timen.');
        }
        if (appointment.status !== 'booket') {
          throw new ServiceError('NOT_BOOKED', 'Timen er avlyst, flyttet eller markert ikke møtt.');
        }
        const entry: QueueEntryRow = {
          id: newId(),
          day: today,
          patient_id: appointment.patient_id,
          source: 'timebestilt',
          appointment_id: appointment.id,
          scheduled_at: appointment.starts_at,
          triage: null,
          reason: null,
          doctor_id: appointment.doctor_id,
          status: 'venter',
          status_at: at,
          status_by: actorId(ctx),
          arrived_at: at,
          arrived_by: actorId(ctx),
          called_by: null,
          called_at: null,
          note_id: null,
          claim_token: null,
          claim_by: null,
          claim_at: null,
        };
        await insertEntry(trx, entry);
        const moved = await moveAppointmentStatus(trx, {
          id: appointment.id,
          from: ['booket'],
          to: 'ankommet',
          at,
          by: actorId(ctx),
          eventId: newId(),
        });
        if (!moved) throw new ServiceError('NOT_BOOKED', 'Timen ble endret i mellomtiden. Prøv igjen.');
        await insertQueueEvent(trx, {
          id: newId(),
          entry_id: entry.id,
          at,
          actor_id: actorId(ctx),
          kind: 'ankommet',
          from_status: null,
          to_status: 'venter',
          from_triage: null,
          to_triage: null,
          detail: null,
        });
        await recordAudit(trx, ctx, {
          action: 'queue.arrival',
          patientId: entry.patient_id,
          entityType: 'queue_entry',
          entityId: entry.id,
          detail: { appointmentId: appointment.id },
        });
        return viewOf(trx, entry, ctx.now);
      });
    },

    async addDropIn(ctx: ServiceContext, input: AddDropInInput): Promise<QueueEntryView> {
      requireRole(ctx, PERMISSIONS.queue);
      const at = ctx.now.toISOString();
      return inTransaction(async (trx) => {
        const patient = await requirePatient(trx, input.patientId);
        if (patient.status === 'dod' || patient.merged_into_id) {
          throw new ServiceError('PATIENT_INACTIVE', 'Pasienten er død eller slått sammen med en annen.');
        }
        if (input.doctorId) await requireDoctor(trx, input.doctorId);
        const entry: QueueEntryRow = {
          id: newId(),
          day: osloDate(ctx.now),
          patient_id: patient.id,
          source: 'drop_in',
          appointment_id: null,
          scheduled_at: null,
          triage: input.triage,
          reason: input.reason ? input.reason : null,
          doctor_id: input.doctorId ?? null,
          status: 'venter',
          status_at: at,
          status_by: actorId(ctx),
          arrived_at: at,
          arrived_by: actorId(ctx),
          called_by: null,
          called_at: null,
          note_id: null,
          claim_token: null,
          claim_by: null,
          claim_at: null,
        };
        await insertEntry(trx, entry);
        await insertQueueEvent(trx, {
          id: newId(),
          entry_id: entry.id,
          at,
          actor_id: actorId(ctx),
          kind: 'drop_in',
          from_status: null,
          to_status: 'venter',
          from_triage: null,
          to_triage: input.triage,
          detail: entry.reason,
        });
        await recordAudit(trx, ctx, {
          action: 'queue.dropIn',
          patientId: patient.id,
          entityType: 'queue_entry',
          entityId: entry.id,
          detail: { triage: input.triage },
        });
        return viewOf(trx, entry, ctx.now);
      });
    },

    async changeTriage(ctx: ServiceContext, input: ChangeTriageInput): Promise<QueueEntryView> {
      requireRole(ctx, PERMISSIONS.queue);
      const at = ctx.now.toISOString();
      return inTransaction(async (trx) => {
        const entry = await requireEntry(trx, input.entryId);
        if (entry.status !== 'venter') {
          throw new ServiceError('NOT_WAITING', 'Hastegraden kan bare endres mens pasienten venter.');
        }
        if (entry.triage === input.triage) return viewOf(trx, entry, ctx.now);
        await setQueueTriage(trx, entry.id, input.triage);
        await insertQueueEvent(trx, {
          id: newId(),
          entry_id: entry.id,
          at,
          actor_id: actorId(ctx),
          kind: 'triage',
          from_status: entry.status,
          to_status: entry.status,
          from_triage: entry.triage,
          to_triage: input.triage,
          detail: input.reason,
        });
        await recordAudit(trx, ctx, {
          action: 'queue.triage',
          patientId: entry.patient_id,
          entityType: 'queue_entry',
          entityId: entry.id,
          detail: { from: entry.triage, to: input.triage },
        });
        return viewOf(trx, { ...entry, triage: input.triage }, ctx.now);
      });
    },

    /**
     * "Neste pasient" in three steps, because the journal note is written by another service in a transaction of
     * its own and two transactions cannot be one:
     *   1. claim the next entry for this doctor (compare-and-set, so two doctors never get the same patient);
     *      the entry stays venter, nothing anyone sees has changed;
     *   2. start the journal kontakt (startNote); if it fails, release the claim: the queue is as before;
     *   3. mark the entry inne (and the appointment inne) only if the claim still holds, in one transaction.
     * A call that dies between 1 and 3 leaves a claim that expires after CLAIM_STALE_MS. If step 3 fails the
     * started note stays as the doctor's empty draft (journal.myDrafts lists it) and the queue is unchanged.
     */
    async callNext(ctx: ServiceContext, startNote: StartNote): Promise<CalledPatientView | null> {
      requireRole(ctx, PERMISSIONS.patientClinical);
      const doctorId = ctx.user.id;
      if (!doctorId) throw new ServiceError(ErrorCode.forbidden, 'Neste pasient hentes av en innlogget lege.');
      const token = newId();
      const claimedAt = ctx.now.toISOString();
      const claimed = await db.transaction().execute(async (trx) => {
        const waiting = await waitingEntriesOfDay(trx, osloDate(ctx.now));
        const staleBefore = new Date(ctx.now.getTime() - CLAIM_STALE_MS).toISOString();
        const candidates = orderQueue(
          waiting.filter((e) => isForDoctor(e, doctorId)),
          claimedAt,
        );
        for (const entry of candidates) {
          if (await claimQueueEntry(trx, { id: entry.id, token, by: doctorId, at: claimedAt, staleBefore })) {
            return entry;
          }
        }
        return null;
      });
      if (!claimed) return null;

      let noteId: string;
      try {
        noteId = (await startNote(claimed.patient_id, claimed.appointment_id)).id;
      } catch (error) {
        await releaseQueueClaim(db, claimed.id, token);
        throw error;
      }

      const at = ctx.now.toISOString();
      const taken = await db.transaction().execute(async (trx) => {
        const moved = await moveQueueEntry(trx, {
          id: claimed.id,
          from: 'venter',
          to: 'inne',
          at,
          by: doctorId,
          claimToken: token,
          called: { by: doctorId, noteId },
        });
        if (!moved) return false;
        if (claimed.appointment_id) {
          await moveAppointmentStatus(trx, {
            id: claimed.appointment_id,
            from: ['ankommet'],
            to: 'inne',
            at,
            by: doctorId,
            eventId: newId(),
          });
        }
        await insertQueueEvent(trx, {
          id: newId(),
          entry_id: claimed.id,
          at,
          actor_id: doctorId,
          kind: 'inne',
          from_status: 'venter',
          to_status: 'inne',
          from_triage: null,
          to_triage: null,
          detail: null,
        });
        await recordAudit(trx, ctx, {
          action: 'queue.call',
          patientId: claimed.patient_id,
          entityType: 'queue_entry',
          entityId: claimed.id,
          detail: { noteId },
        });
        return true;
      });
      if (!taken) {
        throw new ServiceError(
          'QUEUE_CHANGED',
          'Pasienten ble tatt inn eller gikk mens journalen ble åpnet. Notatet ligger som utkast. Prøv igjen.',
        );
      }
      return { entryId: claimed.id, patientId: claimed.patient_id, noteId, appointmentId: claimed.appointment_id };
    },

    async markDone(ctx: ServiceContext, input: QueueEntryRef): Promise<QueueEntryView> {
      requireRole(ctx, PERMISSIONS.queue);
      return move(ctx, input.entryId, { from: 'inne', to: 'ferdig', kind: 'ferdig', appointment: 'ferdig' });
    },

    async markLeft(ctx: ServiceContext, input: MarkLeftInput): Promise<QueueEntryView> {
      requireRole(ctx, PERMISSIONS.queue);
      return move(ctx, input.entryId, { from: 'venter', to: 'gatt', kind: 'gatt', detail: input.reason ?? null });
    },
  };

  async function move(
    ctx: ServiceContext,
    entryId: string,
    m: {
      from: QueueStatus;
      to: QueueStatus;
      kind: 'ferdig' | 'gatt';
      appointment?: 'ferdig';
      detail?: string | null;
    },
  ): Promise<QueueEntryView> {
    const at = ctx.now.toISOString();
    return inTransaction(async (trx) => {
      const entry = await requireEntry(trx, entryId);
      const moved = await moveQueueEntry(trx, { id: entry.id, from: m.from, to: m.to, at, by: actorId(ctx) });
      if (!moved) {
        throw new ServiceError(
          'WRONG_STATUS',
          m.to === 'ferdig'
            ? 'Bare en pasient som er inne kan markeres ferdig.'
            : 'Bare en pasient som venter kan markeres som gått.',
        );
      }
      if (m.appointment && entry.appointment_id) {
        await moveAppointmentStatus(trx, {
          id: entry.appointment_id,
          from: ['inne', 'ankommet'],
          to: m.appointment,
          at,
          by: actorId(ctx),
          eventId: newId(),
        });
      }
      await insertQueueEvent(trx, {
        id: newId(),
        entry_id: entry.id,
        at,
        actor_id: actorId(ctx),
        kind: m.kind,
        from_status: m.from,
        to_status: m.to,
        from_triage: null,
        to_triage: null,
        detail: m.detail ?? null,
      });
      await recordAudit(trx, ctx, {
        action: `queue.${m.kind === 'ferdig' ? 'done' : 'left'}`,
        patientId: entry.patient_id,
        entityType: 'queue_entry',
        entityId: entry.id,
      });
      return viewOf(trx, { ...entry, status: m.to, status_at: at }, ctx.now);
    });
  }
}

export type QueueService = ReturnType<typeof createQueueService>;
