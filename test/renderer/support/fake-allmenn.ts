/**
 * An in-memory Allmenn for component tests. The API object is built by the same `createAllmennApi` the preload
 * uses, over a transport that validates input with the contract's schemas and checks the session like the real
 * router, then answers from memory. So the renderer under test sees exactly the shapes and errors it will see
 * in the app, and the fake cannot drift from the contract.
 */
import { createAllmennApi, type AllmennApi, type EventMessage, type InvokeRequest } from '../../../shared/api/client';
import { calls, isCallName, type CallName, type EventName, type EventPayload } from '../../../shared/api/contract';
import { ErrorCode } from '../../../shared/api/error-codes';
import { fail, ok, type ApiError, type Result } from '../../../shared/api/result';
import type { AuditEventView, ClinicView, SessionInfo, UserSummary } from '../../../shared/api/views';
import type { Role } from '../../../shared/schemas/roles';
import { Refusal, refuse, type Handlers } from './fake-handler';
import { createFakeJournal, type FakeJournal } from './fake-journal';
import { createPatientRegister, type FakePatientRegister, type PatientRegisterOptions } from './fake-patients';

export interface FakeUser {
  summary: UserSummary;
  password: string;
}

/** Fictional people; the passwords meet the 10-character rule. */
export const FIXTURE_CLINIC: ClinicView = {
  name: 'Fjordbyen legesenter',
  organisationNumber: '974760673',
  herId: '81234',
};

export const FIXTURE_USERS = {
  admin: user('u-admin', 'kari.admin', 'Kari Administrator', 'administrator', null, 'admin-passord-1'),
  lege: user('u-lege', 'ola.lege', 'Ola Lege', 'lege', '9144889', 'lege-passord-1'),
  sekretaer: user('u-sekr', 'siri.sekretaer', 'Siri Sekretær', 'helsesekretaer', null, 'sekr-passord-1'),
} as const;

function user(
  id: string,
  username: string,
  displayName: string,
  role: Role,
  hprNumber: string | null,
  password: string,
): FakeUser {
  return { summary: { id, username, displayName, role, hprNumber, active: true }, password };
}

export interface FakeAllmenn {
  api: AllmennApi;
  /** Every call the renderer made, in order, with the input as sent. */
  calls: InvokeRequest[];
  /** When each of `calls` was made (Date.now(), so fake timers move it). */
  callTimes: number[];
  clinic: ClinicView | null;
  users: FakeUser[];
  session: FakeUser | null;
  audit: AuditEventView[];
  /** Pushes an event as main would. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** The next call of this name fails with this error, whatever its input. */
  failNext(call: CallName, error: ApiError): void;
  /**
   * Holds every call of this name until the returned function is called, as a slow main would; for checking
   * what the screen shows while it waits.
   */
  hold(call: CallName): () => void;
  /** Patients, CAVE, lists and the list-file import, in memory. */
  register: FakePatientRegister;
  /** Notes, their versions and fraser, in memory. */
  journal: FakeJournal;
}

