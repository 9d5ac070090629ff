/**
 * Patient requests in memory for component tests, put on a FakeAllmenn's API beside its other handlers. Main's
 * rules where the screen can see them: a fornye-resept request is restricted for reception (no content, cannot
 * answer), answering closes once (REQUEST_ALREADY_ANSWERED after), an SMS can be matched by hand while open.
 */
import { calls } from '../../../shared/api/contract';
import { ErrorCode } from '../../../shared/api/error-codes';
import type {
  RequestDetail,
  RequestSummary,
  SmsConsentView,
  SmsSettingsView,
  UpcomingAppointmentView,
} from '../../../shared/api/requests-views';
import { fail, ok, type Result } from '../../../shared/api/result';
import { CLINICAL_REQUEST_KINDS } from '../../../shared/schemas/requests.schema';
import type { FakeAllmenn } from './fake-allmenn';
import { fixtureId } from './fake-patient-fixtures';

const KARI = { id: fixtureId(1), name: 'Kari Nordmann', birthDate: '1962-05-03', identityNumber: '03856200000' };
const OLA_LEGE = { id: 'u-lege', name: 'Ola Lege' };

function request(n: number, extra: Partial<RequestDetail>): RequestDetail {
  return {
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    kind: 'timebestilling',
    channel: 'helsenorge',
    status: 'open',
    receivedAt: `2026-11-22T0${n}:00:00.000Z`,
    patient: KARI,
    doctor: null,
    preview: null,
    restricted: false,
    smsStatus: null,
    answeredAt: null,
    subject: null,
    message: null,
    prescription: null,
    fromPhone: null,
    sms: null,
    candidates: [],
    answer: null,
    canAnswer: true,
    events: [{ at: `2026-11-22T0${n}:00:00.000Z`, actorName: 'Helsenorge', kind: 'received', detail: null }],
    ...extra,
  };
}

/** Three open requests: a timebestilling, a fornye resept for Kari's fastlege, an SMS that needs a person. */
export function fixtureRequests(): RequestDetail[] {
  return [
    request(1, {
      subject: 'Time neste uke',
      message: 'Kan jeg få time neste uke? Helst formiddag.',
      preview: 'Time neste uke',
    }),
    request(2, {
      kind: 'fornye_resept',
      doctor: OLA_LEGE,
      message: 'Trenger ny resept på blodtrykksmedisinen.',
      preview: 'Trenger ny resept på blodtrykksmedisinen.',
      prescription: {
        id: '20000000-0000-4000-8000-000000000001',
        drugName: 'Atorvastatin Demo',
        nameFormStrength: 'Atorvastatin Demo tab 20 mg',
        status: 'utlevert',
      },
    }),
    request(3, {
      kind: 'sms_timebestilling',
      channel: 'sms',
      patient: null,
      smsStatus: 'needs_person',
      fromPhone: '+4791234567',
      message: 'HAUGESUND 030562 Kari Nordman trenger time',
      preview: 'HAUGESUND 030562 Kari Nordman trenger time',
      sms: {
        ok: true,
        reason: 'Navnet stemmer bare delvis med pasienten(e) med denne fødselsdatoen.',
        keyword: 'HAUGESUND',
        keywordMatches: true,
        birthDate: '1962-05-03',
        birthDateText: '030562',
        name: 'Kari Nordman',
        freeText: 'trenger time',
      },
      candidates: [{ ...KARI, level: 'partial' }],
    }),
  ];
}

export interface FakeRequests {
  requests: RequestDetail[];
  /** Booked appointments ahead per patient id, for confirming one in an SMS answer. */
  upcoming: Record<string, UpcomingAppointmentView[]>;
  settings: SmsSettingsView;
  consents: Record<string, SmsConsentView>;
}

