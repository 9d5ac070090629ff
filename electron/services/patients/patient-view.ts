import type { PatientRow } from '../../../db/schema';
import type { PatientSummary } from '../../../shared/api/views';

export function toPatientSummary(
  row: PatientRow,
  fastlegeId: string | null,
  doctorNames: ReadonlyMap<string, string>,
  myId: string | null,
): PatientSummary {
  return {
    id: row.id,
    identityNumber: row.identity_number,
    identityType: row.identity_type,
    givenName: row.given_name,
    middleName: row.middle_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    sex: row.sex === 'female' || row.sex === 'male' ? row.sex : 'unknown',
    status: (['aktiv', 'flyttet', 'dod', 'sammenslaatt'] as const).find((s) => s === row.status) ?? 'aktiv',
    addressLine: row.address_line,
    postalCode: row.postal_code,
    city: row.city,
    mobilePhone: row.mobile_phone,
    fastlege: fastlegeId ? { doctorId: fastlegeId, doctorName: doctorNames.get(fastlegeId) ?? 'Ukjent lege' } : null,
    onMyList: fastlegeId !== null && fastlegeId === myId,
  };
}

export function fullName(p: Pick<PatientRow, 'given_name' | 'middle_name' | 'family_name'>): string {
  return [p.given_name, p.middle_name, p.family_name].filter(Boolean).join(' ');
}

/** Digits of the phone used for search: the mobile if any, else the other; without +47/0047. */
export function phoneDigits(mobile: string | null | undefined, other: string | null | undefined): string | null {
  const raw = mobile ?? other;
  if (!raw) return null;
  return raw.replace(/\D/g, '').replace(/^(0047|47)(?=\d{8}$)/, '');
}
