/**
 * The integrity check: SQLite's own (integrity_check, foreign_key_check) and the app's invariants, each reported as
 * a problem a person can act on. Read-only: it never repairs, so running it is always safe. Problems name patient
 * ids, never identity numbers, since the output may end up in a support ticket.
 */
import type { DatabaseConnection } from './connection';
import { checkRecords, type RecordProblem } from './integrity-records';
import { assertNotNewer, readSchemaState } from './migrate';
import { ROLES, isClinicianRole, type Role } from '../shared/schemas/roles';
import { isValidHerId, isValidHprNumber } from '../shared/rules/health-identifiers';
import { isValidIdentityNumber } from '../shared/rules/identity-number';
import { isValidOrganisationNumber } from '../shared/rules/organisation-number';

export type IntegrityProblemCode =
  | 'sqlite_integrity'
  | 'foreign_key'
  | 'audit_unknown_user'
  | 'audit_unknown_patient'
  | 'migrations_pending'
  | 'clinic_missing'
  | 'clinic_multiple'
  | 'clinic_identifiers_invalid'
  | 'unknown_role'
  | 'lege_without_hpr'
  | 'hpr_invalid'
  | 'no_active_administrator'
  | 'identity_number_invalid'
  | 'identity_number_duplicate'
  | RecordProblem['code'];

export interface IntegrityProblem {
  code: IntegrityProblemCode;
  /** Norwegian, for the person running the check. */
  message: string;
  count: number;
  /** A few ids of the rows concerned, to find them. */
  examples: string[];
}

export interface IntegrityReport {
  problems: IntegrityProblem[];
  checked: { migrations: number; users: number; patients: number; auditEvents: number };
}

const MAX_EXAMPLES = 5;

/** Throws DatabaseError DATABASE_TOO_NEW for a file from a newer app: this app cannot judge a schema it does not know. */
export async function checkIntegrity(conn: DatabaseConnection): Promise<IntegrityReport> {
  const state = readSchemaState(conn);
  assertNotNewer(state, conn.file);
  const problems: IntegrityProblem[] = [...checkSqlite(conn), ...checkForeignKeys(conn)];
  const checked = { migrations: state.applied.length, users: 0, patients: 0, auditEvents: 0 };
  if (state.pending.length > 0) {
    problems.push({
      code: 'migrations_pending',
      message:
        `Databasen mangler ${state.pending.length} oppdatering(er) av databaseskjemaet (${state.pending.join(', ')}). ` +
        'Kjør «migrate». Appens egne regler ble ikke sjekket.',
      count: state.pending.length,
      examples: state.pending.slice(0, MAX_EXAMPLES),
    });
    return { problems, checked };
  }
  const users = await conn.db.selectFrom('users').select(['id', 'username', 'role', 'hpr_number', 'active']).execute();
  checked.users = users.length;
  problems.push(...(await checkClinic(conn, users.length)), ...checkUsers(users));
  const patients = await checkPatients(conn);
  checked.patients = patients.count;
  problems.push(...patients.problems, ...(await checkRecords(conn)));
  const audit = await conn.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  checked.auditEvents = Number(audit.n);
  return { problems, checked };
}

function checkSqlite(conn: DatabaseConnection): IntegrityProblem[] {
  const rows = conn.sqlite.pragma('integrity_check(100)') as { integrity_check: string }[];
  const messages = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  if (messages.length === 0) return [];
  return [
    {
      code: 'sqlite_integrity',
      message: `SQLite fant skade i databasefilen (${messages.length} funn). Gjenopprett fra en sikkerhetskopi.`,
      count: messages.length,
      examples: messages.slice(0, MAX_EXAMPLES),
    },
  ];
}

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
}

const FOREIGN_KEY_MESSAGES: Record<string, { code: IntegrityProblemCode; message: (n: number) => string }> = {
  'audit_events>users': {
    code: 'audit_unknown_user',
    message: (n) => `${n} hendelse(r) i revisjonsloggen viser til en bruker som ikke finnes.`,
  },
  'audit_events>patients': {
    code: 'audit_unknown_patient',
    message: (n) => `${n} hendelse(r) i revisjonsloggen viser til en pasient som ikke finnes.`,
  },
};

