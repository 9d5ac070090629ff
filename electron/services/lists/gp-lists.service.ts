/**
 * Fastlegelister: each doctor's listetak, listelengde and ledige plasser, list membership with history, the
 * venteliste, and the changes since a date. The national Fastlegeregisteret decides switches; the clinic records
 * them here (by hand or by importing the register's list file). A full list takes a list patient's child anyway
 * (fastlegeforskriften: children follow the parent's list), otherwise the patient goes on the venteliste.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  closeWaitingEntry,
  currentDoctorsOf,
  currentMembership,
  doctorNames,
  endMembership,
  findWaitingEntry,
  insertMembership,
  insertWaitingEntry,
  listChangesSince,
  listFigures,
  openMemberships,
  setListCeiling,
  waitingList,
} from '../../../db/repositories/gp-lists.repository';
import { activeRelationsOf } from '../../../db/repositories/patient-relations.repository';
import { findPatientsByIds } from '../../../db/repositories/patients.repository';
import { findUserById } from '../../../db/repositories/users.repository';
import type { Database } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { DoctorListView, ListChangeView, WaitingListEntryView } from '../../../shared/api/views';
import { ageOn, osloDate } from '../../../shared/rules/dates';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { toPatientSummary } from '../patients/patient-view';
import { requirePatient } from '../patients/patients.service';
import { ServiceError } from '../service-error';

type Db = Kysely<Database> | Transaction<Database>;

async function requireDoctor(db: Db, doctorId: string): Promise<void> {
  const user = await findUserById(db, doctorId);
  if (!user || user.role !== 'lege') throw new ServiceError(ErrorCode.notFound, 'Fant ikke legen.');
}

/** Moves a patient to a doctor's list from a date, ending any open membership that day. Audited by the caller. */
export async function moveToList(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  patientId: string,
  doctorId: string,
  fromDate: string,
  source: 'manuell' | 'import',
): Promise<boolean> {
  const open = await openMemberships(trx, patientId);
  if (open.some((m) => m.doctor_id === doctorId && m.from_date <= fromDate)) return false;
  for (const m of open) await endMembership(trx, m.id, m.from_date > fromDate ? m.from_date : fromDate);
  await insertMembership(trx, {
    id: newId(),
    patient_id: patientId,
    doctor_id: doctorId,
    from_date: fromDate,
    to_date: null,
    source,
    created_at: ctx.now.toISOString(),
  });
  return true;
}

async function isChildOfListPatient(trx: Db, patientId: string, doctorId: string, today: string): Promise<boolean> {
  const patient = await requirePatient(trx, patientId);
  if (ageOn(patient.birth_date, today) >= 16) return false;
  const guardians = (await activeRelationsOf(trx, patientId)).filter((r) => r.kind === 'guardian');
  for (const g of guardians) {
    if (!g.related_patient_id) continue;
    const m = await currentMembership(trx, g.related_patient_id, today);
    if (m?.doctor_id === doctorId) return true;
  }
  return false;
}

async function assignInTransaction(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  input: { patientId: string; doctorId: string; fromDate: string },
): Promise<void> {
  await requirePatient(trx, input.patientId);
  await requireDoctor(trx, input.doctorId);
  const today = osloDate(ctx.now);
  const figures = (await listFigures(trx, today)).find((f) => f.doctorId === input.doctorId);
  const full = figures?.listCeiling != null && figures.listLength >= figures.listCeiling;
  if (full && !(await isChildOfListPatient(trx, input.patientId, input.doctorId, today))) {
    throw new ServiceError('LIST_FULL', 'Listen er full. Sett pasienten på venteliste.');
  }
  const moved = await moveToList(trx, ctx, input.patientId, input.doctorId, input.fromDate, 'manuell');
  if (!moved) throw new ServiceError('ALREADY_ON_LIST', 'Pasienten står allerede på denne listen.');
  await recordAudit(trx, ctx, {
    action: 'list.assign',
    patientId: input.patientId,
    detail: { doctorId: input.doctorId, fromDate: input.fromDate },
  });
}

