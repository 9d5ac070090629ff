import type { PatientSummary } from '../../../../shared/api/views';
import { ageOn, osloDate } from '../../../../shared/rules/dates';

/** 'Nordmann, Kari Marie': family name first, as lists are sorted and read at a clinic. */
export function listName(p: Pick<PatientSummary, 'givenName' | 'middleName' | 'familyName'>): string {
  return `${p.familyName}, ${[p.givenName, p.middleName].filter(Boolean).join(' ')}`;
}

/** 'Kari Marie Nordmann'. */
export function fullName(p: Pick<PatientSummary, 'givenName' | 'middleName' | 'familyName'>): string {
  return [p.givenName, p.middleName, p.familyName].filter(Boolean).join(' ');
}

/** Whole years today, in Norway. */
export function ageToday(birthDate: string): number {
  return ageOn(birthDate, osloDate(new Date()));
}
