/** Builds the patient card: demographics, fastlege and list history, relations, and CAVE for clinical roles. */
import type { Kysely, Transaction } from 'kysely';
import { currentCaveEntries } from '../../../db/repositories/cave.repository';
import { currentMembership, doctorNames, membershipHistory } from '../../../db/repositories/gp-lists.repository';
import { activeRelationsOf, activeRelationsPointingTo } from '../../../db/repositories/patient-relations.repository';
import { findPatientsByIds } from '../../../db/repositories/patients.repository';
import { listUsers } from '../../../db/repositories/users.repository';
import type { CaveVersionRow, Database, PatientRelationRow, PatientRow } from '../../../db/schema';
import type { CaveEntryView, PatientCard, RelationView } from '../../../shared/api/views';
import { lookupPostnummer } from '../../../shared/reference/postnummer';
import { osloDate } from '../../../shared/rules/dates';
import type { ServiceContext } from '../context';
import { fullName, toPatientSummary } from './patient-view';
import { may } from '../../../shared/schemas/roles';

type Db = Kysely<Database> | Transaction<Database>;

export function toCaveView(row: CaveVersionRow, authors: ReadonlyMap<string, string>): CaveEntryView {
  return {
    entryId: row.entry_id,
    version: row.version,
    allergenAtc: row.allergen_code,
    allergenText: row.allergen_text,
    reaction: row.reaction,
    severity: row.severity,
    certainty: row.certainty,
    source: row.source,
    notedOn: row.noted_on,
    status: row.status,
    recordedAt: row.recorded_at,
    recordedBy: authors.get(row.recorded_by) ?? 'Ukjent',
  };
}

function toRelationView(
  row: PatientRelationRow,
  other: PatientRow | undefined,
  kind: 'next_of_kin' | 'guardian',
): RelationView {
  return {
    id: row.id,
    kind,
    relatedPatient: other ? { id: other.id, name: fullName(other), birthDate: other.birth_date } : null,
    name: row.name,
    relation: row.relation,
    phone: row.phone,
  };
}

export async function buildPatientCard(db: Db, row: PatientRow, ctx: ServiceContext): Promise<PatientCard> {
  const today = osloDate(ctx.now);
  const [membership, history, names, own, pointing] = await Promise.all([
    currentMembership(db, row.id, today),
    membershipHistory(db, row.id),
    doctorNames(db),
    activeRelationsOf(db, row.id),
    activeRelationsPointingTo(db, row.id),
  ]);
  const children = pointing.filter((r) => r.kind === 'guardian');
  const others = await findPatientsByIds(db, [
    ...own.flatMap((r) => (r.related_patient_id ? [r.related_patient_id] : [])),
    ...children.map((r) => r.patient_id),
  ]);
  const byId = new Map(others.map((p) => [p.id, p]));
  const clinical = ctx.role !== 'system' && may(ctx.role, 'patientClinical');
  let cave: CaveEntryView[] | null = null;
  if (clinical) {
    const entries = await currentCaveEntries(db, row.id);
    const authorNames = new Map((await listUsers(db)).map((a) => [a.id, a.display_name]));
    cave = entries.map((e) => toCaveView(e, authorNames));
  }
  const place = row.postal_code ? lookupPostnummer(row.postal_code) : undefined;
  return {
    ...toPatientSummary(row, membership?.doctor_id ?? null, names, ctx.user.id),
    otherPhone: row.other_phone,
    email: row.email,
    preferredLanguage: row.preferred_language,
    interpreterNeeded: row.interpreter_needed === 1,
    smsConsent: row.sms_consent === 1,
    kommune: place ? { number: place.kommunenummer, name: place.kommunenavn } : null,
    deceasedOn: row.deceased_on,
    mergedIntoId: row.merged_into_id,
    nextOfKin: own
      .filter((r) => r.kind === 'next_of_kin')
      .map((r) => toRelationView(r, byId.get(r.related_patient_id ?? ''), 'next_of_kin')),
    guardians: own
      .filter((r) => r.kind === 'guardian')
      .map((r) => toRelationView(r, byId.get(r.related_patient_id ?? ''), 'guardian')),
    children: children.map((r) => toRelationView(r, byId.get(r.patient_id), 'guardian')),
    cave,
    listHistory: history.map((m) => ({
      doctorId: m.doctor_id,
      doctorName: names.get(m.doctor_id) ?? 'Ukjent lege',
      fromDate: m.from_date,
      toDate: m.to_date,
    })),
  };
}
