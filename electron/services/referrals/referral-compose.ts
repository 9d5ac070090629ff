/**
 * referrals.compose: what the journal already knows about a patient, so a referral takes a few keystrokes. Reads a
 * bounded amount whatever the journal's length (the newest signed notes, the problem list, current prescriptions,
 * active CAVE, next of kin); the read is audited in the caller's transaction.
 */
import type { Transaction } from 'kysely';
import { currentCaveEntries } from '../../../db/repositories/cave.repository';
import { activeRelationsOf } from '../../../db/repositories/patient-relations.repository';
import { findPatientsByIds } from '../../../db/repositories/patients.repository';
import { currentPrescriptionsOfPatient } from '../../../db/repositories/prescriptions.repository';
import {
  diagnosesOfVersions,
  problemListCodes,
  recentSignedNotes,
} from '../../../db/repositories/referral-compose.repository';
import type { ClinicRow, Database, PatientRow, UserRow } from '../../../db/schema';
import type { ReferralComposeView, ReferralNoteOption } from '../../../shared/api/referral-views';
import { osloDate } from '../../../shared/rules/dates';
import { CAVE_LABELS } from '../../../shared/schemas/cave.schema';
import type { ReferralContent } from '../../../shared/schemas/referral.schema';
import { fullName } from '../patients/patient-view';

/** How many recent signed notes are offered for picking history and findings from. */
export const RECENT_NOTES = 15;

type CodeSystem = 'ICPC-2' | 'ICD-10';
const systemOf = (s: string): CodeSystem => (s === 'ICD-10' ? 'ICD-10' : 'ICPC-2');

export async function composeView(
  trx: Transaction<Database>,
  p: { patient: PatientRow; clinic: ClinicRow; doctor: UserRow; now: Date },
): Promise<Omit<ReferralComposeView, 'drafts'>> {
  const { patient } = p;
  const [notes, lasting, prescriptions, cave, relations] = [
    await recentSignedNotes(trx, patient.id, RECENT_NOTES),
    await problemListCodes(trx, patient.id),
    await currentPrescriptionsOfPatient(trx, patient.id, osloDate(p.now)),
    await currentCaveEntries(trx, patient.id),
    await activeRelationsOf(trx, patient.id),
  ];
  const diagnoses = await diagnosesOfVersions(
    trx,
    notes.map((n) => n.current_version_id),
  );
  const byVersion = new Map<string, typeof diagnoses>();
  for (const d of diagnoses) byVersion.set(d.version_id, [...(byVersion.get(d.version_id) ?? []), d]);

  const recentNotes: ReferralNoteOption[] = notes.map((n) => ({
    noteId: n.id,
    occurredAt: n.occurred_at,
    contactType: n.contact_type,
    reasonForContact: n.reason_for_contact,
    anamnese: n.anamnese,
    funn: n.funn,
    vurdering: n.vurdering,
    diagnoses: (byVersion.get(n.current_version_id) ?? [])
      .sort((a, b) => b.is_main - a.is_main || a.position - b.position)
      .map((d) => ({ system: systemOf(d.code_system), code: d.code, text: d.title })),
  }));

  // Options: recent diagnoses first (newest note first, main first), then the problem list; each code once.
  const options = new Map<string, ReferralComposeView['diagnosisOptions'][number]>();
  for (const n of recentNotes)
    for (const d of n.diagnoses) {
      const key = `${d.system} ${d.code}`;
      if (!options.has(key)) options.set(key, { ...d, lasting: false });
    }
  for (const d of lasting) {
    const key = `${d.code_system} ${d.code}`;
    const seen = options.get(key);
    if (seen) seen.lasting = true;
    else options.set(key, { system: systemOf(d.code_system), code: d.code, text: d.title, lasting: true });
  }

  // The suggested main diagnosis is the newest note's: a referral is usually written at the consultation.
  const newest = recentNotes.find((n) => n.diagnoses.length > 0);
  const relatedNames = new Map(
    (
      await findPatientsByIds(
        trx,
        relations.flatMap((r) => (r.related_patient_id ? [r.related_patient_id] : [])),
      )
    ).map((r) => [r.id, r]),
  );
  const nextOfKin = relations
    .filter((r) => r.kind === 'next_of_kin' || r.kind === 'guardian')
    .slice(0, 5)
    .map((r) => {
      const related = r.related_patient_id ? relatedNames.get(r.related_patient_id) : undefined;
      return {
        name: r.name ?? (related ? fullName(related) : 'Ukjent'),
        relation: r.relation ?? (r.kind === 'guardian' ? 'Foresatt' : 'Pårørende'),
        phone: r.phone ?? related?.mobile_phone ?? '',
      };
    });
  const problems = lasting;

  const suggested: ReferralContent = {
    rightsAssessment: true,
    problemstilling: '',
    askedFor: '',
    diagnoses: (newest?.diagnoses ?? []).slice(0, 3),
    history:
      problems.length > 0
        ? `Kjente problemstillinger: ${problems.map((d) => `${d.title} (${d.code_system} ${d.code})`).join(', ')}.`
        : '',
    findings: '',
    medicines: prescriptions.map((rx) => ({
      name: rx.name_form_strength,
      dosing: rx.dssn,
      ...(rx.atc_code ? { atc: rx.atc_code } : {}),
    })),
    cave: cave
      .filter((c) => c.status === 'aktiv')
      .map((c) => ({
        text: c.allergen_text,
        reaction: c.reaction ?? '',
        severity: CAVE_LABELS.severity[c.severity as keyof typeof CAVE_LABELS.severity] ?? c.severity,
      })),
    criticalInfo: '',
    interpreter: {
      needed: patient.interpreter_needed === 1,
      language: patient.interpreter_needed === 1 ? (patient.preferred_language ?? '') : '',
    },
    nextOfKin,
    copyRecipients: [],
    attachmentNoteIds: [],
  };

  return {
    patient: {
      id: patient.id,
      name: fullName(patient),
      identityNumber: patient.identity_number,
      birthDate: patient.birth_date,
      addressLine: patient.address_line,
      postalCode: patient.postal_code,
      city: patient.city,
      phone: patient.mobile_phone ?? patient.other_phone,
      preferredLanguage: patient.preferred_language,
      interpreterNeeded: patient.interpreter_needed === 1,
    },
    referrer: {
      name: p.doctor.display_name,
      hprNumber: p.doctor.hpr_number,
      clinicName: p.clinic.name,
      clinicHerId: p.clinic.her_id,
      clinicOrganisationNumber: p.clinic.organisation_number,
    },
    suggested,
    diagnosisOptions: [...options.values()],
    recentNotes,
  };
}