export function addFakeRequests(fake: FakeAllmenn, requests = fixtureRequests()): FakeRequests {
  const store: FakeRequests = {
    requests,
    upcoming: {
      [KARI.id]: [
        { id: '30000000-0000-4000-8000-000000000001', startsAt: '2026-11-24T09:20:00.000Z', resourceName: 'Ola Lege' },
      ],
    },
    settings: { keyword: 'HAUGESUND', place: null },
    consents: {},
  };
  const role = () => fake.session?.summary.role;
  const view = (r: RequestDetail): RequestDetail => {
    const restricted = CLINICAL_REQUEST_KINDS.includes(r.kind) && role() !== 'lege';
    return {
      ...r,
      restricted,
      preview: restricted ? null : r.preview,
      message: restricted ? null : r.message,
      prescription: restricted ? null : r.prescription,
      answer: r.answer && restricted ? { ...r.answer, text: 'Besvart av lege.' } : r.answer,
      canAnswer: r.status === 'open' && !restricted,
    };
  };
  const summary = (r: RequestDetail): RequestSummary => {
    const v = view(r);
    return {
      id: v.id,
      kind: v.kind,
      channel: v.channel,
      status: v.status,
      receivedAt: v.receivedAt,
      patient: v.patient,
      doctor: v.doctor,
      preview: v.preview,
      restricted: v.restricted,
      smsStatus: v.smsStatus,
      answeredAt: v.answeredAt,
    };
  };
  const find = (id: string) => store.requests.find((r) => r.id === id);
  const update = (id: string, patch: Partial<RequestDetail>): RequestDetail => {
    store.requests = store.requests.map((r) => (r.id === id ? { ...r, ...patch } : r));
    return find(id) as RequestDetail;
  };
  const allowed = (): Result<never> | null =>
    role() === 'lege' || role() === 'helsesekretaer'
      ? null
      : fail(ErrorCode.forbidden, 'Du har ikke tilgang til dette med din rolle.');

  const answer = async <T>(call: keyof typeof calls, input: unknown, run: (parsed: never) => Result<T>) => {
    fake.calls.push({ call, input });
    fake.callTimes.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 0));
    const parsed = calls[call].input.safeParse(input);
    if (!parsed.success) return fail(ErrorCode.invalidInput, 'Noen felt er ikke fylt ut riktig.');
    return allowed() ?? run(parsed.data as never);
  };

  Object.assign(fake.api.requests, {
    list: (input: unknown) =>
      answer('requests.list', input, (f: { status?: string; kind?: string; mine?: boolean }) =>
        ok(
          store.requests
            .filter((r) => (!f.status || r.status === f.status) && (!f.kind || r.kind === f.kind))
            .filter((r) => !f.mine || r.doctor?.id === fake.session?.summary.id)
            .map(summary),
        ),
      ),
    get: (input: unknown) =>
      answer('requests.get', input, (d: { requestId: string }) => {
        const r = find(d.requestId);
        return r ? ok(view(r)) : fail(ErrorCode.notFound, 'Fant ikke henvendelsen.');
      }),
    answer: (input: unknown) =>
      answer('requests.answer', input, (d: { requestId: string; answer: string }): Result<RequestDetail> => {
        const r = find(d.requestId);
        if (!r) return fail(ErrorCode.notFound, 'Fant ikke henvendelsen.');
        if (r.status !== 'open') return fail('REQUEST_ALREADY_ANSWERED', 'Henvendelsen er allerede besvart og lukket.');
        if (view(r).restricted) {
          return fail('REQUEST_CLINICAL', 'En forespørsel om å fornye resept besvares av legen.');
        }
        const at = '2026-11-22T10:00:00.000Z';
        const by = fake.session?.summary.displayName ?? 'Ukjent';
        return ok(
          view(
            update(r.id, {
              status: 'closed',
              answeredAt: at,
              answer: { text: d.answer, at, by },
              events: [...r.events, { at, actorName: by, kind: 'answered', detail: null }],
            }),
          ),
        );
      }),
    upcomingAppointments: (input: unknown) =>
      answer('requests.upcomingAppointments', input, (d: { patientId: string }) =>
        ok(store.upcoming[d.patientId] ?? []),
      ),
    smsSettings: (input: unknown) => answer('requests.smsSettings', input, () => ok(store.settings)),
    setSmsSettings: (input: unknown) =>
      answer('requests.setSmsSettings', input, (d: { keyword: string; place: string }): Result<SmsSettingsView> => {
        if (role() !== 'helsesekretaer')
          return fail(ErrorCode.forbidden, 'Du har ikke tilgang til dette med din rolle.');
        store.settings = { keyword: d.keyword === '' ? null : d.keyword.toUpperCase(), place: d.place || null };
        return ok(store.settings);
      }),
    consent: (input: unknown) =>
      answer('requests.consent', input, (d: { patientId: string }) =>
        ok(
          store.consents[d.patientId] ?? {
            patientId: d.patientId,
            smsReminders: true,
            phone: '912 34 567',
            updatedAt: null,
            source: 'patient-register' as const,
          },
        ),
      ),
    setConsent: (input: unknown) =>
      answer(
        'requests.setConsent',
        input,
        (d: { patientId: string; smsReminders: boolean; phone?: string }): Result<SmsConsentView> => {
          const phone = d.phone ?? store.consents[d.patientId]?.phone ?? null;
          if (d.smsReminders && !phone) {
            return fail(ErrorCode.invalidInput, 'Påminnelser på SMS trenger et mobilnummer.', {
              phone: 'Skriv et mobilnummer',
            });
          }
          const saved: SmsConsentView = {
            patientId: d.patientId,
            smsReminders: d.smsReminders,
            phone,
            updatedAt: '2026-11-22T10:00:00.000Z',
            source: 'record',
          };
          store.consents[d.patientId] = saved;
          return ok(saved);
        },
      ),
    match: (input: unknown) =>
      answer('requests.match', input, (d: { requestId: string; patientId: string }): Result<RequestDetail> => {
        const r = find(d.requestId);
        if (!r) return fail(ErrorCode.notFound, 'Fant ikke henvendelsen.');
        if (r.channel !== 'sms') return fail('REQUEST_NOT_SMS', 'Bare en SMS kan knyttes til en pasient for hånd.');
        const patient = fake.register.patients.find((p) => p.id === d.patientId);
        if (!patient) return fail(ErrorCode.notFound, 'Fant ikke pasienten.');
        const at = '2026-11-22T10:00:00.000Z';
        return ok(
          view(
            update(r.id, {
              smsStatus: 'matched',
              patient: {
                id: patient.id,
                name: [patient.givenName, patient.middleName, patient.familyName].filter(Boolean).join(' '),
                birthDate: patient.birthDate,
                identityNumber: patient.identityNumber,
              },
              events: [
                ...r.events,
                { at, actorName: fake.session?.summary.displayName ?? 'Ukjent', kind: 'matched', detail: null },
              ],
            }),
          ),
        );
      }),
  });
  return store;
}