export function createGpListsService(db: Kysely<Database>) {
  return {
    async overview(ctx: ServiceContext): Promise<DoctorListView[]> {
      requireRole(ctx, PERMISSIONS.listsRead);
      const figures = await listFigures(db, osloDate(ctx.now));
      return figures.map((f) => ({
        ...f,
        freePlaces: f.listCeiling === null ? null : Math.max(0, f.listCeiling - f.listLength),
      }));
    },

    async setCeiling(ctx: ServiceContext, input: { doctorId: string; listCeiling: number }): Promise<DoctorListView[]> {
      requireRole(ctx, PERMISSIONS.listsConfigure);
      await db.transaction().execute(async (trx) => {
        await requireDoctor(trx, input.doctorId);
        await setListCeiling(trx, input.doctorId, input.listCeiling, ctx.now.toISOString());
        await recordAudit(trx, ctx, {
          action: 'list.ceiling',
          entityType: 'gp_list',
          entityId: input.doctorId,
          detail: { listCeiling: input.listCeiling },
        });
      });
      return this.overview(ctx);
    },

    async assign(ctx: ServiceContext, input: { patientId: string; doctorId: string; fromDate: string }): Promise<void> {
      requireRole(ctx, PERMISSIONS.listsWrite);
      await db.transaction().execute((trx) => assignInTransaction(trx, ctx, input));
    },

    /** Gives a waiting patient the place: on the list and off the venteliste, in one transaction. */
    async grantFromWaiting(ctx: ServiceContext, input: { entryId: string; fromDate: string }): Promise<void> {
      requireRole(ctx, PERMISSIONS.listsWrite);
      await db.transaction().execute(async (trx) => {
        const entry = await findWaitingEntry(trx, input.entryId);
        if (!entry || entry.status !== 'venter')
          throw new ServiceError(ErrorCode.notFound, 'Fant ikke ventelisteplassen.');
        await assignInTransaction(trx, ctx, {
          patientId: entry.patient_id,
          doctorId: entry.doctor_id,
          fromDate: input.fromDate,
        });
        await closeWaitingEntry(trx, entry.id, 'tildelt', osloDate(ctx.now));
        await recordAudit(trx, ctx, {
          action: 'list.waiting.tildelt',
          patientId: entry.patient_id,
          entityType: 'waiting_list_entry',
          entityId: entry.id,
        });
      });
    },

    async remove(ctx: ServiceContext, input: { patientId: string; toDate: string }): Promise<void> {
      requireRole(ctx, PERMISSIONS.listsWrite);
      await db.transaction().execute(async (trx) => {
        const open = await openMemberships(trx, input.patientId);
        if (open.length === 0) throw new ServiceError(ErrorCode.notFound, 'Pasienten står ikke på noen liste.');
        for (const m of open) await endMembership(trx, m.id, m.from_date > input.toDate ? m.from_date : input.toDate);
        await recordAudit(trx, ctx, {
          action: 'list.remove',
          patientId: input.patientId,
          detail: { toDate: input.toDate },
        });
      });
    },

    async changes(
      ctx: ServiceContext,
      input: { since: string; doctorId?: string | undefined },
    ): Promise<ListChangeView[]> {
      requireRole(ctx, PERMISSIONS.listsRead);
      const rows = await listChangesSince(db, input.since, input.doctorId);
      const ids = [...new Set(rows.map((r) => r.patientId))];
      const patients = new Map((await findPatientsByIds(db, ids)).map((p) => [p.id, p]));
      const [names, doctors] = await Promise.all([doctorNames(db), currentDoctorsOf(db, ids, osloDate(ctx.now))]);
      const changes: ListChangeView[] = [];
      for (const r of rows) {
        const p = patients.get(r.patientId);
        if (!p) continue;
        const base = {
          patient: toPatientSummary(p, doctors.get(p.id) ?? null, names, ctx.user.id),
          doctorId: r.doctorId,
          doctorName: names.get(r.doctorId) ?? 'Ukjent lege',
        };
        if (r.fromDate >= input.since) changes.push({ ...base, kind: 'ny', date: r.fromDate });
        if (r.toDate && r.toDate >= input.since) changes.push({ ...base, kind: 'sluttet', date: r.toDate });
      }
      return changes.sort(
        (a, b) => a.date.localeCompare(b.date) || a.patient.familyName.localeCompare(b.patient.familyName, 'nb'),
      );
    },

    async waitingList(ctx: ServiceContext, doctorId: string): Promise<WaitingListEntryView[]> {
      requireRole(ctx, PERMISSIONS.listsRead);
      const rows = await waitingList(db, doctorId);
      const ids = rows.map((r) => r.patient_id);
      const patients = new Map((await findPatientsByIds(db, ids)).map((p) => [p.id, p]));
      const [names, doctors] = await Promise.all([doctorNames(db), currentDoctorsOf(db, ids, osloDate(ctx.now))]);
      return rows.flatMap((r) => {
        const p = patients.get(r.patient_id);
        return p
          ? [
              {
                id: r.id,
                patient: toPatientSummary(p, doctors.get(p.id) ?? null, names, ctx.user.id),
                requestedOn: r.requested_on,
              },
            ]
          : [];
      });
    },

    async addToWaitingList(ctx: ServiceContext, input: { patientId: string; doctorId: string }): Promise<void> {
      requireRole(ctx, PERMISSIONS.listsWrite);
      await db.transaction().execute(async (trx) => {
        await requirePatient(trx, input.patientId);
        await requireDoctor(trx, input.doctorId);
        const waiting = await waitingList(trx, input.doctorId);
        if (waiting.some((w) => w.patient_id === input.patientId)) {
          throw new ServiceError('ALREADY_WAITING', 'Pasienten står allerede på ventelisten.');
        }
        const id = newId();
        await insertWaitingEntry(trx, {
          id,
          patient_id: input.patientId,
          doctor_id: input.doctorId,
          requested_on: osloDate(ctx.now),
          status: 'venter',
          closed_on: null,
          created_at: ctx.now.toISOString(),
        });
        await recordAudit(trx, ctx, {
          action: 'list.waiting.add',
          patientId: input.patientId,
          entityType: 'waiting_list_entry',
          entityId: id,
        });
      });
    },

    async closeWaiting(ctx: ServiceContext, input: { entryId: string; outcome: 'tildelt' | 'trukket' }): Promise<void> {
      requireRole(ctx, PERMISSIONS.listsWrite);
      await db.transaction().execute(async (trx) => {
        const entry = await findWaitingEntry(trx, input.entryId);
        if (!entry || entry.status !== 'venter')
          throw new ServiceError(ErrorCode.notFound, 'Fant ikke ventelisteplassen.');
        await closeWaitingEntry(trx, entry.id, input.outcome, osloDate(ctx.now));
        await recordAudit(trx, ctx, {
          action: `list.waiting.${input.outcome}`,
          patientId: entry.patient_id,
          entityType: 'waiting_list_entry',
          entityId: entry.id,
        });
      });
    },
  };
}
export type GpListsService = ReturnType<typeof createGpListsService>;