export function createFakeAllmenn(
  options: { configured?: boolean; loggedInAs?: FakeUser } & PatientRegisterOptions = {},
): FakeAllmenn {
  let deliver: (message: EventMessage) => void = () => undefined;
  const failures = new Map<string, ApiError>();
  const held = new Map<string, Promise<void>>();
  const state = {
    calls: [] as InvokeRequest[],
    callTimes: [] as number[],
    clinic: options.configured === false ? null : FIXTURE_CLINIC,
    users: options.configured === false ? [] : Object.values(FIXTURE_USERS).map((u) => ({ ...u })),
    session: options.loggedInAs ?? null,
    audit: [] as AuditEventView[],
  };

  const record = (action: string, outcome: 'success' | 'failure' = 'success', actor = state.session) => {
    state.audit.unshift({
      id: `a${state.audit.length + 1}`,
      at: new Date(Date.UTC(2025, 10, 22, 8, 0, state.audit.length)).toISOString(),
      actorName: actor?.summary.displayName ?? 'ukjent',
      role: actor?.summary.role ?? 'system',
      workstation: 'test-pc',
      action,
      outcome,
      patientId: null,
      detail: null,
    });
  };

  const requireAdmin = () => {
    if (state.session?.summary.role !== 'administrator') {
      refuse(ErrorCode.forbidden, 'Du har ikke tilgang til dette med rollen din.');
    }
  };
  const sessionInfo = (u: FakeUser): SessionInfo => {
    if (!state.clinic) return refuse(ErrorCode.notConfigured, 'Legekontoret er ikke satt opp ennå.');
    return { user: u.summary, clinic: state.clinic };
  };

  const register = createPatientRegister(
    {
      role: () => state.session?.summary.role,
      userId: () => state.session?.summary.id ?? null,
    },
    options,
  );

  const journal = createFakeJournal({
    role: () => state.session?.summary.role,
    userId: () => state.session?.summary.id ?? null,
    userName: () => state.session?.summary.displayName ?? 'Ukjent',
  });

  const handlers: Handlers = {
    ...register.handlers,
    ...journal.handlers,
    'setup.status': () => ({ configured: state.clinic !== null }),
    'setup.createClinic': (input) => {
      if (state.clinic) refuse(ErrorCode.alreadyConfigured, 'Legekontoret er allerede satt opp.');
      state.clinic = { ...input.clinic };
      const admin = user(
        'u-first',
        input.admin.username,
        input.admin.displayName,
        'administrator',
        null,
        input.admin.password,
      );
      state.users.push(admin);
      state.session = admin;
      record('clinic.setup');
      return sessionInfo(admin);
    },
    'auth.login': (input) => {
      const found = state.users.find((u) => u.summary.username === input.username);
      if (!found || found.password !== input.password) {
        record('auth.login', 'failure', found ?? null);
        refuse(ErrorCode.wrongCredentials, 'Feil brukernavn eller passord.');
      }
      state.session = found ?? null;
      record('auth.login');
      return sessionInfo(found);
    },
    'auth.session': () => (state.session ? sessionInfo(state.session) : null),
    'auth.logout': () => {
      record('auth.logout');
      state.session = null;
      deliver({ name: 'session.ended', payload: { reason: 'logout' } });
      return null;
    },
    'users.list': () => {
      requireAdmin();
      return state.users.map((u) => u.summary);
    },
    'users.clinicians': () =>
      state.users
        .filter((u) => u.summary.role === 'lege' && u.summary.active)
        .map((u) => ({ id: u.summary.id, displayName: u.summary.displayName })),
    'users.create': (input) => {
      requireAdmin();
      if (state.users.some((u) => u.summary.username === input.username)) {
        refuse(ErrorCode.usernameTaken, `Brukernavnet «${input.username}» er allerede i bruk.`, {
          username: 'Brukernavnet er allerede i bruk',
        });
      }
      const created = user(
        `u${state.users.length + 1}`,
        input.username,
        input.displayName,
        input.role,
        input.hprNumber ?? null,
        input.password,
      );
      state.users.push(created);
      record('user.create');
      return created.summary;
    },
    'audit.recent': (input) => {
      requireAdmin();
      return state.audit.slice(0, input.limit ?? 100);
    },
  };

  const invoke = (request: InvokeRequest): Result<unknown> => {
    if (!isCallName(request.call)) return fail(ErrorCode.unknownCall, 'Ukjent forespørsel.');
    const failure = failures.get(request.call);
    if (failure) {
      failures.delete(request.call);
      return { ok: false, error: failure };
    }
    const spec = calls[request.call];
    const parsed = spec.input.safeParse(request.input);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
      return fail(ErrorCode.invalidInput, 'Noen felt er ikke fylt ut riktig.', fields);
    }
    if (spec.access === 'session' && !state.session) {
      return fail(ErrorCode.notLoggedIn, 'Du er ikke logget inn. Logg inn for å fortsette.');
    }
    const handler = handlers[request.call] as ((input: unknown) => unknown) | undefined;
    if (!handler) return fail(ErrorCode.internal, `Ikke laget i testens falske Allmenn: ${request.call}`);
    try {
      return ok(handler(parsed.data));
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.error };
      throw error;
    }
  };

  const api = createAllmennApi({
    // Answer on a later task, as IPC does, so loading states are real.
    invoke: async (request) => {
      state.calls.push(request);
      state.callTimes.push(Date.now());
      await held.get(request.call);
      return new Promise((resolve) => setTimeout(() => resolve(invoke(request)), 0));
    },
    listen: (listener) => {
      deliver = listener;
    },
  });

  return Object.assign(state, {
    api,
    emit<E extends EventName>(name: E, payload: EventPayload<E>) {
      deliver({ name, payload });
    },
    failNext(call: CallName, error: ApiError) {
      failures.set(call, error);
    },
    hold(call: CallName) {
      let release = () => undefined as void;
      held.set(
        call,
        new Promise<void>((resolve) => {
          release = () => {
            held.delete(call);
            resolve();
          };
        }),
      );
      return () => release();
    },
    register,
    journal,
  });
}