function checkForeignKeys(conn: DatabaseConnection): IntegrityProblem[] {
  const violations = conn.sqlite.pragma('foreign_key_check') as ForeignKeyViolation[];
  const groups = new Map<string, ForeignKeyViolation[]>();
  for (const v of violations) {
    const key = `${v.table}>${v.parent}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.entries()].map(([key, rows]) => {
    const [table = '', parent = ''] = key.split('>');
    const known = FOREIGN_KEY_MESSAGES[key];
    const examples = rows.slice(0, MAX_EXAMPLES).map((r) => idOfRow(conn, table, r.rowid));
    return {
      code: known?.code ?? 'foreign_key',
      message:
        known?.message(rows.length) ??
        `${rows.length} rad(er) i tabellen ${table} viser til noe i ${parent} som ikke finnes.`,
      count: rows.length,
      examples,
    };
  });
}

/** Our tables have text ids; the pragma reports rowids. */
function idOfRow(conn: DatabaseConnection, table: string, rowid: number | null): string {
  if (rowid === null || !/^[a-z_]+$/.test(table)) return `rowid ${rowid ?? '?'}`;
  // The table name comes from sqlite_master via the pragma and is checked above; it cannot be a bound value.
  const row = conn.sqlite.prepare(`SELECT id FROM "${table}" WHERE rowid = ?`).get(rowid) as
    { id?: unknown } | undefined;
  return typeof row?.id === 'string' ? row.id : `rowid ${rowid}`;
}

async function checkClinic(conn: DatabaseConnection, userCount: number): Promise<IntegrityProblem[]> {
  const clinics = await conn.db.selectFrom('clinic').select(['id', 'organisation_number', 'her_id']).execute();
  const problems: IntegrityProblem[] = [];
  if (clinics.length === 0 && userCount > 0) {
    problems.push({
      code: 'clinic_missing',
      message: 'Det finnes brukere, men legekontoret er ikke registrert.',
      count: 1,
      examples: [],
    });
  }
  if (clinics.length > 1) {
    problems.push({
      code: 'clinic_multiple',
      message: `Databasen har ${clinics.length} legekontor; den skal ha nøyaktig ett.`,
      count: clinics.length,
      examples: clinics.slice(0, MAX_EXAMPLES).map((c) => c.id),
    });
  }
  const invalid = clinics.filter((c) => !isValidOrganisationNumber(c.organisation_number) || !isValidHerId(c.her_id));
  if (invalid.length > 0) {
    problems.push({
      code: 'clinic_identifiers_invalid',
      message: 'Legekontorets organisasjonsnummer eller HER-id er ugyldig.',
      count: invalid.length,
      examples: invalid.slice(0, MAX_EXAMPLES).map((c) => c.id),
    });
  }
  return problems;
}

interface UserFacts {
  id: string;
  username: string;
  role: string;
  hpr_number: string | null;
  active: number;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function checkUsers(users: readonly UserFacts[]): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const add = (code: IntegrityProblemCode, rows: readonly UserFacts[], message: string) => {
    if (rows.length === 0) return;
    problems.push({ code, message, count: rows.length, examples: rows.slice(0, MAX_EXAMPLES).map((u) => u.username) });
  };
  const unknownRole = users.filter((u) => !isRole(u.role));
  add(
    'unknown_role',
    unknownRole,
    `${unknownRole.length} bruker(e) har en rolle Allmenn ikke kjenner (${[...new Set(unknownRole.map((u) => u.role))].join(', ')}).`,
  );
  const withoutHpr = users.filter((u) => isRole(u.role) && isClinicianRole(u.role) && !u.hpr_number);
  add('lege_without_hpr', withoutHpr, `${withoutHpr.length} lege(r) mangler HPR-nummer.`);
  const badHpr = users.filter((u) => u.hpr_number && !isValidHprNumber(u.hpr_number));
  add('hpr_invalid', badHpr, `${badHpr.length} bruker(e) har et HPR-nummer som ikke er gyldig.`);
  if (users.length > 0 && !users.some((u) => u.role === 'administrator' && u.active === 1)) {
    problems.push({
      code: 'no_active_administrator',
      message: 'Ingen aktiv administrator: ingen kan opprette brukere eller se revisjonsloggen.',
      count: 1,
      examples: [],
    });
  }
  return problems;
}

async function checkPatients(conn: DatabaseConnection): Promise<{ count: number; problems: IntegrityProblem[] }> {
  const problems: IntegrityProblem[] = [];
  let count = 0;
  const invalid: string[] = [];
  let invalidCount = 0;
  // Streamed: a large list need not sit in memory at once.
  for await (const row of conn.db.selectFrom('patients').select(['id', 'identity_number']).stream(1000)) {
    count++;
    if (!isValidIdentityNumber(row.identity_number)) {
      invalidCount++;
      if (invalid.length < MAX_EXAMPLES) invalid.push(row.id);
    }
  }
  if (invalidCount > 0) {
    problems.push({
      code: 'identity_number_invalid',
      message: `${invalidCount} pasient(er) har et ugyldig fødselsnummer/D-nummer.`,
      count: invalidCount,
      examples: invalid,
    });
  }
  const duplicates = await conn.db
    .selectFrom('patients')
    .select(['identity_number', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('identity_number')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  if (duplicates.length > 0) {
    const first = duplicates[0]?.identity_number ?? '';
    const examples = await conn.db
      .selectFrom('patients')
      .select('id')
      .where('identity_number', '=', first)
      .limit(MAX_EXAMPLES)
      .execute();
    problems.push({
      code: 'identity_number_duplicate',
      message: `${duplicates.length} fødselsnummer er registrert på mer enn én pasient.`,
      count: duplicates.length,
      examples: examples.map((r) => r.id),
    });
  }
  return { count, problems };
}

/** SQLite's quick_check: the cheap structural check, for vetting a backup before it replaces the database. */
export function quickCheck(conn: DatabaseConnection): string[] {
  const rows = conn.sqlite.pragma('quick_check(20)') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((m) => m !== 'ok');
}
