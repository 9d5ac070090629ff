/**
 * The venterom in memory for component tests, put on a FakeAllmenn's API beside its other handlers: today's queue,
 * the booked patients expected today, and the changes, with main's role rules and its calling order (akutt, haster,
 * booked whose time has come, vanlig drop-ins). `changeFromAnotherWindow` changes the store and pushes
 * 'queue.changed' as main does when someone else acts.
 */
import { calls } from '../../../shared/api/contract';
import { ErrorCode } from '../../../shared/api/error-codes';
import type {
  CalledPatientView,
  ExpectedAppointmentView,
  QueueDayView,
  QueueEntryView,
} from '../../../shared/api/queue-views';
import { fail, ok, type Result } from '../../../shared/api/result';
import type { AddDropInInput, ChangeTriageInput } from '../../../shared/schemas/queue.schema';
import type { FakeAllmenn } from './fake-allmenn';
import { fixtureId } from './fake-patient-fixtures';

export const FAKE_QUEUE_NOW = '2026-03-02T09:00:00.000Z';

export interface FakeQueue {
  entries: QueueEntryView[];
  expected: ExpectedAppointmentView[];
  /** Every change the screen asked for, by call name. */
  changes: { call: string; input: unknown }[];
  /** Another window (or PC) changed the queue: apply `change` and push 'queue.changed'. */
  changeFromAnotherWindow(reason: string, change: (queue: FakeQueue) => void): void;
  entry(partial: Partial<QueueEntryView> & Pick<QueueEntryView, 'patientId' | 'patientName'>): QueueEntryView;
}

const RANK = (e: QueueEntryView): number =>
  e.triage === 'akutt' ? 1 : e.triage === 'haster' ? 2 : e.source === 'timebestilt' ? 3 : 4;

function ordered(entries: QueueEntryView[]): QueueEntryView[] {
  const waiting = entries
    .filter((e) => e.status === 'venter')
    .sort((a, b) => RANK(a) - RANK(b) || a.arrivedAt.localeCompare(b.arrivedAt))
    .map((e, i) => ({ ...e, position: i + 1 }));
  const rest = entries.filter((e) => e.status !== 'venter').map((e) => ({ ...e, position: null }));
  return [...waiting, ...rest.filter((e) => e.status === 'inne'), ...rest.filter((e) => e.status !== 'inne')];
}

