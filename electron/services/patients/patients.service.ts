/**
 * The patient register: search, the patient card (an audited read), registration and edits of administrative
 * data. Reception and doctors may use it; clinical parts of the card are for doctors only (see PERMISSIONS).
 */
import type { Kysely, Transaction } from 'kysely';
import { recentlyOpenedPatientIds } from '../../../db/repositories/audit.repository';
import { currentDoctorsOf, doctorNames } from '../../../db/repositories/gp-lists.repository';
import { searchPatients } from '../../../db/repositories/patient-search.repository';
import {
  findPatientById,
  findPatientByIdentityNumber,
  findPatientsByIds,
  insertPatient,
  takenIdentityNumbers,
  updatePatient,
} from '../../../db/repositories/patients.repository';
import type { Database, NewPatientRow, PatientRow } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { PatientCard, PatientSummary } from '../../../shared/api/views';
import { lookupPostnummer } from '../../../shared/reference/postnummer';
import { osloDate } from '../../../shared/rules/dates';
import { checkIdentityNumber } from '../../../shared/rules/identity-number';
import { isEmptyQuery, parsePatientQuery } from '../../../shared/rules/patient-query';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import type { PatientData } from '../../../shared/schemas/patient.schema';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { ServiceError } from '../service-error';
import { hNumberCandidates } from './h-number';
import { buildPatientCard } from './patient-card';
import { phoneDigits, toPatientSummary } from './patient-view';

type Db = Kysely<Database> | Transaction<Database>;

export const PATIENT_NOT_FOUND = 'Fant ikke pasienten.';

export async function requirePatient(db: Db, patientId: string): Promise<PatientRow> {
  const row = await findPatientById(db, patientId);
  if (!row) throw new ServiceError(ErrorCode.notFound, PATIENT_NOT_FOUND);
  return row;
}

/** The identity, birth date and sex a registration resolves to: from the number where it tells, else as typed. */
async function resolveIdentity(
  db: Db,
  data: PatientData,
  today: string,
): Promise<{ identityNumber: string; identityType: string; birthDate: string; sex: string }> {
  if (data.identityNumber) {
    const check = checkIdentityNumber(data.identityNumber);
    if (!check.valid) {
      throw new ServiceError(ErrorCode.invalidInput, check.message, { identityNumber: check.message });
    }
    const birthDate = check.birthDate ?? data.birthDate;
    if (!birthDate) {
      throw new ServiceError(ErrorCode.invalidInput, 'Fødselsdato må fylles ut', {
        birthDate: 'Fødselsdato må fylles ut',
      });
    }
    return {
      identityNumber: data.identityNumber,
      identityType: check.type,
      birthDate,
      sex: check.sex ?? data.sex ?? 'unknown',
    };
  }
  const birthDate = data.birthDate ?? '';
  if (birthDate > today || birthDate < '1880-01-01') {
    throw new ServiceError(ErrorCode.invalidInput, 'Ugyldig dato', { birthDate: 'Ugyldig dato' });
  }
  const sex = data.sex ?? 'unknown';
  // Try candidates in batches; the start is random so two PCs registering at once rarely collide.
  const candidates = [...hNumberCandidates(birthDate, sex, Math.floor(Math.random() * 500))];
  for (let i = 0; i < candidates.length; i += 50) {
    const batch = candidates.slice(i, i + 50);
    const taken = await takenIdentityNumbers(db, batch);
    const free = batch.find((c) => !taken.has(c));
    if (free) return { identityNumber: free, identityType: 'hnr-clinic', birthDate, sex };
  }
  throw new ServiceError('H_NUMBER_EXHAUSTED', 'Fant ikke ledig H-nummer for denne fødselsdatoen.');
}

function demographics(
  data: PatientData,
): Omit<
  NewPatientRow,
  'id' | 'identity_number' | 'identity_type' | 'birth_date' | 'sex' | 'created_at' | 'updated_at'
> {
  const place = data.postalCode ? lookupPostnummer(data.postalCode) : undefined;
  return {
    given_name: data.givenName,
    middle_name: data.middleName ?? null,
    family_name: data.familyName,
    address_line: data.addressLine ?? null,
    postal_code: data.postalCode ?? null,
    city: place?.poststed ?? null,
    kommune_number: place?.kommunenummer ?? null,
    mobile_phone: data.mobilePhone ?? null,
    other_phone: data.otherPhone ?? null,
    phone_digits: phoneDigits(data.mobilePhone, data.otherPhone),
    email: data.email ?? null,
    preferred_language: data.preferredLanguage ?? null,
    interpreter_needed: data.interpreterNeeded ? 1 : 0,
    sms_consent: data.smsConsent ? 1 : 0,
    status: data.status,
    deceased_on: data.status === 'dod' ? (data.deceasedOn ?? null) : null,
  };
}

export function createPatientsService(db: Kysely<Database>) {
  return {
    async search(ctx: ServiceContext, input: { query: string; limit?: number | undefined }): Promise<PatientSummary[]> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      const today = osloDate(ctx.now);
      const query = parsePatientQuery(input.query, today);
      if (isEmptyQuery(query)) return [];
      const rows = await searchPatients(db, query, {
        doctorId: ctx.role === 'lege' ? ctx.user.id : null,
        today,
        limit: input.limit ?? 50,
      });
      const names = await doctorNames(db);
      return rows.map((r) => toPatientSummary(r, r.fastlege_id, names, ctx.user.id));
    },

    /** Opening the card is a read of the patient's record: audited in the same transaction. */
    async open(ctx: ServiceContext, patientId: string): Promise<PatientCard> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      return db.transaction().execute(async (trx) => {
        const row = await requirePatient(trx, patientId);
        await recordAudit(trx, ctx, { action: 'patient.open', patientId: row.id });
        return buildPatientCard(trx, row, ctx);
      });
    },

    async recent(ctx: ServiceContext): Promise<PatientSummary[]> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      if (!ctx.user.id) return [];
      const ids = await recentlyOpenedPatientIds(db, ctx.user.id, 10);
      const rows = new Map((await findPatientsByIds(db, ids)).map((r) => [r.id, r]));
      const [names, doctors] = await Promise.all([doctorNames(db), currentDoctorsOf(db, ids, osloDate(ctx.now))]);
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toPatientSummary(row, doctors.get(id) ?? null, names, ctx.user.id)] : [];
      });
    },

    async register(ctx: ServiceContext, data: PatientData): Promise<PatientCard> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      const today = osloDate(ctx.now);
      return db.transaction().execute(async (trx) => {
        const identity = await resolveIdentity(trx, data, today);
        const existing = await findPatientByIdentityNumber(trx, identity.identityNumber);
        if (existing) {
          throw new ServiceError('PATIENT_EXISTS', 'Det finnes allerede en pasient med dette nummeret.', {
            identityNumber: 'Det finnes allerede en pasient med dette nummeret',
          });
        }
        const at = ctx.now.toISOString();
        const row: NewPatientRow = {
          id: newId(),
          identity_number: identity.identityNumber,
          identity_type: identity.identityType,
          birth_date: identity.birthDate,
          sex: identity.sex,
          created_at: at,
          updated_at: at,
          ...demographics(data),
        };
        await insertPatient(trx, row);
        await recordAudit(trx, ctx, {
          action: 'patient.register',
          patientId: row.id,
          detail: { identityType: identity.identityType },
        });
        return buildPatientCard(trx, await requirePatient(trx, row.id), ctx);
      });
    },

    /** Edits administrative data. The identity number is changed only by merging records (see merge). */
    async update(ctx: ServiceContext, patientId: string, data: PatientData): Promise<PatientCard> {
      requireRole(ctx, PERMISSIONS.patientAdministrative);
      return db.transaction().execute(async (trx) => {
        const row = await requirePatient(trx, patientId);
        if (data.identityNumber && data.identityNumber !== row.identity_number) {
          throw new ServiceError(
            'IDENTITY_CHANGE_NOT_ALLOWED',
            'Fødselsnummeret endres ved å slå sammen journalene, ikke her.',
            {
              identityNumber: 'Fødselsnummeret kan ikke endres her',
            },
          );
        }
        const next = demographics(data);
        const birthFromNumber = checkIdentityNumber(row.identity_number);
        const patch = {
          ...next,
          sex: birthFromNumber.valid && birthFromNumber.sex ? birthFromNumber.sex : (data.sex ?? row.sex),
          updated_at: ctx.now.toISOString(),
        };
        const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== row[k]);
        await updatePatient(trx, row.id, patch);
        await recordAudit(trx, ctx, { action: 'patient.update', patientId: row.id, detail: { fields: changed } });
        return buildPatientCard(trx, await requirePatient(trx, row.id), ctx);
      });
    },
  };
}
export type PatientsService = ReturnType<typeof createPatientsService>;