export function addFakeQueue(fake: FakeAllmenn): FakeQueue {
  let seq = 0;
  const role = () => fake.session?.summary.role;
  const queue: FakeQueue = {
    entries: [],
    expected: [],
    changes: [],
    changeFromAnotherWindow(reason, change) {
      change(queue);
      fake.emit('queue.changed', { reason });
    },
    entry(partial) {
      seq += 1;
      return {
        id: fixtureId(700 + seq),
        birthDate: '1962-05-03',
        source: 'drop_in',
        appointmentId: null,
        scheduledAt: null,
        triage: 'vanlig',
        reason: null,
        doctorId: null,
        doctorName: null,
        status: 'venter',
        statusAt: FAKE_QUEUE_NOW,
        arrivedAt: new Date(Date.parse(FAKE_QUEUE_NOW) + seq * 60_000).toISOString(),
        calledByName: null,
        position: null,
        ...partial,
      };
    },
  };

  const answer = async <T>(call: keyof typeof calls, input: unknown, run: (parsed: never) => Result<T>) => {
    fake.calls.push({ call, input });
    fake.callTimes.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const parsed = calls[call].input.safeParse(input);
    if (!parsed.success) return fail(ErrorCode.invalidInput, 'Noen felt er ikke fylt ut riktig.');
    const r = role();
    const allowed = call === 'queue.callNext' ? r === 'lege' : r === 'lege' || r === 'helsesekretaer';
    if (!allowed) return fail(ErrorCode.forbidden, 'Du har ikke tilgang til dette med din rolle.');
    return run(parsed.data as never);
  };
  const changed = (call: string, input: unknown, reason: string) => {
    queue.changes.push({ call, input });
    // Main tells every window, this one included.
    setTimeout(() => fake.emit('queue.changed', { reason }), 0);
  };
  const find = (id: string) => queue.entries.find((e) => e.id === id);

  Object.assign(fake.api.queue, {
    today: (input: unknown) =>
      answer('queue.today', input, (parsed: { doctorId?: string; mine?: boolean }): Result<QueueDayView> => {
        const doctorId = parsed.mine ? fake.session?.summary.id : parsed.doctorId;
        const mine = doctorId
          ? queue.entries.filter((e) => e.doctorId === null || e.doctorId === doctorId)
          : queue.entries;
        return ok({ day: FAKE_QUEUE_NOW.slice(0, 10), at: FAKE_QUEUE_NOW, entries: ordered(mine) });
      }),
    expected: (input: unknown) =>
      answer('queue.expected', input, (parsed: { query: string }) =>
        ok(queue.expected.filter((a) => a.patientName.toLowerCase().includes(parsed.query.toLowerCase()))),
      ),
    registerArrival: (input: unknown) =>
      answer('queue.registerArrival', input, (parsed: { appointmentId: string }) => {
        const booked = queue.expected.find((a) => a.appointmentId === parsed.appointmentId);
        if (!booked) return fail(ErrorCode.notFound, 'Fant ikke timen.');
        queue.expected = queue.expected.filter((a) => a !== booked);
        const entry = queue.entry({
          patientId: booked.patientId,
          patientName: booked.patientName,
          source: 'timebestilt',
          appointmentId: booked.appointmentId,
          scheduledAt: booked.startsAt,
          triage: null,
          doctorId: booked.doctorId,
        });
        queue.entries.push(entry);
        changed('queue.registerArrival', parsed, 'ankommet');
        return ok(entry);
      }),
    addDropIn: (input: unknown) =>
      answer('queue.addDropIn', input, (parsed: AddDropInInput) => {
        if (queue.entries.some((e) => e.patientId === parsed.patientId && e.status === 'venter')) {
          return fail('ALREADY_IN_QUEUE', 'Pasienten står allerede i køen.');
        }
        const patient = fake.register.patients.find((p) => p.id === parsed.patientId);
        const entry = queue.entry({
          patientId: parsed.patientId,
          patientName: patient ? `${patient.givenName} ${patient.familyName}` : 'Ukjent',
          triage: parsed.triage,
          reason: parsed.reason ?? null,
          doctorId: parsed.doctorId ?? null,
        });
        queue.entries.push(entry);
        changed('queue.addDropIn', parsed, 'drop_in');
        return ok(entry);
      }),
    changeTriage: (input: unknown) =>
      answer('queue.changeTriage', input, (parsed: ChangeTriageInput) => {
        const entry = find(parsed.entryId);
        if (!entry) return fail(ErrorCode.notFound, 'Fant ikke pasienten i køen.');
        entry.triage = parsed.triage;
        changed('queue.changeTriage', parsed, 'triage');
        return ok(entry);
      }),
    callNext: (input: unknown) =>
      answer('queue.callNext', input, (): Result<CalledPatientView | null> => {
        const next = ordered(queue.entries).find((e) => e.status === 'venter');
        if (!next) return ok(null);
        const entry = find(next.id);
        if (!entry) return ok(null);
        entry.status = 'inne';
        entry.calledByName = fake.session?.summary.displayName ?? null;
        const noteId = fake.journal.addNote({
          patientId: entry.patientId,
          fields: {},
          authorId: fake.session?.summary.id ?? 'u-lege',
          authorName: fake.session?.summary.displayName ?? 'Ola Lege',
          contactType: 'oppmote',
          draft: true,
        });
        changed('queue.callNext', {}, 'inne');
        return ok({ entryId: entry.id, patientId: entry.patientId, noteId, appointmentId: entry.appointmentId });
      }),
    markDone: (input: unknown) =>
      answer('queue.markDone', input, (parsed: { entryId: string }) => {
        const entry = find(parsed.entryId);
        if (entry?.status !== 'inne') return fail('WRONG_STATUS', 'Bare en pasient som er inne kan markeres ferdig.');
        entry.status = 'ferdig';
        changed('queue.markDone', parsed, 'ferdig');
        return ok(entry);
      }),
    markLeft: (input: unknown) =>
      answer('queue.markLeft', input, (parsed: { entryId: string }) => {
        const entry = find(parsed.entryId);
        if (entry?.status !== 'venter')
          return fail('WRONG_STATUS', 'Bare en pasient som venter kan markeres som gått.');
        entry.status = 'gatt';
        changed('queue.markLeft', parsed, 'gatt');
        return ok(entry);
      }),
  });
  return queue;
}
